"""Fuzzing: mutated workbooks (bytes, XML, cell values) never raise an unhandled error or half-import."""

from __future__ import annotations

import io
import itertools
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from fieldapp.domain.validation import errors, validate
from fieldapp.services import demo
from fieldapp.services import exchange as ex
from tests.exchange.conftest import snapshot

# Generated cells against the reader and row parser: the database only stores what they let through,
# so these run on SQLite alone (the hub runs every other exchange test; CI time, issue 17).
pytestmark = pytest.mark.sqlite_only

_files = itertools.count()
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def source(make_workspace, tmp_path) -> Path:
    office = make_workspace()
    demo.generate(office.store, 40, seed=11)
    path = tmp_path / "source.xlsx"
    ex.export_workbook(office, path)
    return path


def check_import(workspace, path: Path) -> None:
    """The import either works (rows rejected as needed) or refuses the file; never anything else."""
    before = snapshot(workspace)
    try:
        result = ex.commit_import(workspace, [path])
    except ex.UnusableWorkbook:
        assert snapshot(workspace) == before
        return
    after = snapshot(workspace)
    assert len(after["records"]) == len(before["records"]) + result.inserted
    for rec in workspace.store.records.iter_records():
        # Records from another installation may keep codes or measures of other reference data (issue 15)
        assert not errors(validate(rec, keep_unknown_codes=True)), rec
    assert workspace.store.bookkeeping_problems() == []


def _out(tmp_path: Path) -> Path:
    return tmp_path / f"fuzz{next(_files)}.xlsx"


@FUZZ
@given(
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8)
)
def test_flipped_bytes(workspace, source, tmp_path, flips):
    data = bytearray(source.read_bytes())
    for where, value in flips:
        data[int(where * len(data))] = value
    path = _out(tmp_path)
    path.write_bytes(bytes(data))
    check_import(workspace, path)


@FUZZ
@given(
    part=st.sampled_from(
        ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml", "xl/workbook.xml", "xl/styles.xml"]
    ),
    edits=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 40), st.binary(max_size=12)),
        min_size=1,
        max_size=5,
    ),
)
def test_mutated_xml_parts(workspace, source, tmp_path, part, edits):
    buf = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                data = bytearray(data)
                for where, cut, insert in edits:
                    i = int(where * len(data))
                    data[i : i + cut] = insert
                data = bytes(data)
            zout.writestr(item.filename, data)
    path = _out(tmp_path)
    path.write_bytes(buf.getvalue())
    check_import(workspace, path)


cell_values = st.one_of(
    st.none(),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=30),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(date(1900, 3, 1), date(2100, 1, 1)),
    st.datetimes(datetime(1900, 3, 1), datetime(2100, 1, 1)),
    st.sampled_from(["KZ-AST", "Нур-Султан", "leaflets", "да", "2020-02-30", "=1+2", "#N/A", "1e9", " 12 "]),
)


@FUZZ
@given(
    edits=st.lists(st.tuples(st.integers(1, 45), st.integers(1, 33), cell_values), min_size=1, max_size=12)
)
def test_mutated_cells(workspace, source, tmp_path, edits):
    wb = load_workbook(source)
    ws = wb["Activities"]
    for row, col, value in edits:
        cell = ws.cell(row=row, column=col)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # text stays text, as a person typing it would get
    path = _out(tmp_path)
    wb.save(path)
    check_import(workspace, path)
