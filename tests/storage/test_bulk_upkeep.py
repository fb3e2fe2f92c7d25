"""A bulk insert keeps the dashboard totals (schema 4) and the search index (schema 5) exactly as the
per-row triggers would, puts the triggers back for single writes, and does so even when a row fails."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import MAX_NUMBER
from fieldapp.storage import Store
from fieldapp.storage.bulk_upkeep import MIN_ROWS
from tests.conftest import make_activity
from tests.storage.test_text_search import every_page, truth

pytestmark = pytest.mark.sqlite_only


def _records(n: int, seed: int) -> list:
    """Varied records: several totals keys, tombstones, empty measures, the largest numbers."""
    rnd = random.Random(seed)
    recs = []
    for i in range(n):
        recs.append(
            make_activity(
                start_date=date(2020, rnd.randint(3, 6), rnd.randint(1, 28)),
                kind=rnd.choice(["leaflets", "posters", "volunteers"]),
                region=rnd.choice(["KZ-75", "KZ-71", "KZ-10"]),
                office=rnd.choice(["ALA-01", "AST-02"]),
                items_distributed=None if i % 11 == 0 else rnd.randint(0, 5000),
                people_reached=None if i % 13 == 0 else rnd.randint(0, 9000),
                settlement=rnd.choice(["Школа №5", "Қаскелең ауылы", "Медеу"]) + f" {i}",
                partners=rnd.choice(["Казпочта", "UNICEF", ""]),
                deleted=i % 7 == 0,
            )
        )
    for i in range(1, 30):  # one totals row summing the largest numbers a cell may hold
        recs[i] = replace(recs[0], uuid=recs[i].uuid, deleted=False, items_distributed=MAX_NUMBER)
    return recs


def _tables(store: Store) -> tuple[list, list]:
    totals = store.db.execute_sql("SELECT * FROM activity_totals ORDER BY start_date, kind, region, office")
    triggers = store.db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type='trigger' ORDER BY name")
    return totals.fetchall(), triggers.fetchall()


def _check_index(store: Store) -> None:
    store.db.execute_sql("INSERT INTO activity_search (activity_search, rank) VALUES ('integrity-check', 1)")
    for needle in ("казпочта", "школа", "zzqx"):
        assert set(every_page(store, RecordFilter(text=needle))) == truth(store, needle), needle


def test_a_bulk_insert_leaves_the_tables_the_triggers_would(tmp_path):
    recs = _records(600, seed=3)
    row_by_row, bulk = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    try:
        with row_by_row.atomic():  # batches below MIN_ROWS: every row through the triggers
            seq = 1
            for i in range(0, len(recs), MIN_ROWS - 1):
                seq = row_by_row.records.insert_many(recs[i : i + MIN_ROWS - 1], seq)
        with bulk.atomic():
            seq = bulk.records.insert_many(recs[:250], 1)
            bulk.records.insert_many(recs[250:], seq)
        assert _tables(bulk) == _tables(row_by_row)
        _check_index(bulk)
        # the triggers are back: a single write afterwards is counted and indexed
        bulk.records.insert(make_activity(settlement="Жаңақорғантест"), 10_000)
        row_by_row.records.insert(make_activity(settlement="Жаңақорғантест"), 10_000)
        assert _tables(bulk) == _tables(row_by_row)
        assert len(every_page(bulk, RecordFilter(text="жаңақорған"))) == 1
    finally:
        row_by_row.close()
        bulk.close()


def test_a_failed_row_in_a_bulk_insert_leaves_the_tables_exact(tmp_path):
    recs = _records(300, seed=4)
    store, reference = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    try:
        # a record ID given twice: that row fails, and the caller goes on in the same transaction
        with store.atomic(), pytest.raises(sqlite3.IntegrityError):
            store.records.insert_many([*recs[:200], recs[5], *recs[200:]], 1)
        with reference.atomic():
            for i, r in enumerate(recs[:200]):
                reference.records.insert(r, i + 1)
        assert _tables(store) == _tables(reference)
        _check_index(store)
    finally:
        store.close()
        reference.close()


def test_a_rolled_back_bulk_insert_keeps_the_triggers(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    try:
        before = _tables(store)
        with pytest.raises(RuntimeError), store.atomic():
            store.records.insert_many(_records(200, seed=5), 1)
            raise RuntimeError("the import was cancelled")
        assert _tables(store) == before
        assert before[1]  # there are triggers to keep
    finally:
        store.close()


def test_kill_9_in_the_middle_of_a_bulk_insert_leaves_the_triggers(tmp_path):
    path = tmp_path / "a.sqlite3"
    store = Store(path)
    store.records.insert(make_activity(notes="до пакета"), 1)
    before = _tables(store)
    store.close()
    root = Path(__file__).parents[2]
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("bulk_inserter.py")), str(path)],
        stdout=subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert proc.stdout.readline() == b"inside\n"  # the triggers are set aside now
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    store = Store(path)
    try:
        assert _tables(store) == before  # the transaction never happened: triggers and totals as before
        store.records.insert(make_activity(settlement="Жаңақорғантест"), 2)
        assert len(every_page(store, RecordFilter(text="жаңақорған"))) == 1
        _check_index(store)
    finally:
        store.close()


# -- an empty table filled by one import: its indexes built once, after the rows -------------------


def _indexes(store: Store) -> list:
    return store.db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' ORDER BY name"
    ).fetchall()


def _fill(store: Store, records: list, trace: list) -> None:
    connection = store.db.connection()
    connection.set_trace_callback(trace.append)
    try:
        with store.atomic(), store.records.filling():
            half = len(records) // 2
            store.records.insert_many(records[:half], 1)
            store.records.insert_many(records[half:], half + 1)
    finally:
        connection.set_trace_callback(None)


def test_filling_an_empty_table_builds_its_indexes_once_after_the_rows(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    try:
        before = _indexes(store)
        trace: list[str] = []
        records = _records(400, seed=11)
        _fill(store, records, trace)
        built = [i for i, s in enumerate(trace) if s.startswith("CREATE INDEX")]
        rows = [i for i, s in enumerate(trace) if s.startswith('INSERT INTO "activity"')]
        assert built and rows and min(built) > max(rows)  # once, after every row
        assert not any(s.startswith("CREATE UNIQUE") or "activity_uuid" in s for s in trace if "INDEX" in s)
        assert _indexes(store) == before  # the same indexes, as the migrations wrote them
        assert store.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        by_kind = store.db.execute_sql(
            "SELECT kind, COUNT(*) FROM activity INDEXED BY activity_kind_start GROUP BY kind"
        ).fetchall()
        assert dict(by_kind) == {k: sum(r.kind == k for r in records) for k in {r.kind for r in records}}
        assert store.records.get_many([records[7].uuid])[records[7].uuid] == records[7]
        _check_index(store)
    finally:
        store.close()


def test_filling_a_table_that_holds_records_keeps_its_indexes_in_place(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    try:
        store.records.insert(make_activity(notes="уже есть"), 1)
        trace: list[str] = []
        _fill(store, _records(200, seed=12), trace)
        assert not any("DROP INDEX" in s or "CREATE INDEX" in s for s in trace)
        assert store.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        store.close()


def test_a_rolled_back_fill_keeps_the_indexes(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    try:
        before = _indexes(store)
        with pytest.raises(RuntimeError), store.atomic(), store.records.filling():
            store.records.insert_many(_records(200, seed=13), 1)
            raise RuntimeError("the import was cancelled")
        assert _indexes(store) == before
        assert store.db.execute_sql("SELECT COUNT(*) FROM activity").fetchone() == (0,)
    finally:
        store.close()


_FILLER = """
import sys, time
from pathlib import Path
from fieldapp.storage import Store
from tests.conftest import make_activity
store = Store(Path(sys.argv[1]))
with store.atomic(), store.records.filling():
    store.records.insert_many([make_activity(notes=f"пакет {i}") for i in range(300)], 1)
    print("inside", flush=True)  # the indexes are set aside now
    time.sleep(600)
"""


def test_kill_9_while_filling_an_empty_table_leaves_its_indexes(tmp_path):
    path = tmp_path / "a.sqlite3"
    store = Store(path)
    before = _indexes(store)
    store.close()
    root = Path(__file__).parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", _FILLER, str(path)],
        stdout=subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert proc.stdout.readline() == b"inside\n"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    store = Store(path)
    try:
        assert _indexes(store) == before
        assert store.db.execute_sql("SELECT COUNT(*) FROM activity").fetchone() == (0,)
        assert store.db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        store.close()
