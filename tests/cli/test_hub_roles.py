"""Who may do what on the hub, enforced by the server (`fieldapp hub init`), and moving a laptop's
database in (`fieldapp hub migrate-from`), through real fieldapp processes (issue 17, points 4 and 5)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import psycopg
import pytest
from psycopg import errors, sql

from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.services.workspace import Workspace
from tests.cli.test_hub_cli import count, run

pytestmark = pytest.mark.postgresql


@pytest.fixture
def logins(pg_cluster, hub_url):
    """Two logins made by the server's administrator: a coordinator's and a viewer's (names unique per
    test, roles being the whole server's)."""
    suffix = hub_url.rsplit("/", 1)[1].split("?")[0]
    names = {"coordinator": f"alice_{suffix}", "viewer": f"victor_{suffix}"}
    for name in names.values():
        pg_cluster.psql(f'CREATE ROLE "{name}" LOGIN')
    return names


@pytest.fixture
def hub(hub_url, logins, pg_cluster, tmp_path):
    """A hub set up by its owner: `hub init` granting the two logins, then the installation's identity."""
    owner = tmp_path / "owner"
    r = run("--home", str(owner), "--database", hub_url, "hub", "init",
            "--coordinator", logins["coordinator"], "--viewer", logins["viewer"])  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = run("--home", str(owner), "--database", hub_url, "init", "--office", "UNICEF", "--office-name",
            "UNICEF", "--region", "KZ-71", "--role", "coordinator")  # fmt: skip
    assert r.returncode == 0, r.stderr
    name = hub_url.rsplit("/", 1)[1].split("?")[0]
    return {role: pg_cluster.url(name, user=login) for role, login in logins.items()} | {"owner": hub_url}


@pytest.fixture
def laptop(tmp_path) -> Path:
    """An office laptop's database file with 400 records (edits, tombstones)."""
    paths = Paths(tmp_path / "laptop")
    with Workspace(paths) as ws:
        installation.configure(ws.store, "KAR-01", "Karaganda office", "KZ-35", "ru")
        demo.generate(ws.store, 400, seed=5)
    return paths.database


def test_hub_init_is_idempotent_and_a_coordinator_writes(hub, laptop, tmp_path):
    r = run("--home", str(tmp_path / "owner"), "--database", hub["owner"], "hub", "init")
    assert r.returncode == 0, r.stderr
    r = run("--home", str(tmp_path / "alice"), "--database", hub["coordinator"], "hub", "migrate-from",
            str(laptop))  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert count(hub["owner"]) == 400


def test_a_viewer_reads_everything_and_the_server_refuses_every_write(hub, laptop, tmp_path):
    run("--home", str(tmp_path / "owner"), "--database", hub["owner"], "hub", "migrate-from", str(laptop))
    with psycopg.connect(hub["viewer"], autocommit=True) as con:
        tables = [t for (t,) in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert {"activity", "history", "meta", "import_log", "activity_totals"} <= set(tables)
        for table in tables:
            name = sql.Identifier(table)
            con.execute(sql.SQL("SELECT COUNT(*) FROM {}").format(name)).fetchone()  # reading is allowed
            for statement in (
                sql.SQL("INSERT INTO {} DEFAULT VALUES"),
                sql.SQL("DELETE FROM {}"),
                sql.SQL("TRUNCATE {}"),
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    con.execute(statement.format(name))
            column = con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s LIMIT 1", (table,)
            ).fetchone()[0]
            with pytest.raises(errors.InsufficientPrivilege):
                con.execute(
                    sql.SQL("UPDATE {} SET {} = {}").format(
                        name, sql.Identifier(column), sql.Identifier(column)
                    )
                )
        for ddl in (
            "CREATE TABLE mine (x int)",
            "DROP TABLE activity",
            "ALTER TABLE activity ADD COLUMN y int",
        ):
            with pytest.raises((errors.InsufficientPrivilege,)):
                con.execute(ddl)
    # through fieldapp: reading works, writing is one line and exit 2, and nothing changed
    home = str(tmp_path / "victor")
    r = run("--home", home, "--database", hub["viewer"], "report", str(tmp_path / "national.xlsx"))
    assert r.returncode == 0, r.stderr
    r = run("--home", home, "--database", hub["viewer"], "import", "--undo-last")
    assert r.returncode == 2 and "may only read" in r.stderr, r.stderr
    r = run("--home", home, "hub", "use", hub["viewer"])
    assert r.returncode == 0 and "may only read" in r.stdout, r.stderr
    assert count(hub["owner"]) == 400


def test_migrate_from_is_idempotent_and_leaves_the_laptop_file_alone(hub, laptop, tmp_path):
    before = hashlib.sha256(laptop.read_bytes()).hexdigest()
    home = str(tmp_path / "alice")
    r = run("--home", home, "--database", hub["coordinator"], "hub", "migrate-from", str(laptop))
    assert r.returncode == 0, r.stderr
    assert "inserted 400" in r.stdout
    r = run("--home", home, "--database", hub["coordinator"], "hub", "migrate-from", str(laptop))
    assert r.returncode == 0, r.stderr
    assert "inserted 0, updated 0, unchanged 400" in r.stdout
    assert hashlib.sha256(laptop.read_bytes()).hexdigest() == before
    r = run("--home", home, "--database", hub["coordinator"], "export", "--office", "KAR-01",
            str(tmp_path / "back.xlsx"))  # fmt: skip
    assert r.returncode == 0, r.stderr
    for bad in (tmp_path / "missing.sqlite3", tmp_path / "back.xlsx"):
        r = run("--home", home, "--database", hub["coordinator"], "hub", "migrate-from", str(bad))
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_hub_use_keeps_no_password_and_refuses_a_file_installation(hub_url, tmp_path):
    home = tmp_path / "c"
    r = run("--home", str(home), "hub", "use", "postgresql://alice:secret@127.0.0.1/hub")
    assert r.returncode == 2 and "password" in r.stderr, r.stderr
    assert not (home / "shared-database.txt").exists()
    r = run("--home", str(home), "hub", "use", hub_url)
    assert r.returncode == 0, r.stderr
    assert (home / "shared-database.txt").read_text().strip() == hub_url
    r = run("--home", str(home), "hub", "use", "--none")
    assert r.returncode == 0 and not (home / "shared-database.txt").exists()
    for damaged in (b"\xff\xfe not text", b"C:\\data\\hub"):  # hand-edited: refused, never "no hub"
        (home / "shared-database.txt").write_bytes(damaged)
        r = run("--home", str(home), "check")
        assert r.returncode == 2 and "shared-database.txt" in r.stderr, r.stderr
        assert not (home / "fieldapp.sqlite3").exists(), "fell back to an empty local file"
    (home / "shared-database.txt").unlink()
    r = run("--home", str(home), "hub", "init")
    assert r.returncode == 2 and "--database" in r.stderr, r.stderr
    assert json.dumps(r.stderr)  # one readable line
