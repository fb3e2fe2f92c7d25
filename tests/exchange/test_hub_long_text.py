"""Issue 17, tester's finding 1: the same workbook gives the same outcome on both engines.

The hub's text columns were VARCHAR(255) (peewee's CharField) where SQLite's TEXT holds any length, so a
workbook an office installation imports crashed the hub's import (exit 3)."""

from __future__ import annotations

from openpyxl import load_workbook

from fieldapp.services import exchange as ex
from tests.conftest import make_activity

LONG = "д" * 300


def test_a_workbook_with_300_character_device_and_office_cells_imports_alike_on_both_engines(
    workspace, make_workspace, tmp_path
):
    office = make_workspace("AST-01", "KZ-71")
    office.records.create(make_activity(office="AST-01", region="KZ-71", notes="long device"))
    sent = tmp_path / "sent.xlsx"
    ex.export_workbook(office, sent)
    wb = load_workbook(sent)
    sheet = wb["Activities"]
    tags = [c.value for c in sheet[2]]
    for tag in ("#meta+device+origin", "#meta+device+updated"):
        if tag in tags:
            sheet.cell(row=3, column=tags.index(tag) + 1, value=LONG)
    for row in wb["Metadata"].iter_rows():
        if row[0].value in ("device_id", "office_code", "office_name"):
            row[1].value = LONG
    odd = tmp_path / "long.xlsx"
    wb.save(odd)

    result = ex.commit_import(workspace, [odd])

    assert result.inserted == 1
    (record,) = [r for r in workspace.store.records.iter_records() if r.office == "AST-01"]
    assert record.notes == "long device"


def test_the_hub_has_no_bounded_text_column(workspace, engine):
    if engine != "postgresql":
        return
    from fieldapp.storage import pg_schema

    assert pg_schema.bounded_columns(workspace.store.db) == []
