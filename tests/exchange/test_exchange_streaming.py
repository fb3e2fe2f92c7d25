"""Sheets too long to hold in memory are streamed (openpyxl read-only): the same results as calamine."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.exchange import backends
from fieldapp.services import demo
from fieldapp.services import exchange as ex
from tests.exchange.conftest import snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def stream_everything(monkeypatch):
    """Stream every sheet, as a million-row workbook would be (the real reader, not a stand-in)."""
    monkeypatch.setattr(backends, "READER", "streaming")


def test_round_trip_and_idempotence_when_streaming(workspace, make_workspace, tmp_path):
    demo.generate(workspace.store, 300, seed=8)
    path = tmp_path / "out.xlsx"
    ex.export_workbook(workspace, path)
    other = make_workspace()
    first = ex.commit_import(other, [path])
    assert (first.inserted, first.rejected_rows) == (300, 0)
    assert first.files[0].checksum_ok is True
    assert snapshot(other)["records"] == snapshot(workspace)["records"]
    before = snapshot(other)
    again = ex.commit_import(other, [path])
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 300)
    assert snapshot(other) == before


def test_libreoffice_fixture_when_streaming(workspace):
    spec = importlib.util.spec_from_file_location("lo_fixture", FIXTURES / "make_libreoffice_fixture.py")
    lo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lo)
    workspace.store.records.insert_many(lo.source_records(), workspace.store.records.next_seq())
    result = ex.commit_import(workspace, [FIXTURES / "lo_edited.xlsx"])
    assert (result.updated, result.unchanged, result.rejected_rows) == (1, 5, 0)
    assert workspace.records.get(lo.EDITED_UUID).people_reached == lo.EDITED_PEOPLE


def test_long_cells_and_formulas_reject_their_rows_when_streaming(workspace, make_workspace, tmp_path):
    demo.generate(workspace.store, 4, seed=9)
    path = tmp_path / "out.xlsx"
    ex.export_workbook(workspace, path)
    wb = load_workbook(path)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    ws.cell(row=3, column=tags.index("#description") + 1, value="ж" * 40_000)
    ws.cell(row=4, column=tags.index("#org+name+impl") + 1, value="=1+1")
    wb.save(path)
    result = ex.commit_import(make_workspace(), [path])
    assert sorted((p.row, p.code) for p in result.rejected) == [(3, "cell_too_long"), (4, "formula")]
    assert result.inserted == 2
