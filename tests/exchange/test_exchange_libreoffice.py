"""A workbook that LibreOffice Calc re-saved after edits imports with exactly the expected changes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fieldapp.services import exchange as ex
from tests.exchange.conftest import snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures"
_spec = importlib.util.spec_from_file_location("lo_fixture", FIXTURES / "make_libreoffice_fixture.py")
lo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lo)


def _source(workspace):
    workspace.store.records.insert_many(lo.source_records(), workspace.store.records.next_seq())
    return snapshot(workspace)["records"]


def test_the_untouched_export_matches_its_checksum_and_changes_nothing(workspace):
    before = _source(workspace)
    result = ex.commit_import(workspace, [FIXTURES / "lo_original.xlsx"])
    assert (result.inserted, result.updated, result.unchanged, result.rejected_rows) == (0, 0, 6, 0)
    assert result.files[0].checksum_ok is True
    assert snapshot(workspace)["records"] == before


def test_the_libreoffice_edited_workbook_brings_exactly_the_edited_value(workspace):
    before = _source(workspace)
    result = ex.commit_import(workspace, [FIXTURES / "lo_edited.xlsx"])
    assert (result.inserted, result.updated, result.unchanged, result.rejected_rows) == (0, 1, 5, 0)
    assert result.updated_uuids == [lo.EDITED_UUID]
    codes = {w.code for w in result.warnings}
    assert {"checksum_mismatch", "edited_outside_fieldapp"} <= codes
    after = snapshot(workspace)["records"]
    edited = after.pop(lo.EDITED_UUID)
    old = before.pop(lo.EDITED_UUID)
    assert after == before  # every other record field for field, the tombstone included
    assert edited["people_reached"] == lo.EDITED_PEOPLE
    assert edited["version"] == old["version"] + 1 and edited["updated_at"] > old["updated_at"]
    assert {
        k: v
        for k, v in edited.items()
        if k not in ("people_reached", "version", "updated_at", "updated_device", "clock")
    } == {
        k: v
        for k, v in old.items()
        if k not in ("people_reached", "version", "updated_at", "updated_device", "clock")
    }
    assert [h.record.people_reached for h in workspace.records.history(lo.EDITED_UUID)] == [
        old["people_reached"]
    ]
    again = ex.commit_import(workspace, [FIXTURES / "lo_edited.xlsx"])
    assert (again.updated, again.unchanged) == (0, 6)


def test_into_an_empty_installation_the_edited_file_inserts_all_six(workspace):
    result = ex.commit_import(workspace, [FIXTURES / "lo_edited.xlsx"])
    assert (result.inserted, result.rejected_rows) == (6, 0)
    rec = workspace.records.get("00000000-0000-4000-8000-000000000002")
    assert rec.notes == "=1+1 (не формула)"
    assert workspace.records.get("00000000-0000-4000-8000-000000000006").deleted
