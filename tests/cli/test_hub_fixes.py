"""What an outside tester found in the hub (issue 17, the tester's findings 2–5), through real fieldapp
processes on a real PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest

from tests.cli.test_hub_cli import _closed_port, run
from tests.cli.test_hub_roles import hub, logins  # noqa: F401  (fixtures)

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


def _name(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?")[0]


@pytest.fixture
def owned_hub(pg_cluster):
    """An empty database owned by a login without CREATEROLE, as an IT officer creates one for fieldapp,
    in a cluster of its own: roles belong to a whole cluster, and once any other test's `hub init` made
    fieldapp's two roles there, this one would never be asked to create them (so it depended on test
    order, which pytest-xdist changes)."""
    from tests import pgcluster

    cluster = pgcluster.start_cluster()
    try:
        cluster.psql('CREATE ROLE "owner_hub" LOGIN NOCREATEROLE')
        cluster.psql('CREATE DATABASE "hub" OWNER "owner_hub"')
        yield {"url": cluster.url("hub", user="owner_hub"), "owner": "owner_hub", "cluster": cluster}
    finally:
        pgcluster.remove(cluster)


def test_hub_init_without_createrole_names_the_cause_and_changes_nothing(owned_hub, tmp_path):
    home = str(tmp_path / "owner")
    r = run("--home", home, "--database", owned_hub["url"], "hub", "init")
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr
    assert "CREATEROLE" in r.stderr and "viewer's role" not in r.stderr, r.stderr
    assert "permission denied" in r.stderr, r.stderr  # the server's own words
    assert tables(owned_hub["url"]) == 0, "the schema was committed though the command said nothing changed"
    # what docs/deployment.md says to do
    owned_hub["cluster"].psql(f'ALTER ROLE "{owned_hub["owner"]}" CREATEROLE')
    r = run("--home", home, "--database", owned_hub["url"], "hub", "init")
    assert r.returncode == 0, r.stderr
    assert tables(owned_hub["url"]) > 0


@pytest.mark.parametrize(
    "command", [("check",), ("report", "{tmp}/r.xlsx"), ("export", "{tmp}/e.xlsx"), ("conflicts",)]
)
def test_commands_other_than_init_leave_an_empty_database_untouched(hub_url, tmp_path, command):
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    r = run("--home", str(tmp_path / "c"), "--database", hub_url, *args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr
    assert "fieldapp hub init" in r.stderr and "viewer" not in r.stderr, r.stderr
    assert tables(hub_url) == 0, "a read-only command created fieldapp's schema"


def test_a_database_that_is_not_fieldapps_is_named_so_not_a_viewers(pg_cluster, hub_url, tmp_path):
    name = _name(hub_url)
    pg_cluster.psql("CREATE TABLE meta (key text, value text); REVOKE ALL ON meta FROM PUBLIC", name)
    login = f"reader_{name}"
    pg_cluster.psql(f'CREATE ROLE "{login}" LOGIN')
    for url in (hub_url, pg_cluster.url(name, user=login)):
        r = run("--home", str(tmp_path / "c"), "--database", url, "check")
        assert r.returncode == 2, (r.stdout, r.stderr)
        assert "not a fieldapp database" in r.stderr and "viewer" not in r.stderr, r.stderr


def test_a_viewer_setting_or_importing_targets_gets_the_viewers_message(hub, tmp_path):  # noqa: F811
    home = str(tmp_path / "victor")
    book = tmp_path / "targets.xlsx"
    r = run("--home", str(tmp_path / "owner"), "--database", hub["owner"], "targets", "template", str(book))
    assert r.returncode == 0, r.stderr
    from datetime import date

    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb["Targets"].append(["workshop", "KZ-79", date(2020, 4, 1), date(2020, 12, 31), "sessions", 40])
    wb.save(book)
    for args in (
        (
            "targets",
            "set",
            "leaflets",
            "--region",
            "KZ-75",
            "--from",
            "2020-04-01",
            "--to",
            "2020-06-30",
            "--measure",
            "people_reached",
            "--planned",
            "1000",
        ),
        ("targets", "import", str(book)),
    ):
        r = run("--home", home, "--database", hub["viewer"], *args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert "may only read" in r.stderr and "writable" not in r.stderr, r.stderr
