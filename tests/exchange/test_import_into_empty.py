"""An import into an installation that holds no record yet does not look its rows up in the database
(nothing can be there but what the import itself wrote): issue 16. The database it leaves is the same,
table by table, as the one the looked-up path leaves — also when a later file, or a later batch of the
same file, brings a record the import already wrote (again, edited, deleted), and on a dry run."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.services import demo
from fieldapp.services import exchange as ex
from fieldapp.storage.records import RecordRoom
from tests.conftest import make_activity

pytestmark = pytest.mark.sqlite_only

N = 2300  # more than one batch of the import (2,000 rows)
NOW = 1_790_000_000_000

TABLES = {
    "activity": 'SELECT * FROM "activity" ORDER BY "pk"',
    "activity_totals": "SELECT * FROM activity_totals ORDER BY 1, 2, 3, 4",
    "activity_search": "SELECT rowid, * FROM activity_search ORDER BY rowid",
    "history": "SELECT * FROM history ORDER BY 1",
}


def _tables(ws) -> dict[str, list[tuple]]:
    """The tables' rows; a row digest as present or not (its key is the installation's own)."""
    db = ws.store.db
    cols = [r[1] for r in db.execute_sql('PRAGMA table_info("activity")').fetchall()]
    assert "row_digest" in cols
    listed = ", ".join('"row_digest" IS NOT NULL' if c == "row_digest" else f'"{c}"' for c in cols)
    queries = {**TABLES, "activity": TABLES["activity"].replace("*", listed)}
    return {name: [tuple(r) for r in db.execute_sql(q).fetchall()] for name, q in queries.items()}


@pytest.fixture
def files(make_workspace, tmp_path) -> list[Path]:
    """Two exports of one office: N demo records, then the same after edits, deletions and additions."""
    src = make_workspace("AST-01", "KZ-71")
    demo.generate(src.store, N, seed=5)
    first = tmp_path / "first.xlsx"
    ex.export_workbook(src, first)
    some = [r for r in src.store.records.iter_records()][:: N // 40]
    for i, rec in enumerate(some):
        if i % 3 == 0:
            src.records.delete(rec.uuid)
        else:
            src.records.update(rec.copy(notes=f"corrected {i}", partners=f"Partner {i}"))
    src.records.create(make_activity(office="AST-01", region="KZ-71", notes="added later"))
    second = tmp_path / "second.xlsx"
    ex.export_workbook(src, second)
    return [first, second]


def _target(make_workspace):
    from fieldapp.services import installation

    ws = make_workspace("ALA-01", "KZ-75")
    installation.set_role(ws.store, "coordinator")
    return ws


def _import(monkeypatch, ws, paths, lookups: bool, commit: bool = True):
    import fieldapp.services.exchange_merge as merge
    import fieldapp.services.importing as importing

    monkeypatch.setattr(merge, "now_ms", lambda: NOW)
    monkeypatch.setattr(importing, "now_ms", lambda: NOW)
    if lookups:  # the path of an installation that already holds records
        monkeypatch.setattr(RecordRoom, "holds_none", lambda self: False)
    result = (ex.commit_import if commit else ex.preview_import)(ws, paths)
    monkeypatch.undo()
    return result


@pytest.mark.parametrize("order", ["first, second", "second, first", "first, first"])
def test_an_import_into_an_empty_installation_writes_what_the_looked_up_path_writes(
    make_workspace, files, monkeypatch, order
):
    paths = [files[0] if name == "first" else files[1] for name in order.split(", ")]
    fresh, looked = _target(make_workspace), _target(make_workspace)
    assert fresh.store.records.holds_none()
    got = _import(monkeypatch, fresh, paths, lookups=False)
    want = _import(monkeypatch, looked, paths, lookups=True)
    assert (got.inserted, got.updated, got.unchanged) == (want.inserted, want.updated, want.unchanged)
    assert got.inserted > N // 2 and (got.updated or got.unchanged)
    assert _tables(fresh) == _tables(looked)
    assert not fresh.store.records.holds_none()


def test_a_file_repeating_its_records_in_a_later_batch_is_merged_as_before(
    make_workspace, files, monkeypatch, tmp_path
):
    """One workbook whose sheet holds the second export's rows after the first's: the later batch meets
    records an earlier batch of the same file wrote."""
    from openpyxl import load_workbook

    book = load_workbook(files[0])
    later = load_workbook(files[1])
    sheet, extra = book.worksheets[0], later.worksheets[0]
    head = [c.value for c in extra[1]]
    assert head == [c.value for c in sheet[1]]
    for row in extra.iter_rows(min_row=2, values_only=True):
        sheet.append(row)
    both = tmp_path / "both.xlsx"
    book.save(both)
    fresh, looked = _target(make_workspace), _target(make_workspace)
    got = _import(monkeypatch, fresh, [both], lookups=False)
    want = _import(monkeypatch, looked, [both], lookups=True)
    assert (got.inserted, got.updated, got.unchanged, len(got.files[0].rejected)) == (
        want.inserted,
        want.updated,
        want.unchanged,
        len(want.files[0].rejected),
    )
    assert _tables(fresh) == _tables(looked)


def test_a_deleted_record_is_a_record_and_a_dry_run_writes_nothing(make_workspace, files, monkeypatch):
    ws = _target(make_workspace)
    preview = _import(monkeypatch, ws, files, lookups=False, commit=False)
    assert preview.files[0].inserted == N and ws.store.records.holds_none()
    rec = make_activity(office="ALA-01", region="KZ-75")
    ws.records.create(rec)
    ws.records.delete(rec.uuid)
    assert not ws.store.records.holds_none()  # a tombstone travels in exports: it is a record
