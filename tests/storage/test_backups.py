"""Backups: consistent copies through SQLite's backup API, rotated to the last 10 plus one per month."""

import sqlite3

import pytest

from fieldapp.services import maintenance
from fieldapp.storage.backup import KEEP_LATEST, list_backups, rotate
from tests.conftest import make_activity


@pytest.mark.sqlite_only
def test_backup_is_a_complete_readable_copy(workspace, tmp_path):
    for _ in range(3):
        workspace.records.create(make_activity())
    path = workspace.store.backup_dir
    target = maintenance.backup(workspace)
    assert target.parent == path
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT COUNT(*) FROM activity").fetchone() == (3,)
    con.close()


def test_rotation_keeps_the_latest_ten_and_one_per_earlier_month(tmp_path):
    names = []
    for month in range(1, 7):  # six months, three backups each
        for day in (3, 14, 27):
            names.append(f"fieldapp-2026{month:02d}{day:02d}-120000-000.sqlite3")
    for n in names:
        (tmp_path / n).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a backup")
    rotate(tmp_path)
    kept = [p.name for p in list_backups(tmp_path)]
    latest = names[-KEEP_LATEST:]
    older_months = {n[9:15] for n in names[:-KEEP_LATEST]}
    assert set(latest) <= set(kept)
    # one per earlier month: the newest of that month among the older ones
    for month in older_months:
        in_month = [n for n in names[:-KEEP_LATEST] if n[9:15] == month]
        assert in_month[-1] in kept
        assert not set(in_month[:-1]) & set(kept)
    assert (tmp_path / "notes.txt").exists()
