"""The export's own sheet-XML writer (issue 16 goal 3): whatever a record holds reads back equal
through both readers, LibreOffice opens the file, and the workbook keeps every property it had."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
import python_calamine
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from fieldapp.domain.errors import Cancelled
from fieldapp.exchange import cells
from fieldapp.exchange.columns import BY_FIELD, COLUMNS
from fieldapp.exchange.export import write_export
from fieldapp.exchange.sheetxml import RowWriter, inline_text
from fieldapp.services import exchange as ex
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot
from tests.exchange.test_import_correctness import HOSTILE_TEXTS
from tests.exchange.test_import_properties import SNIPPETS, TEXT

TEXT_FIELDS = ("notes", "partners", "district", "entered_by")
TEXT_COLUMNS = [i for i, c in enumerate(COLUMNS) if c.field in TEXT_FIELDS]


def _export(path: Path, texts: list[str], **kw):
    recs = [
        make_activity(notes=t, partners=t, district=t[:200], entered_by=t[:200], people_reached=i)
        for i, t in enumerate(texts)
    ]
    return write_export(path, recs, {"office_code": "ALA-01"}, **kw)


def _calamine_rows(path: Path, sheet: str = "Activities") -> list[list]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)[2:]


def _openpyxl_rows(path: Path, sheet: str = "Activities") -> list[list]:
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb[sheet].iter_rows(min_row=3, values_only=True))
    finally:
        wb.close()
    return [[cells.unescape(v) if isinstance(v, str) else v for v in row] for row in rows]


def _text_cells(rows: list[list]) -> list[tuple]:
    return [tuple("" if row[i] is None else row[i] for i in TEXT_COLUMNS) for row in rows]


def _expected(texts: list[str]) -> list[tuple]:
    return [tuple(t if COLUMNS[i].field in ("notes", "partners") else t[:200] for i in TEXT_COLUMNS)
            for t in texts]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=5))
@example(texts=["\r\r\n", " \x1f", "\x1c\r", "\u2028\x0b "])  # white space only, with characters to escape
def test_any_text_reads_back_equal_through_both_readers(tmp_path, texts):
    path = tmp_path / "texts.xlsx"
    _export(path, texts)
    assert _text_cells(_calamine_rows(path)) == _expected(texts)
    assert _text_cells(_openpyxl_rows(path)) == _expected(texts)


@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff")))
@example(text=" \x1f")
@example(text="\r\r\n")
def test_the_cell_text_is_what_cells_escape_makes_of_it_and_well_formed(text):
    from xml.etree import ElementTree

    el = ElementTree.fromstring(f"<c>{inline_text(text)}</c>" if text else "<c/>")
    got = el.findtext("is/t") or "" if text else ""
    assert got == (cells.escape(text) if text else "")


def test_numbers_dates_flags_and_empty_cells_read_back_as_openpyxl_wrote_them(tmp_path):
    rec = make_activity(
        start_date=date(2020, 3, 1), end_date=date(2024, 2, 29), people_reached=999_999_999_999_999,
        children_reached=0, notes="", partners="=SUM(A1)", settlement="#N/A", district="@x",
    )  # fmt: skip
    path = tmp_path / "types.xlsx"
    write_export(path, [rec], {})
    ws = load_workbook(path)["Activities"]
    row = {COLUMNS[c.column - 1].field: c for c in ws[3]}
    assert row["start_date"].is_date and row["start_date"].value.date() == date(2020, 3, 1)
    assert row["end_date"].value.date() == date(2024, 2, 29)
    assert row["start_date"].number_format == "yyyy-mm-dd"
    assert (row["people_reached"].value, row["people_reached"].data_type) == (999_999_999_999_999, "n")
    assert row["children_reached"].value == 0
    for field in ("partners", "settlement", "district"):  # text, never a formula or an error value
        assert row[field].data_type == "s", field
    assert (row["partners"].value, row["settlement"].value) == ("=SUM(A1)", "#N/A")
    assert row["notes"].value is None and row["sessions"].value is None
    assert row["deleted"].value == 0 and row["version"].value == rec.version


def test_row_writer_refuses_what_a_cell_cannot_hold():
    rows = RowWriter(3, date_style=4)
    assert rows.row(7, [True, 1.5, 2.0]) == (
        '<row r="7"><c r="A7" t="b"><v>1</v></c><c r="B7" t="n"><v>1.5</v></c>'
        '<c r="C7" t="n"><v>2</v></c></row>'
    )
    for bad in (float("nan"), float("inf"), object()):
        with pytest.raises((ValueError, TypeError)):
            rows.row(3, [bad])


def test_the_sheet_keeps_headers_tags_widths_freeze_panes_and_styles(tmp_path):
    path = tmp_path / "frame.xlsx"
    _export(path, ["a", "b"])
    wb = load_workbook(path)
    ws = wb["Activities"]
    assert [c.value for c in ws[2]] == [c.tag for c in COLUMNS]
    assert [c.value for c in ws[1]] == [c.header("ru") for c in COLUMNS]
    assert ws.freeze_panes == "B3"
    assert ws.column_dimensions["A"].width == BY_FIELD["uuid"].width
    assert ws["A1"].font.b and ws["A2"].font.i
    assert wb.sheetnames == ["Activities", "Summary", "Lists", "Metadata"]
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        assert "[Content_Types].xml" in z.namelist()


def test_a_cancelled_export_stops_cleanly(tmp_path):
    path = tmp_path / "cancel.xlsx"
    with pytest.raises(Cancelled):
        _export(path, [f"n{i}" for i in range(2500)], cancel=lambda: True)


def test_records_beyond_a_sheet_carry_the_same_frame_on_every_sheet(tmp_path):
    path = tmp_path / "sheets.xlsx"
    written = _export(path, [f"запись {i}" for i in range(5)], rows_per_sheet=2)
    assert written.sheets == 3
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["Activities", "Activities 2", "Activities 3"]
    for name, n in (("Activities", 2), ("Activities 2", 2), ("Activities 3", 1)):
        assert wb[name].freeze_panes == "B3" and wb[name].max_row == 2 + n
        assert [c.value for c in wb[name][2]] == [c.tag for c in COLUMNS]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_file_and_its_resave_imports_unchanged(workspace, make_workspace, tmp_path):
    """LibreOffice itself turns CR into LF, decodes a literal _xHHHH_ and keeps an escaped first
    character of white-space-only text (the same with the openpyxl-written file before): those texts
    are left out here; everything else must survive its re-save exactly."""
    texts = [*HOSTILE_TEXTS, *SNIPPETS, "<&>\"'", "]]>", " x ", "\x01 ctl", "tab\tend\t"]
    texts = [t for t in dict.fromkeys(texts) if "\r" not in t and not cells.escape(t).startswith("_x")]
    texts = [t for t in texts if "_x" not in t]
    for t in texts:
        workspace.records.create(make_activity(notes=t, partners=t, entered_by=t[:200]))
    original = tmp_path / "w.xlsx"
    ex.export_workbook(workspace, original)
    out = tmp_path / "lo"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(original)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    resaved = out / "w.xlsx"
    assert sorted(r[TEXT_COLUMNS[0]] or "" for r in _calamine_rows(resaved)) == sorted(
        r[TEXT_COLUMNS[0]] or "" for r in _calamine_rows(original)
    )
    before = snapshot(workspace)
    again = ex.commit_import(workspace, [resaved])
    assert (again.inserted, again.updated, again.rejected_rows) == (0, 0, 0)
    assert snapshot(workspace) == before
    other = make_workspace()
    result = ex.commit_import(other, [resaved])
    assert result.inserted == len(texts) and not result.rejected
    assert sorted(r.notes for r in other.store.records.iter_records()) == sorted(texts)


def test_while_records_stream_nothing_of_them_is_at_the_output_path(tmp_path):
    """A killed export must leave no record content beside the output (DESIGN: temporary copies stay
    in the data folder's private tmp): the zip grows in a temporary file and is copied when complete."""
    path = tmp_path / "out.xlsx.partial"
    path.write_bytes(b"")
    sizes = []
    _export(path, [f"n{i}" for i in range(3000)], cancel=lambda: sizes.append(path.stat().st_size) and False)
    assert sizes == [0, 0, 0]
    assert path.stat().st_size > 0 and zipfile.is_zipfile(path)
