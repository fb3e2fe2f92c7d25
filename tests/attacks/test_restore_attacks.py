"""`restore` verifies a backup completely on a temporary copy before the live database is touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.attacks.conftest import corrupt_middle, count, init, meta, run


def _backup(home: Path, into: Path) -> Path:
    r = run("--home", home, "backup", into)
    assert r.returncode == 0, r.stderr
    (path,) = into.glob("fieldapp-*.sqlite3")
    return path


def _damage(kind: str, path: Path) -> None:
    if kind == "garbage-pages":
        corrupt_middle(path)
        return
    con = sqlite3.connect(path)
    if kind == "dropped-table":
        con.execute("DROP TABLE history")
    elif kind == "schema-number-lies":  # says schema 2 while holding schema 4's tables
        con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    elif kind.startswith("schema-not-a-number"):  # 'inf', words: a hand-edited or hostile meta table
        value = {"schema-not-a-number": "inf", "schema-not-a-number-word": "four"}[kind]
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (value,))
    elif kind == "missing-column":
        con.execute("ALTER TABLE activity DROP COLUMN origin_device")  # one no trigger or index names
    con.commit()
    con.close()


@pytest.mark.parametrize(
    "kind",
    [
        "garbage-pages",
        "dropped-table",
        "schema-number-lies",
        "missing-column",
        "schema-not-a-number",
        "schema-not-a-number-word",
    ],
)
def test_a_damaged_backup_is_refused_and_the_live_database_is_untouched(office, tmp_path, kind):
    bad = _backup(office, tmp_path / "saved")
    run("--home", office, "demo", "--records", "50", "--seed", "4")
    _damage(kind, bad)
    live = office / "fieldapp.sqlite3"
    before = live.read_bytes()
    r = run("--home", office, "restore", bad)
    assert r.returncode == 2, r.stdout + r.stderr
    assert r.stderr.startswith("fieldapp: error:") and "nothing was changed" in r.stderr
    assert live.read_bytes() == before
    assert count(office) == 450
    assert not list((office / "backups").glob("*before-restore*")), "a refused restore makes no backup"


def test_a_backup_whose_migration_fails_is_refused_before_the_swap(office, tmp_path):
    """An old (schema 3) backup that cannot be brought up to date: exit 2, the live file never replaced."""
    old = tmp_path / "old.sqlite3"
    from peewee import SqliteDatabase

    from fieldapp.storage.migrations import MIGRATIONS

    db = SqliteDatabase(str(old))
    for _number, apply in list(MIGRATIONS)[:3]:
        apply(db)
    db.execute_sql("INSERT INTO meta VALUES ('app', 'fieldapp'), ('schema_version', '3')")
    db.execute_sql("CREATE TABLE activity_totals (x)")  # in the way of migration 4
    db.close()
    live = office / "fieldapp.sqlite3"
    before = live.read_bytes()
    r = run("--home", office, "restore", old)
    assert r.returncode == 2, r.stdout + r.stderr
    assert live.read_bytes() == before


def test_restore_keeps_this_installations_device_id_and_names_the_office(office, tmp_path):
    other = init(tmp_path / "other", office="SHY-02", name="Шымкент", region="KZ-79")
    run("--home", other, "demo", "--records", "30", "--seed", "8")
    theirs = _backup(other, tmp_path / "theirs")
    mine = meta(office / "fieldapp.sqlite3", "device_id")
    r = run("--home", office, "restore", theirs)
    assert r.returncode == 0, r.stderr
    assert "SHY-02" in r.stdout and "Шымкент" in r.stdout
    assert meta(office / "fieldapp.sqlite3", "device_id") == mine
    assert meta(office / "fieldapp.sqlite3", "office_code") == "SHY-02"
    assert count(office) == 30


def test_restore_same_device_takes_the_backups_device_id(office, tmp_path):
    saved = _backup(office, tmp_path / "saved")
    theirs = meta(saved, "device_id")
    con = sqlite3.connect(office / "fieldapp.sqlite3")
    con.execute("UPDATE meta SET value = 'a-new-laptop' WHERE key = 'device_id'")
    con.commit()
    con.close()
    r = run("--home", office, "restore", saved, "--same-device")
    assert r.returncode == 0, r.stderr
    assert meta(office / "fieldapp.sqlite3", "device_id") == theirs


def test_a_backup_on_read_only_media_in_an_odd_folder_name_restores(office, tmp_path):
    """A copy of the live file (WAL mode, no -shm) in a folder whose name holds URI characters."""
    odd = tmp_path / "копия #2 ?50%"
    odd.mkdir()
    copy = odd / "fieldapp.sqlite3"
    copy.write_bytes((office / "fieldapp.sqlite3").read_bytes())
    odd.chmod(0o500)  # read-only for a normal user; root ignores it, the -shm-less WAL copy is the point
    try:
        run("--home", office, "demo", "--records", "7")
        r = run("--home", office, "restore", copy)
    finally:
        odd.chmod(0o700)
    assert r.returncode == 0, r.stdout + r.stderr
    assert count(office) == 400


def test_a_training_backup_does_not_turn_a_real_installation_into_a_training_one(office, tmp_path):
    """A training home's backup restored into an office's real installation would silently mark it
    training (its exports refused by the coordinator): refused, unless the live home is training too."""
    training_backup = _backup(office, tmp_path / "training")  # `office` is a training home
    real = tmp_path / "real"
    r = run("--home", real, "init", "--office", "AST-01", "--office-name", "Астана", "--region", "KZ-71")
    assert r.returncode == 0, r.stderr
    live = real / "fieldapp.sqlite3"
    before = live.read_bytes()
    r = run("--home", real, "restore", training_backup)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "training" in r.stderr and "nothing was changed" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert live.read_bytes() == before
    assert meta(live, "training") is None
    other = init(tmp_path / "other-training")
    assert run("--home", other, "restore", training_backup).returncode == 0
    assert count(other) == count(office)
