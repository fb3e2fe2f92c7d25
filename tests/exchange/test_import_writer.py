"""An import's new records are written by a writer thread while the next batch is read (issue 16,
`records.BackgroundInserts`). It stays one transaction on one connection: an error in the writer is the
import's error and rolls everything back; a cancel or an error in the reading thread while a batch is
being written rolls back too, after that batch; a dry run writes nothing; no thread outlives the import."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from fieldapp.domain.errors import Cancelled
from fieldapp.services import demo
from fieldapp.services import exchange as ex
from tests.conftest import make_activity

pytestmark = pytest.mark.sqlite_only

N = 4500  # three batches of the import (2,000 rows each)


@pytest.fixture
def workbook(make_workspace, tmp_path) -> Path:
    src = make_workspace("AST-01", "KZ-71")
    demo.generate(src.store, N, seed=8)
    path = tmp_path / "ast.xlsx"
    ex.export_workbook(src, path)
    return path


def _target(make_workspace):
    from fieldapp.services import installation

    ws = make_workspace("ALA-01", "KZ-75")
    installation.set_role(ws.store, "coordinator")
    return ws


def _state(ws) -> dict:
    db = ws.store.db
    q = lambda sql: [tuple(r) for r in db.execute_sql(sql).fetchall()]  # noqa: E731
    return {
        "schema": q("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"),
        "records": q('SELECT COUNT(*), COALESCE(MAX("seq"), 0) FROM "activity"'),
        "totals": q("SELECT COUNT(*) FROM activity_totals"),
        "search": q("SELECT COUNT(*) FROM activity_search"),
        "imports": q("SELECT COUNT(*) FROM import_log"),
        "history": q("SELECT COUNT(*) FROM history"),
    }


def _writers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("fieldapp-import-writer")]


def _probe(ws, fail_at: int | None):
    """A temporary trigger on the import's connection: records which thread inserts each row, and fails
    the insert of the row numbered `fail_at` (a real SQLite error, raised inside the statement)."""
    threads: set[str] = set()

    def probe(seq):
        threads.add(threading.current_thread().name)
        if seq == fail_at:
            raise RuntimeError("disk on fire")
        return 0

    conn = ws.store.db.connection()
    conn.create_function("probe", 1, probe)
    conn.execute(
        "CREATE TEMP TRIGGER probe_insert AFTER INSERT ON main.activity BEGIN SELECT probe(NEW.seq); END"
    )
    return threads


def test_the_new_records_are_written_off_the_import_thread_and_all_of_them_arrive(make_workspace, workbook):
    ws = _target(make_workspace)
    threads = _probe(ws, None)
    result = ex.commit_import(ws, [workbook])
    assert result.inserted == N
    assert threads and all(name.startswith("fieldapp-import-writer") for name in threads)
    state = _state(ws)
    assert state["records"] == [(N, N)] and state["search"] == [(N,)] and state["imports"] == [(1,)]
    assert ws.store.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert not _writers()


@pytest.mark.parametrize("fail_at", [7, 2005, N])  # the first batch, the middle one, the last row
def test_an_error_in_the_writer_is_the_imports_error_and_rolls_everything_back(
    make_workspace, workbook, fail_at
):
    ws = _target(make_workspace)
    before = _state(ws)
    _probe(ws, fail_at)
    with pytest.raises(sqlite3.OperationalError, match="user-defined function raised exception"):
        ex.commit_import(ws, [workbook])
    assert _state(ws) == before
    assert not _writers()
    # the installation imports the file afterwards as if nothing had happened
    ws.store.db.connection().execute("DROP TRIGGER temp.probe_insert")
    assert ex.commit_import(ws, [workbook]).inserted == N


def test_a_cancel_or_an_error_while_a_batch_is_written_rolls_back_after_it(make_workspace, workbook):
    ws = _target(make_workspace)
    before = _state(ws)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        ex.commit_import(ws, [workbook], progress=lambda d, t: seen.append(d), cancel=lambda: len(seen) >= 2)
    assert _state(ws) == before and not _writers()

    def boom(done, total):
        if done > 2000:
            raise KeyError("the progress dialog went away")

    with pytest.raises(KeyError):
        ex.commit_import(ws, [workbook], progress=boom)
    assert _state(ws) == before and not _writers()


def test_a_dry_run_counts_every_row_and_writes_nothing(make_workspace, workbook):
    ws = _target(make_workspace)
    before = _state(ws)
    preview = ex.preview_import(ws, [workbook])
    assert preview.files[0].inserted == N
    assert _state(ws) == before and not _writers()


def test_a_full_disk_met_by_the_writer_is_the_users_disk_full_error(make_workspace, workbook):
    """SQLite's "database or disk is full" raised on the writer thread reaches the import as the same
    user's error a full disk gave before (translated, nothing written), and the next import works."""
    from fieldapp.domain.errors import FieldappError

    ws = _target(make_workspace)
    before = _state(ws)
    conn = ws.store.db.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # room for the first batch's start only
    with pytest.raises(FieldappError) as caught:
        ex.commit_import(ws, [workbook])
    assert "full" in str(caught.value).lower()
    assert _state(ws) == before and not _writers()
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert ex.commit_import(ws, [workbook]).inserted == N


def test_the_writer_writes_what_the_import_thread_wrote(make_workspace, workbook, monkeypatch, tmp_path):
    """The same files (new records, then edits and deletions of some, into an installation that holds
    records already) give the same tables with the writer thread and without it."""
    import fieldapp.services.exchange_merge as merge
    import fieldapp.services.importing as importing
    from fieldapp.storage.records import BackgroundInserts
    from tests.exchange.test_import_into_empty import _tables

    src = make_workspace("AST-01", "KZ-71")
    ex.commit_import(src, [workbook])
    for i, rec in enumerate(list(src.store.records.iter_records())[::150]):
        if i % 2:
            src.records.delete(rec.uuid)
        else:
            src.records.update(rec.copy(notes=f"edited {i}"))
    demo.generate(src.store, 2100, seed=9)
    later = tmp_path / "later.xlsx"
    ex.export_workbook(src, later)

    def run(ws, writer: bool) -> None:
        monkeypatch.setattr(merge, "now_ms", lambda: 1_790_000_000_000)
        monkeypatch.setattr(importing, "now_ms", lambda: 1_790_000_000_000)
        if not writer:
            monkeypatch.setattr(BackgroundInserts, "__init__", _in_the_import_thread)
        ws.records.create(make_activity(office="ALA-01", region="KZ-75", notes="held before"))
        for path in (workbook, later):
            ex.commit_import(ws, [path])
        monkeypatch.undo()

    threaded, inline = _target(make_workspace), _target(make_workspace)
    run(threaded, True)
    run(inline, False)
    got, want = _tables(threaded), _tables(inline)
    assert len(got["activity"]) == N + 2100 + 1
    # the record made here before differs only in its own ID and stamps; everything else is equal
    mine = lambda rows: [r for r in rows if "held before" not in r]  # noqa: E731
    assert mine(got["activity"]) == mine(want["activity"]) and len(mine(got["activity"])) == N + 2100
    for name in ("activity_totals", "activity_search", "history"):
        assert got[name] == want[name]


def _in_the_import_thread(self, room) -> None:
    self.room, self._job, self._pool = room, None, None
