"""A damaged, missing or emptied live database: never written to, never mistaken for a new installation."""

from __future__ import annotations

import pytest

from tests.attacks.conftest import corrupt_middle, init, run


@pytest.fixture
def backed_up(office):
    r = run("--home", office, "backup")
    assert r.returncode == 0, r.stderr
    return office


def _damaged(home):
    corrupt_middle(home / "fieldapp.sqlite3")
    return home / "fieldapp.sqlite3"


def test_check_reports_a_damaged_database_and_names_the_newest_good_backup(backed_up):
    db = _damaged(backed_up)
    newest = max((backed_up / "backups").glob("fieldapp-*.sqlite3"))
    r = run("--home", backed_up, "check")
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout + r.stderr
    assert "damaged" in out and str(newest) in out and "fieldapp restore" in out
    assert db.exists()


@pytest.mark.parametrize(
    "command",
    [["demo", "--records", "5"], ["init", "--office", "X", "--office-name", "X", "--region", "KZ-10"]],
)
def test_writes_refuse_a_damaged_database(backed_up, command):
    db = _damaged(backed_up)
    before = db.read_bytes()
    r = run("--home", backed_up, *command)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "damaged" in r.stderr and "fieldapp restore" in r.stderr
    assert db.read_bytes() == before


def test_import_and_export_refuse_a_damaged_database(backed_up, tmp_path):
    out = tmp_path / "out.xlsx"
    good = tmp_path / "good.xlsx"
    assert run("--home", backed_up, "export", good).returncode == 0
    db = _damaged(backed_up)
    before = db.read_bytes()
    r = run("--home", backed_up, "import", good)
    assert r.returncode == 2 and "damaged" in r.stderr, r.stdout + r.stderr
    r = run("--home", backed_up, "export", out)
    assert r.returncode == 2 and "damaged" in r.stderr, r.stdout + r.stderr
    assert not out.exists()
    assert db.read_bytes() == before


def test_restore_brings_back_a_damaged_installation(backed_up):
    newest = max((backed_up / "backups").glob("fieldapp-*.sqlite3"))
    _damaged(backed_up)
    r = run("--home", backed_up, "restore", newest)
    assert r.returncode == 0, r.stderr
    assert run("--home", backed_up, "check").returncode == 0
    assert list((backed_up / "damaged").glob("*.sqlite3")), "the damaged file is kept aside, not deleted"


@pytest.mark.parametrize("state", ["missing", "empty"])
def test_a_lost_database_next_to_backups_is_not_a_new_installation(backed_up, state):
    db = backed_up / "fieldapp.sqlite3"
    if state == "missing":
        db.unlink()
    else:
        db.write_bytes(b"")
    for command in (
        ["init", "--office", "NEW", "--office-name", "New", "--region", "KZ-10"],
        ["demo", "--records", "3"],
        ["export", backed_up.parent / "x.xlsx"],
    ):
        r = run("--home", backed_up, *command)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "fieldapp restore" in r.stderr and "backups" in r.stderr
    assert not db.exists() or db.stat().st_size == 0
    newest = max((backed_up / "backups").glob("fieldapp-*.sqlite3"))
    r = run("--home", backed_up, "restore", newest)
    assert r.returncode == 0, r.stderr
    assert run("--home", backed_up, "check").returncode == 0


def test_a_fresh_directory_without_backups_still_sets_up(tmp_path):
    init(tmp_path / "fresh")


def test_a_damaged_newest_backup_is_passed_over_for_an_older_good_one(backed_up):
    import time

    time.sleep(0.01)
    r = run("--home", backed_up, "backup")
    assert r.returncode == 0, r.stderr
    *older, newest = sorted((backed_up / "backups").glob("fieldapp-*.sqlite3"))
    corrupt_middle(newest)
    _damaged(backed_up)
    r = run("--home", backed_up, "demo", "--records", "1")
    assert r.returncode == 2
    assert str(older[-1]) in r.stderr and str(newest) not in r.stderr, r.stderr


def test_after_damage_is_seen_the_open_store_writes_nothing_more(workspace, activity_factory):
    import sqlite3

    from fieldapp.domain.errors import DatabaseDamaged

    for _ in range(300):
        workspace.records.create(activity_factory())
    store = workspace.store
    # what a read that met a damaged page raises (e.g. while exporting, in the desktop app)
    seen = store.translated(sqlite3.DatabaseError("database disk image is malformed"))
    assert isinstance(seen, DatabaseDamaged)
    with pytest.raises(DatabaseDamaged):
        workspace.records.create(activity_factory())
    assert store.records.count() == 300
