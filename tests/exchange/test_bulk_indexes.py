"""A large import sets the activity table's secondary indexes aside inside its transaction and builds
them once before it commits (issue 16 goal 2): the records, totals and search come out as an import
with the indexes in place gives them, the indexes come back exactly, and a dry run, a cancel or a
killed process leaves them as they were."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldapp.domain.errors import Cancelled
from fieldapp.domain.query import RecordFilter
from fieldapp.services import demo
from fieldapp.services import exchange as ex
from fieldapp.storage import bulk_indexes
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot

pytestmark = pytest.mark.sqlite_only

N = 2500  # two batches of the import (2,000 rows each)


def _indexes(db) -> list[tuple]:
    rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
    return [tuple(r) for r in rows.fetchall()]


def _sorted_pages(ws) -> list[str]:
    f = RecordFilter(regions=("KZ-71",))
    return [r.uuid for r in ws.store.records.page(f, limit=5000).records]


@pytest.fixture
def workbook(make_workspace, tmp_path) -> Path:
    """An export of N demo records from another office."""
    src = make_workspace("AST-01", "KZ-71")
    demo.generate(src.store, N, seed=3)
    path = tmp_path / "big.xlsx"
    ex.export_workbook(src, path)
    return path


def _target(make_workspace):
    from fieldapp.services import installation

    ws = make_workspace("ALA-01", "KZ-75")
    installation.set_role(ws.store, "coordinator")
    return ws


def test_a_large_import_builds_the_indexes_once_and_gives_the_same_data(
    make_workspace, workbook, monkeypatch
):
    plain, bulk = _target(make_workspace), _target(make_workspace)
    indexes = _indexes(bulk.store.db)
    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 10**9)
    ex.commit_import(plain, [workbook])
    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 1000)
    during: list[list[tuple]] = []
    result = ex.commit_import(
        bulk, [workbook], progress=lambda done, total: during.append(_indexes(bulk.store.db))
    )
    assert result.inserted == N
    # the indexes were set aside while the rows went in, and are back exactly as they were
    assert during and all(not set(bulk_indexes.SET_ASIDE) & {n for n, _ in seen} for seen in during)
    assert _indexes(bulk.store.db) == indexes
    assert bulk.store.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    # the same records, totals, search results and pages as an import with the indexes in place
    strip = lambda s: {u: {k: v for k, v in r.items() if k != "import_id"} for u, r in s["records"].items()}  # noqa: E731
    assert strip(snapshot(bulk)) == strip(snapshot(plain))
    totals = "SELECT * FROM activity_totals ORDER BY 1, 2, 3, 4"
    assert bulk.store.db.execute_sql(totals).fetchall() == plain.store.db.execute_sql(totals).fetchall()
    for needle in ("казпочта", "школ", "zzqx"):
        f = RecordFilter(text=needle)
        assert bulk.store.records.count(f) == plain.store.records.count(f)
    assert _sorted_pages(bulk) == _sorted_pages(plain)
    plan = bulk.store.db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT pk FROM activity WHERE region = 'KZ-71' ORDER BY start_date"
    ).fetchall()
    assert "activity_region_start" in str(plan)


def test_a_dry_run_and_a_cancelled_import_leave_the_indexes(make_workspace, workbook, monkeypatch):
    ws = _target(make_workspace)
    indexes = _indexes(ws.store.db)
    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 1000)
    preview = ex.preview_import(ws, [workbook])
    assert preview.inserted == N
    assert _indexes(ws.store.db) == indexes and ws.store.records.count(RecordFilter(deleted=None)) == 0
    calls = []
    with pytest.raises(Cancelled):
        ex.commit_import(ws, [workbook], progress=lambda *a: calls.append(a), cancel=lambda: bool(calls))
    assert _indexes(ws.store.db) == indexes and ws.store.records.count(RecordFilter(deleted=None)) == 0
    assert ws.store.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_re_import_and_an_import_into_a_larger_table_keep_the_indexes(
    make_workspace, workbook, monkeypatch
):
    ws = _target(make_workspace)
    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 1000)
    db, records = ws.store.db, ws.store.records
    ex.commit_import(ws, [workbook])  # into an empty table: set aside (the test above)
    assert not records.bulk_load_pays(N)  # not in a transaction
    with ws.store.atomic():
        assert not records.bulk_load_pays(N)  # no more rows coming than the table holds
        assert not records.bulk_load_pays(2 * N - 1)
        assert records.bulk_load_pays(2 * N)
    with ws.store.atomic():
        records.insert_many([make_activity() for _ in range(N)], records.next_seq())
    fresh = _target(make_workspace)
    with fresh.store.atomic():
        assert not fresh.store.records.bulk_load_pays(999)  # below MIN_ROWS, even into an empty table
        assert fresh.store.records.bulk_load_pays(1000)
    during: list[list[tuple]] = []
    again = ex.commit_import(ws, [workbook], progress=lambda *a: during.append(_indexes(db)))
    assert again.unchanged == N
    assert during and all(set(bulk_indexes.SET_ASIDE) <= {n for n, _ in seen} for seen in during)


def test_a_killed_import_leaves_the_indexes(make_workspace, workbook, tmp_path):
    """kill -9 while the indexes are set aside: the next open finds them, and no imported record."""
    ws = _target(make_workspace)
    home, database, indexes = ws.paths.home, ws.paths.database, _indexes(ws.store.db)
    ws.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from fieldapp.paths import Paths
        from fieldapp.services import exchange as ex
        from fieldapp.services.workspace import Workspace
        from fieldapp.storage import bulk_indexes
        bulk_indexes.MIN_ROWS = 1000
        ws = Workspace(Paths(Path({str(home)!r})))
        def progress(done, total):
            names = {{r[0] for r in ws.store.db.execute_sql("SELECT name FROM sqlite_master").fetchall()}}
            assert "activity_region_start" not in names
            os.kill(os.getpid(), signal.SIGKILL)
        ex.commit_import(ws, [Path({str(workbook)!r})], progress=progress)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    db = sqlite3.connect(database)
    try:
        names = [
            tuple(r)
            for r in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        ]
        assert names == indexes
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("SELECT COUNT(*) FROM activity").fetchone() == (0,)
    finally:
        db.close()


def test_an_import_into_an_empty_table_builds_the_indexes_once_even_below_the_large_size(
    make_workspace, workbook
):
    """A first import (an office's first file, a coordinator's new installation): a few thousand rows
    into an empty table already go in faster with the indexes built after them."""
    ws = _target(make_workspace)
    assert bulk_indexes.MIN_EMPTY <= N < bulk_indexes.MIN_ROWS
    indexes = _indexes(ws.store.db)
    during: list[list[tuple]] = []
    result = ex.commit_import(ws, [workbook], progress=lambda *a: during.append(_indexes(ws.store.db)))
    assert result.inserted == N
    assert during and all(not set(bulk_indexes.SET_ASIDE) & {n for n, _ in seen} for seen in during)
    assert _indexes(ws.store.db) == indexes
    with ws.store.atomic():
        assert not ws.store.records.bulk_load_pays(N)  # the table holds rows now: the large rule
