"""What an outside tester found in the hub (issue 17, the tester's findings 2–5), through real fieldapp
processes on a real PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest

from tests.cli.test_hub_cli import _closed_port, run

pytestmark = pytest.mark.postgresql


def tables(url: str) -> int:
    with psycopg.connect(url) as con:
        return con.execute(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]


def test_hub_use_remembers_nothing_when_the_connection_test_fails(pg_cluster, hub_url, tmp_path):
    home = tmp_path / "c"
    for what, url in {
        "nobody listens there": f"postgresql://postgres@127.0.0.1:{_closed_port()}/x",
        "no such database": pg_cluster.url("no_such_db"),
    }.items():
        r = run("--home", str(home), "hub", "use", url)
        assert r.returncode == 2, (what, r.stdout, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr
        assert not (home / "shared-database.txt").exists(), what
    with psycopg.connect(hub_url, autocommit=True) as con:
        con.execute("CREATE TABLE payroll (id int)")
    r = run("--home", str(home), "hub", "use", hub_url)
    assert r.returncode == 2 and "not a fieldapp database" in r.stderr, r.stderr
    assert not (home / "shared-database.txt").exists()


def test_hub_use_on_an_empty_database_remembers_it_and_names_hub_init(hub_url, tmp_path):
    home = tmp_path / "c"
    r = run("--home", str(home), "hub", "use", hub_url)
    assert r.returncode == 0, r.stderr
    assert "fieldapp hub init" in r.stdout
    assert (home / "shared-database.txt").read_text().strip() == hub_url
    assert tables(hub_url) == 0, "the connection test created tables"
