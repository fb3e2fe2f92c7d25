"""A newer fieldapp against an older hub: only the owner of fieldapp's tables upgrades it (`hub init`);
a coordinator or a viewer gets one line naming who must, and nothing changes (issue 17)."""

from __future__ import annotations

import psycopg
import pytest

from tests.cli.test_hub_cli import run
from tests.cli.test_hub_roles import hub, logins  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgresql


def make_older(owner_url: str) -> None:
    """The hub without merge version 2 (migration 11): no clock columns, migration 11 not recorded. The
    migrations of other lines of work (12 …) stay applied: numbers may arrive in any order."""
    with psycopg.connect(owner_url) as con:
        con.execute('DROP INDEX IF EXISTS "activity_conflicts"')
        con.execute('ALTER TABLE "activity" DROP COLUMN "clock", DROP COLUMN "conflicts"')
        listed = con.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()[0]
        older = sorted(int(n) for n in listed.split(",") if n and int(n) != 11)
        con.execute("UPDATE meta SET value = %s WHERE key = 'migrations'", (",".join(map(str, older)),))
        con.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", (str(max(older)),))


def schema_state(url: str) -> tuple:
    with psycopg.connect(url) as con:
        meta = con.execute("SELECT key, value FROM meta ORDER BY key").fetchall()
        columns = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'activity' "
            "ORDER BY column_name"
        ).fetchall()
        indexes = con.execute("SELECT indexname FROM pg_indexes ORDER BY indexname").fetchall()
    return meta, columns, indexes


@pytest.mark.parametrize("role", ["coordinator", "viewer"])
def test_a_login_that_is_not_the_owner_is_told_who_upgrades_and_nothing_changes(hub, tmp_path, role):  # noqa: F811
    make_older(hub["owner"])
    before = schema_state(hub["owner"])
    for args in (
        ("check",),
        ("export", str(tmp_path / "out.xlsx")),
        ("hub", "migrate-from", "x.sqlite3"),
        ("hub", "init"),  # only the owner's hub init upgrades: a coordinator's is told whose
    ):
        r = run("--home", str(tmp_path / role), "--database", hub[role], *args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
        assert "needs an upgrade by its owner" in lines[0], lines[0]
        assert "run `fieldapp hub init` as postgres" in lines[0], lines[0]
        assert "viewer" not in lines[0] and "may only read" not in lines[0], lines[0]
        assert schema_state(hub["owner"]) == before, "a login that is not the owner changed the schema"
    assert not (tmp_path / "out.xlsx").exists()


def test_after_the_owners_hub_init_a_coordinator_works_again(hub, tmp_path):  # noqa: F811
    make_older(hub["owner"])
    r = run("--home", str(tmp_path / "alice"), "--database", hub["coordinator"], "check")
    assert r.returncode == 2, (r.stdout, r.stderr)
    r = run("--home", str(tmp_path / "owner"), "--database", hub["owner"], "hub", "init")
    assert r.returncode == 0, r.stderr
    r = run("--home", str(tmp_path / "alice"), "--database", hub["coordinator"], "check")
    assert r.returncode == 0, (r.stdout, r.stderr)


def test_the_owner_itself_upgrades_on_opening_as_before(hub, tmp_path):  # noqa: F811
    make_older(hub["owner"])
    r = run("--home", str(tmp_path / "owner"), "--database", hub["owner"], "check")
    assert r.returncode == 0, (r.stdout, r.stderr)
    with psycopg.connect(hub["owner"]) as con:
        assert con.execute("SELECT clock FROM activity LIMIT 1").description is not None
