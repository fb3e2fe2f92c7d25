"""The quick check of the database runs at most once a day: the day counts from when it last passed."""

from __future__ import annotations

import types

from fieldapp.storage import health


def test_a_check_remembered_a_moment_ago_is_not_due_again(tmp_path, monkeypatch):
    """The stamp was rounded to the nearest second: remembered at x.6 s it read x+1, a time still in the
    future 0.1 s later, so the next start checked the whole file again (and a test meant to start
    without the check failed one run in two)."""
    database = tmp_path / "fieldapp.sqlite3"
    now = [1_700_000_000.6]
    monkeypatch.setattr(health, "time", types.SimpleNamespace(time=lambda: now[0]))
    health.remember_check(database)
    now[0] += 0.1
    assert not health.check_due(database)
    now[0] += health.CHECK_EVERY_S
    assert health.check_due(database)


def test_a_stamp_from_the_future_or_unreadable_makes_the_check_due(tmp_path):
    database = tmp_path / "fieldapp.sqlite3"
    stamp = tmp_path / health.CHECK_STAMP
    stamp.write_text("99999999999\n", encoding="ascii")  # a clock set back since
    assert health.check_due(database)
    stamp.write_text("not a time\n", encoding="ascii")
    assert health.check_due(database)
    stamp.unlink()
    assert health.check_due(database)
