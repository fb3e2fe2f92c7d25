"""The sliced reader (issue 16 goal 2): the sheet XML read once in slices of rows, each slice read by
calamine as a workbook of its own, gives exactly the rows calamine gives for the whole sheet; sheets a
cut at `</row>` could break are read whole instead, and hostile sheets stay harmless."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.exchange import backends, guard
from fieldapp.exchange import problems as p
from fieldapp.exchange.reader import open_workbook
from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.services import exchange as ex
from fieldapp.services.workspace import Workspace
from tests.exchange.conftest import snapshot

SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """An export of 40 demo records (inline strings, dates as date cells, text stamps)."""
    root = tmp_path_factory.mktemp("sliced")
    ws = Workspace(Paths(root / "home"))
    try:
        installation.configure(ws.store, "ALA-01", "Almaty office", "KZ-75", "ru", role="coordinator")
        demo.generate(ws.store, 40, seed=3)
        path = root / "export.xlsx"
        ex.export_workbook(ws, path)
    finally:
        ws.close()
    return path


@pytest.fixture
def target(tmp_path):
    ws = Workspace(Paths(tmp_path / "target"))
    installation.configure(ws.store, "AST-01", "Astana office", "KZ-71", "ru", role="coordinator")
    yield ws
    ws.close()


def rewrite_sheet(src: Path, dst: Path, edit) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, edit(data) if item.filename == SHEET else data)
    return dst


def normalised(rows) -> list[tuple[int, list]]:
    """Rows as (Excel row, values without trailing empty cells): a whole-sheet row is padded to the
    sheet's width, a slice's row to the slice's (both read as "" past the end)."""
    out = []
    for n, values in rows:
        values = list(values)
        while values and values[-1] == "":
            values.pop()
        out.append((n, values))
    return out


def absolute(head: tuple[int, int, list[list]]) -> tuple[int, list]:
    """A sheet's head as (first used row, rows from column A): the whole sheet's first used column may
    lie left of the head's, which only shifts where the head's rows start."""
    start_row, start_col, rows = head
    return start_row, [r for _, r in normalised((0, [""] * start_col + list(row)) for row in rows)]


def both_readers(path: Path, sheet: str = "Activities") -> tuple[list, list]:
    inspection = guard.inspect(path)
    sliced = backends.SlicedBackend(path, inspection.sheet_parts)
    whole = backends.CalamineBackend(path)
    try:
        assert sliced.sheet_names == whole.sheet_names
        assert absolute(sliced.head(sheet, 10)) == absolute(whole.head(sheet, 10))
        return normalised(sliced.rows(sheet)), normalised(whole.rows(sheet))
    finally:
        whole.close()


@pytest.mark.parametrize("slice_bytes", [1, 3000, 50_000, 1 << 30])
def test_slices_of_any_size_give_the_rows_of_the_whole_sheet(source, monkeypatch, slice_bytes):
    monkeypatch.setattr(backends, "SLICE_BYTES", slice_bytes)
    assert guard.inspect(source).sliceable == {
        "Activities": True,
        "Summary": True,
        "Lists": True,
        "Metadata": True,
    }
    sliced, whole = both_readers(source)
    assert len(whole) == 42
    assert sliced == whole


def test_a_workbook_saved_by_libreoffice_reads_the_same(monkeypatch):
    """What a spreadsheet program saves: a sharedStrings table, dates as date cells (styles), every
    sheet cut after each row."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    monkeypatch.setattr(backends, "SHARED_STRINGS_FACTOR", 0)
    path = Path(__file__).parents[1] / "fixtures" / "lo_edited.xlsx"
    with zipfile.ZipFile(path) as z:
        assert b't="s"' in z.read(SHEET) and "xl/sharedStrings.xml" in z.namelist()
    for sheet in guard.inspect(path).sheet_parts:
        sliced, whole = both_readers(path, sheet)
        assert sliced == whole, sheet


def test_the_1904_date_system_is_kept_in_every_slice(source, tmp_path, monkeypatch):
    monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
    wb = load_workbook(source)
    wb.epoch = __import__("openpyxl").utils.datetime.CALENDAR_MAC_1904
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        assert b"date1904" in z.read("xl/workbook.xml")
    sliced, whole = both_readers(path)
    assert sliced == whole


def test_an_escaped_end_of_row_in_text_is_text(source, tmp_path, monkeypatch, target):
    """`</row>` typed into a cell is written escaped: a cut never falls inside it."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    path = rewrite_sheet(source, tmp_path / "text.xlsx", lambda d: d.replace(b"<t>", b"<t>&lt;/row&gt; ", 1))
    assert guard.inspect(path).sliceable["Activities"]
    sliced, whole = both_readers(path)
    assert sliced == whole
    assert any(isinstance(v, str) and v.startswith("</row> ") for _, row in sliced for v in row)


def _rows(data: bytes) -> list[bytes]:
    return re.findall(rb"<row\b.*?</row>", data, re.S)


@pytest.mark.parametrize(
    "name, edit",
    [
        (
            "rows out of order",
            lambda d: d.replace(_rows(d)[5], b"").replace(_rows(d)[2], _rows(d)[2] + _rows(d)[5]),
        ),
        (
            "a row without r=",
            lambda d: d.replace(_rows(d)[7], re.sub(rb'<row r="\d+"', b"<row", _rows(d)[7], count=1)),
        ),
        (
            "</row> in a comment",
            lambda d: d.replace(_rows(d)[4], _rows(d)[4] + b"<!-- </row><row r='2'> -->"),
        ),
        (
            "</row> in CDATA",
            lambda d: d.replace(b"<t>", b"<t><![CDATA[x</row><row r='1'>]]>", 1),
        ),
        (
            "<sheetData> in CDATA before the rows",
            lambda d: d.replace(b"<sheetData>", b"<sheetData>", 1).replace(
                b"<sheetViews>", b'<sheetViews><![CDATA[<sheetData><row r="1">]]>', 1
            ),
        ),
        (
            "</row> in a processing instruction",
            lambda d: d.replace(_rows(d)[4], _rows(d)[4] + b"<?x </row>?>"),
        ),
        (
            "</sheetData> in a processing instruction",
            lambda d: d.replace(_rows(d)[4], _rows(d)[4] + b"<?x </sheetData>?>"),
        ),
        (
            "a prefixed sheetData",
            lambda d: d.replace(
                b"<sheetData>",
                b'<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
            ).replace(b"</sheetData>", b"</x:sheetData>"),
        ),
    ],
)
def test_sheets_a_cut_could_break_are_read_whole(source, tmp_path, monkeypatch, target, name, edit):
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    path = rewrite_sheet(source, tmp_path / "odd.xlsx", edit)
    inspection = guard.inspect(path)
    assert inspection.sliceable["Activities"] is False, name
    assert isinstance(backends.open_backend(path, inspection), backends.CalamineBackend)
    result = ex.commit_import(target, [path])
    monkeypatch.setattr(backends, "READER", "calamine")
    again = Workspace(Paths(tmp_path / "again"))
    try:
        installation.configure(again.store, "AST-01", "Astana office", "KZ-71", "ru", role="coordinator")
        reference = ex.commit_import(again, [path])
        assert (result.inserted, result.rejected_rows) == (reference.inserted, reference.rejected_rows)
        assert snapshot(target)["records"] == snapshot(again)["records"]
    finally:
        again.close()


def test_a_huge_single_row_is_read_whole(source, tmp_path, monkeypatch):
    """A row far larger than a slice is not cut: the slice grows until the row ends."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1000)
    wb = load_workbook(source)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    ws.cell(row=5, column=tags.index("#description") + 1, value="ж" * 30_000)
    path = tmp_path / "huge.xlsx"
    wb.save(path)
    sliced, whole = both_readers(path)
    assert sliced == whole
    assert "ж" * 30_000 in sliced[4][1]


def test_rows_far_apart_keep_their_numbers(source, tmp_path, monkeypatch):
    """Rows missing between slices come back as empty rows, as calamine gives them for the whole sheet."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)

    def spread(d: bytes) -> bytes:
        last = _rows(d)[-1]
        moved = re.sub(rb'r="([A-Z]*)42"', rb'r="\g<1>900"', last)
        return d.replace(last, moved)

    path = rewrite_sheet(source, tmp_path / "far.xlsx", spread)
    sliced, whole = both_readers(path)
    assert sliced == whole
    assert sliced[-1][0] == 900


def test_the_import_reads_the_sheet_in_slices(source, monkeypatch):
    opened = open_workbook(source)
    try:
        assert isinstance(opened.book, backends.SlicedBackend)
    finally:
        opened.close()


def test_slices_grow_with_the_shared_strings_and_a_huge_table_is_read_whole(monkeypatch):
    """Each slice parses the file's shared strings again: slices are at least 4× that table, and a
    table too large for that sends the file to the whole-sheet reader."""
    path = Path(__file__).parents[1] / "fixtures" / "lo_edited.xlsx"
    with zipfile.ZipFile(path) as z:
        table = len(z.read("xl/sharedStrings.xml"))
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    inspection = guard.inspect(path)
    sliced = backends.open_backend(path, inspection)
    assert isinstance(sliced, backends.SlicedBackend)
    assert sliced.slice_bytes == 4 * table
    monkeypatch.setattr(backends, "MAX_SLICE_BYTES", 4 * table - 1)
    assert isinstance(backends.open_backend(path, inspection), backends.CalamineBackend)


def test_a_row_larger_than_the_limit_is_refused(source, tmp_path, monkeypatch, target):
    """One row that never ends within MAX_ROW_BYTES is refused as a bomb, not held in memory."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    monkeypatch.setattr(backends, "READ_CHUNK", 1024)
    monkeypatch.setattr(backends, "MAX_ROW_BYTES", 20_000)
    wb = load_workbook(source)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    ws.cell(row=5, column=tags.index("#description") + 1, value="ж" * 30_000)
    path = tmp_path / "huge.xlsx"
    wb.save(path)
    before = snapshot(target)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [path])
    assert e.value.code == "zip_bomb"
    assert snapshot(target) == before


def test_a_long_sheet_head_is_read_in_steps_and_a_huge_one_refused(source, tmp_path, monkeypatch, target):
    """What comes before the rows (here 200 kB of column widths) is found chunk by chunk, searched once;
    past MAX_ROW_BYTES it is refused: every slice would repeat it."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 3000)
    monkeypatch.setattr(backends, "READ_CHUNK", 1024)
    cols = b"".join(b'<col min="%d" max="%d" width="9" customWidth="1"/>' % (i, i) for i in range(40, 4040))
    path = rewrite_sheet(
        source, tmp_path / "cols.xlsx", lambda d: re.sub(rb"<cols>", b"<cols>" + cols, d, count=1)
    )
    sliced, whole = both_readers(path)
    assert sliced == whole
    monkeypatch.setattr(backends, "MAX_ROW_BYTES", 100_000)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [path])
    assert e.value.code == "zip_bomb"


@pytest.mark.parametrize(
    "name, edit",
    [
        (
            "a cell naming an earlier row",
            lambda d: d.replace(
                _rows(d)[30],
                _rows(d)[30].replace(b"</row>", b'<c r="V5" t="inlineStr"><is><t>stray</t></is></c></row>'),
            ),
        ),
        (
            "a cell naming the next row",
            lambda d: d.replace(
                _rows(d)[9],
                _rows(d)[9].replace(b"</row>", b'<c r="AZ11" t="inlineStr"><is><t>stray</t></is></c></row>'),
            ),
        ),
        (
            "a cell whose row number is written apart from its tag",
            lambda d: d.replace(
                _rows(d)[30],
                _rows(d)[30].replace(b"</row>", b'<c t="inlineStr"\n r="V5"><is><t>stray</t></is></c></row>'),
            ),
        ),
    ],
)
def test_a_cell_naming_another_row_refuses_the_file(source, tmp_path, target, name, edit):
    """Read whole, such a cell landed on the row it names (over that row's cell, or as a row of its
    own): since the outside tester's findings of 2026-11-30 the file is refused and nothing changes."""
    path = rewrite_sheet(source, tmp_path / "odd.xlsx", edit)
    before = snapshot(target)
    with pytest.raises(p.UnusableWorkbook, match="is written inside row"):
        ex.commit_import(target, [path])
    assert snapshot(target) == before
