"""A login the hub's owner never granted a fieldapp role: every command says what it lacks and who can
grant it, instead of calling fieldapp's own database "not a fieldapp database" (issue 17, left alone at
the last stop)."""

from __future__ import annotations

import pytest

from tests.cli.test_hub_cli import run
from tests.cli.test_hub_roles import hub, logins  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgresql


@pytest.fixture
def stranger(hub, pg_cluster, hub_url):  # noqa: F811
    """A login of the same server with no fieldapp role (roles are the whole server's: unique name)."""
    name = hub_url.rsplit("/", 1)[1].split("?")[0]
    login = f"sam_{name}"
    pg_cluster.psql(f'CREATE ROLE "{login}" LOGIN')
    return pg_cluster.url(name, user=login)


@pytest.mark.parametrize(
    "command",
    [("check",), ("hub", "use"), ("hub", "init"), ("conflicts",)],
    ids=["check", "hub-use", "hub-init", "conflicts"],
)
def test_a_login_without_a_fieldapp_role_is_told_it_needs_one(stranger, tmp_path, command):
    home = tmp_path / "sam"
    if command == ("hub", "use"):
        r = run("--home", str(home), *command, stranger)
    else:
        r = run("--home", str(home), "--database", stranger, *command)
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    err = r.stderr.lower()
    assert "not a fieldapp database" not in err and "other tables" not in err, r.stderr
    assert "may only read" not in err, r.stderr  # not a viewer's refused write either
    assert "no access" in err and "fieldapp_coordinator" in err and "fieldapp_viewer" in err, r.stderr
    assert "nothing was changed" in err, r.stderr
