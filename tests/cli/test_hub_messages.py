"""The hub's messages an outside tester found wrong (issue 17, hubfix2 items 2–4), through real fieldapp
processes on a real PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest

from tests.cli.test_hub_cli import run
from tests.cli.test_hub_roles import hub, logins  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgresql


def lacking_7(owner_url: str) -> None:
    """The hub as a fieldapp without migration 7 left it: a gap, the highest number is still 11."""
    with psycopg.connect(owner_url) as con:
        listed = con.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()[0]
        kept = [n for n in listed.split(",") if n and int(n) != 7]
        con.execute("UPDATE meta SET value = %s WHERE key = 'migrations'", (",".join(kept),))


@pytest.mark.parametrize("extra", [(), ("--viewer", "someone")])
def test_a_coordinators_hub_init_on_an_up_to_date_hub_names_the_owner_not_a_viewer(hub, tmp_path, extra):  # noqa: F811
    """Its GRANTs would be the server's warnings that grant nothing, its index the server's refusal: it
    was told "a viewer's role", or (index present) "ready" having granted nothing."""
    before = psycopg.connect(hub["owner"]).execute("SELECT COUNT(*) FROM pg_auth_members").fetchone()
    r = run("--home", str(tmp_path / "alice"), "--database", hub["coordinator"], "hub", "init", *extra)
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    assert "viewer's role" not in lines[0] and "may only read" not in lines[0], lines[0]
    assert "does not own fieldapp's tables" in lines[0] and "(postgres does)" in lines[0], lines[0]
    assert "run it as postgres" in lines[0] and "CREATEROLE" in lines[0], lines[0]  # docs/deployment.md
    after = psycopg.connect(hub["owner"]).execute("SELECT COUNT(*) FROM pg_auth_members").fetchone()
    assert after == before


def test_an_older_hub_with_a_gap_names_the_missing_migration(hub, tmp_path):  # noqa: F811
    lacking_7(hub["owner"])
    r = run("--home", str(tmp_path / "alice"), "--database", hub["coordinator"], "check")
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "lacks migration 7 of this fieldapp" in r.stderr, r.stderr
    assert "its schema is 11, this fieldapp's is 11" not in r.stderr, r.stderr


def test_hub_use_on_a_hub_needing_the_owners_upgrade_says_so(hub, tmp_path):  # noqa: F811
    lacking_7(hub["owner"])
    home = tmp_path / "alice"
    r = run("--home", str(home), "hub", "use", hub["coordinator"])
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert "may read and write" not in r.stdout, r.stdout
    assert "needs an upgrade by its owner" in r.stdout and "lacks migration 7" in r.stdout, r.stdout
    assert "fieldapp hub init" in r.stdout and "postgres" in r.stdout, r.stdout
    assert (home / "shared-database.txt").read_text().strip() == hub["coordinator"]


def test_hub_init_says_search_will_scan_when_pg_trgm_is_refused(pg_cluster, hub_url, tmp_path):
    """REVOKE CREATE ON DATABASE from the owner: pg_trgm cannot be created; `hub init` still succeeds and
    says in one line that search scans and how to get the index (docs/deployment.md)."""
    name = hub_url.rsplit("/", 1)[1].split("?")[0]
    login = f"noext_{name}"
    pg_cluster.psql(f'CREATE ROLE "{login}" LOGIN CREATEROLE')
    pg_cluster.psql(
        f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC; GRANT CREATE ON SCHEMA public TO "{login}"', name
    )
    url = pg_cluster.url(name, user=login)
    for _ in range(2):  # also on a later `hub init`, while it still lacks the index
        r = run("--home", str(tmp_path / "owner"), "--database", url, "hub", "init")
        assert r.returncode == 0, r.stderr
        lines = r.stdout.strip().splitlines()
        assert len(lines) == 2 and lines[0].startswith("shared database ready"), r.stdout
        assert "search will scan every record" in lines[1] and "pg_trgm" in lines[1], lines[1]
        assert "run `fieldapp hub init` again" in lines[1], lines[1]
    r = run("--home", str(tmp_path / "owner2"), "--database", hub_url, "hub", "init")  # the superuser
    assert r.returncode == 0 and len(r.stdout.strip().splitlines()) == 1, r.stdout


def test_hub_use_on_a_hub_written_by_a_newer_fieldapp_says_so(hub, tmp_path):  # noqa: F811
    """`check` says "written by a newer fieldapp"; `hub use` said "this login may read and write" and
    remembered the address, then every command refused (outside tester's re-check)."""
    with psycopg.connect(hub["owner"]) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        con.execute("UPDATE meta SET value = value || ',99' WHERE key = 'migrations'")
    home = tmp_path / "alice"
    r = run("--home", str(home), "hub", "use", hub["coordinator"])
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "may read and write" not in r.stdout, r.stdout
    assert "newer fieldapp" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not (home / "shared-database.txt").exists()
