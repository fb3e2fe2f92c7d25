"""Import correctness (issue 10): a value arrives as it was written, or its row is rejected with a reason,
and every reader (sliced, the one path; whole-sheet calamine and openpyxl streaming, its fallbacks for
sheets it cannot slice) gives the same result."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.domain.record import iso_to_ms, ms_to_iso, now_ms
from fieldapp.exchange import backends
from fieldapp.services import exchange as ex
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot

SHEET = "xl/worksheets/sheet1.xml"  # the Activities sheet of an export
MAX_TIMESTAMP = iso_to_ms("9999-12-31T23:59:59.999Z")  # the last instant every installation reads


@pytest.fixture(params=["sliced", "calamine", "streaming"])
def reader(request, monkeypatch) -> str:
    """Run the test on every reader: the sliced one (the default) cut every few rows, and the whole-sheet
    readers it falls back to for sheets it cannot slice (calamine, openpyxl streaming), forced."""
    use_reader(monkeypatch, request.param)
    return request.param


def use_reader(monkeypatch, name: str) -> None:
    """ "sliced": the default choice, with slices of ~2 rows; else that whole-sheet reader, forced."""
    if name == "sliced":
        monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
        monkeypatch.setattr(backends, "SHARED_STRINGS_FACTOR", 0)
    else:
        monkeypatch.setattr(backends, "READER", name)


@pytest.fixture
def exported(workspace, tmp_path) -> Path:
    for i in range(3):
        workspace.records.create(make_activity(notes=f"запись {i}", people_reached=400 + i))
    path = tmp_path / "valid.xlsx"
    ex.export_workbook(workspace, path)
    return path


def edit_cells(src: Path, dst: Path, edits: dict[tuple[str, int], object]) -> Path:
    """Change cells by (HXL tag, Excel row), as a person's spreadsheet would."""
    wb = load_workbook(src)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    for (tag, row), value in edits.items():
        ws.cell(row=row, column=tags.index(tag) + 1, value=value)
    wb.save(dst)
    return dst


def rewrite_part(src: Path, dst: Path, part: str, edit) -> Path:
    """Copy a workbook zip with one XML part changed by `edit(bytes) -> bytes`."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, edit(data) if item.filename == part else data)
    return dst


def column_of(path: Path, tag: str) -> str:
    ws = load_workbook(path, read_only=True)["Activities"]
    tags = next(ws.iter_rows(min_row=2, max_row=2, values_only=True))
    return (
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[tags.index(tag)]
        if tags.index(tag) < 26
        else "A" + "ABCDE"[tags.index(tag) - 26]
    )


def set_cell_xml(data: bytes, ref: str, cell_xml: str) -> bytes:
    """Replace the cell at `ref` (e.g. 'T3') in sheet XML by `cell_xml` (or insert it into its row)."""
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)
    new, n = pattern.subn(cell_xml.encode(), data, count=1)
    assert n == 1, ref
    return new


def rejected(result) -> list[tuple[int, str, str, str]]:
    return sorted((p.row, p.field, p.code, p.value) for p in result.rejected)


# -- 1. numbers typed as text ----------------------------------------------------------------------


def test_numbers_typed_as_text_arrive_as_written_or_are_rejected_with_the_value(
    workspace, make_workspace, exported, tmp_path, reader
):
    forms = {
        3: ("1 200", 1200),
        4: ("1\u00a0200", 1200),
        5: ("1,000", None),
    }
    path = edit_cells(
        exported, tmp_path / "numbers.xlsx", {("#reached+ind", r): text for r, (text, _) in forms.items()}
    )
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert rejected(result) == [(5, "people_reached", "ambiguous_number", "1,000")]
    people = sorted(r.people_reached for r in other.store.records.iter_records())
    assert people == [1200, 1200]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1,000", "ambiguous_number"),
        ("5,000", "ambiguous_number"),
        ("10.000", "ambiguous_number"),
        ("12,500", "ambiguous_number"),
        ("1,5", "not_an_integer"),
        ("1e3", "not_an_integer"),
        ("12 00", "not_an_integer"),
        ("inf", "not_an_integer"),
        ("99999999999999999999", "too_large"),
        ("500.0", 500),
        ("500,00", 500),
        ("1 200 000", 1_200_000),
        ("1\u202f200", 1200),
        ("1,000,000", 1_000_000),
        ("1.000.000", 1_000_000),
        ("1,234.00", 1234),
        ("1.234,00", 1234),
        ("+7", 7),
        ("0012", 12),
        ("1 200,0", 1200),
        ("2.50", "not_an_integer"),
        ("½", "not_an_integer"),
        ("１２３", "not_an_integer"),
        ("١٢٣", "not_an_integer"),
        ("5.", "not_an_integer"),
    ],
)
def test_every_text_form_of_a_number_is_read_as_the_documented_table_says(text, expected):
    from fieldapp.exchange.columns import CellError, parse_int

    if isinstance(expected, int):
        assert parse_int(text) == expected
    else:
        with pytest.raises(CellError) as e:
            parse_int(text)
        assert e.value.code == expected


def test_ambiguous_slashed_dates_are_refused_and_unambiguous_ones_read():
    from datetime import date

    from fieldapp.exchange.columns import CellError, parse_date

    assert parse_date("20/04/2020") == date(2020, 4, 20)
    assert parse_date("04/20/2020") == date(2020, 4, 20)
    assert parse_date("20.04.2020") == date(2020, 4, 20)
    assert parse_date("2020-04-20") == date(2020, 4, 20)
    assert parse_date("05/05/2020") == date(2020, 5, 5)
    assert parse_date("2020-4-5") == date(2020, 4, 5)
    assert parse_date("5.4.2020") == date(2020, 4, 5)
    assert parse_date("2020-04-20 09:30:00") == date(2020, 4, 20)
    for text in ("2020/04/20", "20-04-2020", "April 20", "20 апр 2020", "31.02.2020"):
        with pytest.raises(CellError) as e:
            parse_date(text)
        assert e.value.code == "not_a_date", text
    with pytest.raises(CellError) as e:
        parse_date("04/05/2020")
    assert e.value.code == "ambiguous_date"


# -- 2. error cells ---------------------------------------------------------------------------------


def test_error_cells_reject_their_row_with_the_same_reason_on_both_readers(
    workspace, make_workspace, exported, tmp_path, reader
):
    col = column_of(exported, "#reached+ind")
    notes = column_of(exported, "#description")

    def edit(data: bytes) -> bytes:
        data = set_cell_xml(data, f"{col}3", f'<c r="{col}3" t="e"><v>#N/A</v></c>')
        data = set_cell_xml(data, f"{notes}4", f'<c r="{notes}4" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
        return set_cell_xml(data, f"{notes}5", f'<c r="{notes}5" t="e"><v>#REF!</v></c>')

    path = rewrite_part(exported, tmp_path / "errors.xlsx", SHEET, edit)
    other = make_workspace()
    before = snapshot(other)
    result = ex.commit_import(other, [path])
    assert {(p.row, p.field, p.code, p.value) for p in result.rejected} >= {
        (3, "people_reached", "error_cell", "#N/A"),
        (5, "notes", "error_cell", "#REF!"),
    }
    assert {p.row for p in result.rejected} == {3, 4, 5}
    assert snapshot(other)["records"] == before["records"]


# -- 3. every string a person can type travels exactly ---------------------------------------------

HOSTILE_TEXTS = [
    "literal _x0041_ and _x005F_ and _x0041_x0042_",
    "carriage\rreturn\r\nand line\nfeed",
    "tab\there",
    "control \x01\x07\x1b\x1f chars",
    "zero\u200bwidth\u200c\u200d and \u200f rtl \u202e override",
    "emoji 😀👩‍👩‍👧 and e\u0301 combining",
    "=1+1",
    "@SUM(A1)",
    "#N/A",
    "  leading and trailing  ",
    "   ",
    "\n",
    "\t\n ",
    " \u00a0",  # white space to Python, so openpyxl leaves out xml:space="preserve" (CI found it)
    "\u00a0 ",
    "\u2003\t\u00a0",
    "\r\n\r\n",  # white space only, with CRs past the first character (CI's property test found it)
    "\n\x0b\x0c\x1c ",
    "-",
    "Қазақша мәтін, Русский текст",
]


def test_reimporting_ones_own_export_writes_nothing_whatever_the_notes_hold(workspace, tmp_path, reader):
    for text in HOSTILE_TEXTS:
        workspace.records.create(make_activity(notes=text, settlement=text[:200], partners=text))
    path = tmp_path / "own.xlsx"
    ex.export_workbook(workspace, path)
    before = snapshot(workspace)
    result = ex.commit_import(workspace, [path])
    assert (result.inserted, result.updated, result.rejected_rows) == (0, 0, 0)
    assert [w.code for w in result.warnings] == []
    assert snapshot(workspace) == before


def test_every_typed_string_arrives_equal_in_another_installation(
    workspace, make_workspace, tmp_path, reader
):
    for text in HOSTILE_TEXTS:
        workspace.records.create(make_activity(notes=text, entered_by=text[:200]))
    path = tmp_path / "texts.xlsx"
    ex.export_workbook(workspace, path)
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert result.inserted == len(HOSTILE_TEXTS) and not result.rejected
    assert sorted(r.notes for r in other.store.records.iter_records()) == sorted(HOSTILE_TEXTS)
    assert sorted(r.entered_by for r in other.store.records.iter_records()) == sorted(
        t[:200] for t in HOSTILE_TEXTS
    )


# -- 4. numbers that do not fit ---------------------------------------------------------------------


def test_huge_infinite_and_nan_numbers_reject_their_row_and_nothing_crashes(
    workspace, make_workspace, exported, tmp_path, reader
):
    col = column_of(exported, "#reached+ind")
    version = column_of(exported, "#meta+version")

    def edit(data: bytes) -> bytes:
        data = set_cell_xml(data, f"{col}3", f'<c r="{col}3" t="n"><v>9223372036854775808</v></c>')
        data = set_cell_xml(data, f"{col}4", f'<c r="{col}4" t="n"><v>1e308</v></c>')
        return set_cell_xml(data, f"{version}5", f'<c r="{version}5" t="n"><v>18446744073709551616</v></c>')

    path = rewrite_part(exported, tmp_path / "huge.xlsx", SHEET, edit)
    other = make_workspace()
    before = snapshot(other)
    result = ex.commit_import(other, [path])
    assert [(p.row, p.field, p.code) for p in sorted(result.rejected, key=lambda p: p.row)] == [
        (3, "people_reached", "too_large"),
        (4, "people_reached", "too_large"),
        (5, "version", "bad_version"),
    ]
    assert snapshot(other) == before


def test_a_format_version_of_inf_is_an_unusable_file_exit_2(home, workspace, exported, tmp_path):
    wb = load_workbook(exported)
    meta = wb["Metadata"]
    for row in meta.iter_rows():
        if row[0].value == "format_version":
            row[1].value = "inf"
    path = tmp_path / "inf.xlsx"
    wb.save(path)
    before = snapshot(workspace)
    proc = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", str(home.home), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert "unsupported_format_version" in proc.stderr
    assert snapshot(workspace) == before


# -- 5. what `check` would flag never comes in ------------------------------------------------------


def test_bad_versions_office_codes_and_deleted_template_rows_are_rejected(
    workspace, make_workspace, exported, tmp_path, reader
):
    path = edit_cells(
        exported,
        tmp_path / "invalid.xlsx",
        {
            ("#meta+version", 3): -7,
            ("#org+code+reporting", 4): "ala-01",
            ("#org+code+reporting", 5): "ALA\u200b01",
        },
    )
    wb = load_workbook(path)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    template_row = [c.value for c in ws[3]]
    template_row[tags.index("#meta+id")] = None
    template_row[tags.index("#date+updated")] = None
    template_row[tags.index("#date+created")] = None
    template_row[tags.index("#meta+version")] = None
    template_row[tags.index("#meta+deleted")] = 1
    ws.append(template_row)
    wb.save(path)
    other = make_workspace()
    before = snapshot(other)
    result = ex.commit_import(other, [path])
    assert [(p.row, p.field, p.code) for p in sorted(result.rejected, key=lambda p: p.row)] == [
        (3, "version", "bad_version"),
        (4, "office", "bad_office_code"),
        (5, "office", "bad_office_code"),
        (6, "deleted", "deleted_without_id"),
    ]
    assert snapshot(other) == before
    assert other.store.bookkeeping_problems() == []


def test_office_codes_with_spaces_are_rejected(make_workspace, exported, tmp_path):
    path = edit_cells(exported, tmp_path / "space.xlsx", {("#org+code+reporting", 3): "ALA 01"})
    result = ex.commit_import(make_workspace(), [path])
    assert [(p.row, p.code, p.value) for p in result.rejected] == [(3, "bad_office_code", "ALA 01")]


# -- 6. timestamps ----------------------------------------------------------------------------------


def test_a_timestamp_more_than_a_day_ahead_is_rejected(make_workspace, exported, tmp_path, reader):
    year_ahead = ms_to_iso(now_ms() + 365 * 86_400_000)
    hours_ahead = ms_to_iso(now_ms() + 3 * 3_600_000)
    path = edit_cells(
        exported,
        tmp_path / "future.xlsx",
        {("#date+updated", 3): year_ahead, ("#date+updated", 4): hours_ahead},
    )
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert [(p.row, p.field, p.code, p.value) for p in result.rejected] == [
        (3, "updated_at", "timestamp_in_future", year_ahead)
    ]
    assert result.inserted == 2


def test_an_edit_stamp_more_than_a_day_ahead_is_rejected(
    workspace, make_workspace, exported, tmp_path, reader
):
    """A field's stamp dated 2100 inside #meta+stamps would win every merge and make the record's export
    unimportable anywhere: refused at the first import, like a future #date+updated."""
    wb = load_workbook(exported, read_only=True)
    tags = [c.value for c in next(wb["Activities"].iter_rows(min_row=2, max_row=2))]
    row = next(wb["Activities"].iter_rows(min_row=3, max_row=3, values_only=True))
    stamps = row[tags.index("#meta+stamps")]
    wb.close()
    clock = json.loads(stamps)
    for v in clock["s"].values():
        v[0] += 5
        v[2] = 4_102_444_800_000  # 2100-01-01
    path = edit_cells(exported, tmp_path / "future-stamps.xlsx", {("#meta+stamps", 3): json.dumps(clock)})
    for target in (workspace, make_workspace()):  # its own installation and another
        before = snapshot(target)
        result = ex.commit_import(target, [path])
        assert [(p.row, p.field, p.code) for p in result.rejected] == [(3, "clock", "timestamp_in_future")]
        if target is workspace:
            assert snapshot(target) == before


@pytest.mark.parametrize(
    "stamp", ["10000-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z"]
)
def test_timestamps_outside_what_every_installation_reads_are_rejected(
    make_workspace, exported, tmp_path, stamp
):
    path = edit_cells(exported, tmp_path / "far.xlsx", {("#date+updated", 3): stamp})
    result = ex.commit_import(make_workspace(), [path])
    assert [(p.row, p.code) for p in result.rejected] == [(3, "bad_timestamp")]


def test_a_local_edit_never_stamps_past_the_year_9999(home, tmp_path):
    from fieldapp.services import installation
    from fieldapp.services.records import Records
    from fieldapp.services.workspace import Workspace

    ws = Workspace(home)
    try:
        installation.configure(ws.store, "ALA-01", "Almaty", "KZ-75", "ru")
        late = Records(ws.store, clock=lambda: MAX_TIMESTAMP)
        uuid = late.create(make_activity()).created[0]
        late.update(ws.records.get(uuid).copy(notes="edited once"))
        late.update(ws.records.get(uuid).copy(notes="edited twice"))
        assert ws.records.get(uuid).updated_at == MAX_TIMESTAMP
        path = tmp_path / "late.xlsx"
        ex.export_workbook(ws, path)
        stamps = [
            c
            for c in load_workbook(path, read_only=True)["Activities"].iter_rows(min_row=3, values_only=True)
        ]
        assert all(
            iso_to_ms(s) <= MAX_TIMESTAMP
            for row in stamps
            for s in row
            if isinstance(s, str) and s.endswith("Z")
        )
    finally:
        ws.close()


# -- 7. no workbook fieldapp writes holds a formula -------------------------------------------------

PAYLOADS = [
    "=1+1",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-1+1",
    "#N/A",
    "#REF!",
    "_x0041_",
    "line\rbreak",
]


def formula_cells(path: Path) -> list[str]:
    """Every `<c>` of every sheet of the workbook that holds an `<f>` element, or is an error value."""
    found = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                for cell in re.findall(r"<c\b[^>]*?(?:/>|>.*?</c>)", xml, re.S):
                    if re.search(r"<(?:\w+:)?f[\s>/]", cell) or re.search(r"""\bt=["']e["']""", cell):
                        found.append(f"{name}: {cell[:120]}")
    return found


def test_no_workbook_fieldapp_writes_holds_a_formula_whatever_the_text(workspace, make_workspace, tmp_path):
    """Export, report and template, after an import of hostile codes and texts from another office."""
    other = make_workspace("AST-01", "KZ-71")
    for text in PAYLOADS:
        other.records.create(make_activity(office="AST-01", notes=text, settlement=text, partners=text))
    hostile = tmp_path / "hostile.xlsx"
    ex.export_workbook(other, hostile)
    # an office code that is a formula, kept as text by a spreadsheet: the import refuses it
    wb = load_workbook(hostile)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    for tag in ("#org+code+reporting", "#org+code+origin"):
        cell = ws.cell(row=3, column=tags.index(tag) + 1)
        cell.value = "=1+1"
        cell.data_type = "s"
    wb.save(hostile)
    result = ex.commit_import(workspace, [hostile])
    assert [(p.row, p.code) for p in result.rejected] == [(3, "bad_office_code"), (3, "bad_office_code")]
    assert result.inserted == len(PAYLOADS) - 1
    written = {
        "export": tmp_path / "export.xlsx",
        "report": tmp_path / "report.xlsx",
        "template": tmp_path / "template.xlsx",
    }
    ex.export_workbook(workspace, written["export"])
    ex.write_report(workspace, written["report"], None, None, "kk")
    ex.write_template(written["template"], "kk")
    for kind, path in written.items():
        assert formula_cells(path) == [], kind
    back = make_workspace("SHY-01", "KZ-79")
    again = ex.commit_import(back, [written["export"]])
    assert not again.rejected
    arrived = sorted(r.notes for r in back.store.records.iter_records() if r.office == "AST-01")
    assert arrived == sorted(PAYLOADS[1:])


def test_the_report_shows_an_imported_formula_office_code_as_text(workspace, tmp_path):
    """An office code `=1+1` can only come from a file, and the import refuses it; the report writer
    must still never let one through (the one text-cell writer is used for every cell)."""
    from openpyxl import Workbook

    from fieldapp.exchange.cells import put, text_cell

    wb = Workbook()
    put(wb.active, 1, 1, "=1+1")
    put(wb.active, 1, 2, "#DIV/0!")
    wo = Workbook(write_only=True)
    ws = wo.create_sheet("x")
    ws.append([text_cell(ws, '=HYPERLINK("http://x")'), text_cell(ws, "#N/A")])
    wb.save(tmp_path / "a.xlsx")
    wo.save(tmp_path / "b.xlsx")
    assert formula_cells(tmp_path / "a.xlsx") == formula_cells(tmp_path / "b.xlsx") == []
    assert load_workbook(tmp_path / "a.xlsx")["Sheet"]["A1"].value == "=1+1"


# -- 8. formulas found by their element ------------------------------------------------------------


def test_formula_cells_without_a_reference_or_with_a_lower_case_one_are_found(
    make_workspace, exported, tmp_path, reader
):
    notes = column_of(exported, "#description")

    def edit(data: bytes) -> bytes:
        data = set_cell_xml(data, f"{notes}3", '<c t="str"><f>"typed"</f><v>typed</v></c>')
        return set_cell_xml(data, f"{notes}4", f'<c r="{notes.lower()}4" t="str"><f>"low"</f><v>low</v></c>')

    path = rewrite_part(exported, tmp_path / "formulas.xlsx", SHEET, edit)
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert [(p.row, p.field, p.code) for p in sorted(result.rejected, key=lambda p: p.row)] == [
        (3, "notes", "formula"),
        (4, "notes", "formula"),
    ]
    assert result.inserted == 1


# -- 9. the reader is chosen by the rows really there -----------------------------------------------


def test_a_small_file_padded_to_a_far_row_is_read_by_the_fast_reader(make_workspace, exported, tmp_path):
    from fieldapp.exchange.reader import open_workbook

    def edit(data: bytes) -> bytes:
        far = b'<row r="300000"><c r="AF300000" t="inlineStr"><is><t>x</t></is></c></row>'
        junk = b"<extLst>" + b"<v>1</v>" * 1_500_000 + b"</extLst>"  # 12 MB of values no reader shows
        data = data.replace(b"</sheetData>", far + b"</sheetData>")
        return data.replace(b"</worksheet>", junk + b"</worksheet>")

    path = rewrite_part(exported, tmp_path / "padded.xlsx", SHEET, edit)
    assert path.stat().st_size < 100_000
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(make_workspace(), [path])
    assert e.value.code == "mostly_empty_sheet"

    def near(data: bytes) -> bytes:  # the same padding without the far row: read fast, all rows in
        junk = b"<extLst>" + b"<v>1</v>" * 600_000 + b"</extLst>"
        return data.replace(b"</worksheet>", junk + b"</worksheet>")

    path = rewrite_part(exported, tmp_path / "near.xlsx", SHEET, near)
    opened = open_workbook(path)
    try:
        assert isinstance(opened.book, backends.SlicedBackend)
    finally:
        opened.close()
    assert ex.commit_import(make_workspace(), [path]).inserted == 3


# -- 11. rows past the declared dimension ---------------------------------------------------------


def test_rows_beyond_the_declared_dimension_are_read_on_both_readers(
    make_workspace, exported, tmp_path, reader
):
    def edit(data: bytes) -> bytes:
        data = re.sub(rb"<dimension[^>]*/>", b"", data)
        return re.sub(rb"(<sheetViews>)", b'<dimension ref="A1:F3"/>\\1', data, count=1)

    path = rewrite_part(exported, tmp_path / "dimension.xlsx", SHEET, edit)
    assert b'<dimension ref="A1:F3"/>' in zipfile.ZipFile(path).read(SHEET)
    result = ex.commit_import(make_workspace(), [path])
    assert (result.inserted, result.rejected_rows) == (3, 0)


# -- 10. the command line: undo dry run, undo with files, JSON errors --------------------------------


def fieldapp(home, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", str(home.home), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def database_bytes(home) -> dict[str, bytes]:
    """The database and its WAL/SHM files, byte for byte (what 'writes nothing' means)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(home.home.rglob("*.sqlite*")) + sorted(home.home.rglob("*.db*"))
    }


@pytest.mark.sqlite_only  # compares the database file's bytes
def test_undo_last_dry_run_writes_nothing_and_says_what_it_would_undo(
    home, workspace, make_workspace, tmp_path
):
    other = make_workspace()
    other.records.create(make_activity(office="AST-01"))
    path = tmp_path / "other.xlsx"
    ex.export_workbook(other, path)
    ex.commit_import(workspace, [path])
    workspace.close()
    before = database_bytes(home)
    assert before
    proc = fieldapp(home, "import", "--undo-last", "--dry-run", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out == {"undone": False, "dry_run": True, "removed": 1, "restored": 0}
    assert database_bytes(home) == before
    proc = fieldapp(home, "import", "--undo-last")
    assert (proc.returncode, proc.stdout.strip()) == (0, "undone: removed 1, restored 0")


def test_undo_last_with_files_is_a_usage_error(home, workspace, exported):
    before = snapshot(workspace)
    proc = fieldapp(home, "import", "--undo-last", str(exported))
    assert proc.returncode == 2
    assert "--undo-last" in proc.stderr and "Traceback" not in proc.stderr
    assert snapshot(workspace) == before


def test_import_json_on_an_unusable_file_prints_a_json_error(home, workspace, tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    proc = fieldapp(home, "import", "--json", str(bad))
    assert proc.returncode == 2
    err = json.loads(proc.stdout)
    assert err["error"] == "not_a_zip" and err["file"] == "notes.xlsx" and err["message"]
    proc = fieldapp(home, "import", "--json", str(tmp_path / "missing.xlsx"))
    assert (proc.returncode, json.loads(proc.stdout)["error"]) == (2, "not_found")
    proc = fieldapp(home, "import", "--undo-last", "--json")
    assert (proc.returncode, json.loads(proc.stdout)["error"]) == (2, "nothing_to_undo")


def test_characters_no_workbook_can_carry_are_refused_at_entry_with_a_reason(workspace):
    from fieldapp.domain.errors import ValidationFailed

    for bad in ("a\uffffb", "\ufffe", "lone \ud800 surrogate"):
        with pytest.raises(ValidationFailed) as e:
            workspace.records.create(make_activity(notes=bad))
        assert [(i.code, i.field) for i in e.value.issues if i.is_error] == [
            ("unsupported_character", "notes")
        ]
    assert list(workspace.store.records.iter_records()) == []


def test_import_json_works_on_a_russian_windows_console(home, workspace, exported, tmp_path):
    """cp1251 has no Kazakh letters: the JSON escapes them instead of ending in an internal error."""
    import os

    bad = tmp_path / "Қазақ есебі.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1251"}
    for args, status in ((["--json", str(bad)], 2), (["--json", "--dry-run", str(exported)], 0)):
        proc = subprocess.run(
            [sys.executable, "-m", "fieldapp", "--home", str(home.home), "import", *args],
            capture_output=True,
            timeout=120,
            env=env,
        )
        assert proc.returncode == status, proc.stderr.decode("cp1251", "replace")
        data = json.loads(proc.stdout.decode("cp1251"))
        assert data.get("file", "Қазақ есебі.xlsx") == "Қазақ есебі.xlsx" or "files" in data


def test_a_number_cell_holding_nan_or_inf_rejects_its_row_on_both_readers(
    make_workspace, exported, tmp_path, reader
):
    col = column_of(exported, "#reached+ind")
    notes = column_of(exported, "#description")

    def edit(data: bytes) -> bytes:
        data = set_cell_xml(data, f"{col}3", f'<c r="{col}3"><v>NaN</v></c>')
        return set_cell_xml(data, f"{notes}4", f'<c r="{notes}4" t="n"><v>Infinity</v></c>')

    path = rewrite_part(exported, tmp_path / "nan.xlsx", SHEET, edit)
    result = ex.commit_import(make_workspace(), [path])
    assert [(p.row, p.field, p.code, p.value) for p in sorted(result.rejected, key=lambda p: p.row)] == [
        (3, "people_reached", "not_an_integer", "nan"),
        (4, "notes", "error_cell", "inf"),
    ]
    assert result.inserted == 1


@pytest.mark.parametrize("count", ["²", "inf", "1e308", "-1", "٣"])
def test_an_odd_record_count_in_metadata_never_crashes_the_import(make_workspace, exported, tmp_path, count):
    wb = load_workbook(exported)
    for row in wb["Metadata"].iter_rows():
        if row[0].value == "record_count":
            row[1].value = count
    path = tmp_path / "count.xlsx"
    wb.save(path)
    result = ex.commit_import(make_workspace(), [path])
    assert result.inserted == 3
