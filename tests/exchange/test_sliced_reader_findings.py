"""An outside tester's crafted workbooks (issue 16 goal 2): on each, the sliced reader gives what the
whole-sheet reader gives, hands the sheet to it, or refuses the file as it would — never other values."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.exchange import backends, guard
from fieldapp.paths import Paths
from fieldapp.services import exchange as ex
from fieldapp.services import installation
from fieldapp.services.workspace import Workspace
from tests.exchange import test_sliced_reader as base
from tests.exchange.conftest import snapshot

source, target = base.source, base.target  # the same fixtures
both_readers, rewrite_sheet = base.both_readers, base.rewrite_sheet
LO_EDITED = Path(__file__).parents[1] / "fixtures" / "lo_edited.xlsx"
RELS = "xl/_rels/workbook.xml.rels"
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def rewrite_part(src: Path, dst: Path, part: str, edit) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, edit(data) if item.filename == part else data)
    return dst


def _mac(source: Path, tmp_path: Path) -> Path:
    wb = load_workbook(source)
    wb.epoch = __import__("openpyxl").utils.datetime.CALENDAR_MAC_1904
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    return path


def test_a_commented_out_1904_date_system_is_not_taken(source, tmp_path, monkeypatch):
    monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
    path = rewrite_part(
        source,
        tmp_path / "c.xlsx",
        "xl/workbook.xml",
        lambda d: re.sub(rb"<workbookPr\b", b'<!-- <workbookPr date1904="1"/> --><workbookPr', d, count=1),
    )
    with zipfile.ZipFile(path) as z:
        assert b'<!-- <workbookPr date1904="1"/> -->' in z.read("xl/workbook.xml")
    sliced, whole = both_readers(path)
    assert sliced == whole


def test_a_commented_out_1900_date_system_does_not_hide_the_1904_one(source, tmp_path, monkeypatch):
    monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
    path = rewrite_part(
        _mac(source, tmp_path),
        tmp_path / "c.xlsx",
        "xl/workbook.xml",
        lambda d: re.sub(rb"<workbookPr\b", b"<!-- <workbookPr/> --><workbookPr", d, count=1),
    )
    with zipfile.ZipFile(path) as z:
        assert b"<!-- <workbookPr/> --><workbookPr" in z.read("xl/workbook.xml")
    sliced, whole = both_readers(path)
    assert sliced == whole


def test_a_commented_out_relationship_is_not_taken(tmp_path, monkeypatch):
    """The shared strings named in a comment of the relationships are not the file's table."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    monkeypatch.setattr(backends, "SHARED_STRINGS_FACTOR", 0)

    def edit(d: bytes) -> bytes:
        return d.replace(
            b"<Relationship ",
            b'<!-- <Relationship Id="rX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/sharedStrings" Target="worksheets/sheet2.xml"/> --><Relationship ',
            1,
        )

    path = rewrite_part(LO_EDITED, tmp_path / "r.xlsx", RELS, edit)
    sliced, whole = both_readers(path)
    assert sliced == whole


@pytest.mark.parametrize("cut", [b'<row r="20"', b'<c r="C20"'])
def test_a_sheet_cut_short_is_refused_before_any_row(source, tmp_path, monkeypatch, target, cut):
    """Truncated after a `</row>` (or inside a row): the whole-sheet reader refuses it; so does the
    import, with nothing merged."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    path = rewrite_sheet(source, tmp_path / "short.xlsx", lambda d: d[: d.find(cut)])
    before = snapshot(target)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [path])
    assert e.value.code == "unreadable_value"
    assert snapshot(target) == before
    monkeypatch.setattr(backends, "READER", "calamine")
    again = Workspace(Paths(tmp_path / "again"))
    try:
        installation.configure(again.store, "AST-01", "Astana office", "KZ-71", "ru", role="coordinator")
        with pytest.raises(ex.UnusableWorkbook) as reference:
            ex.commit_import(again, [path])
        assert reference.value.code == e.value.code
    finally:
        again.close()


def test_shared_strings_missing_from_the_relationships_are_found_at_their_usual_path(tmp_path, monkeypatch):
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    monkeypatch.setattr(backends, "SHARED_STRINGS_FACTOR", 0)
    path = rewrite_part(
        LO_EDITED,
        tmp_path / "noss.xlsx",
        RELS,
        lambda d: re.sub(rb"<Relationship [^>]*sharedStrings[^>]*/>", b"", d),
    )
    with zipfile.ZipFile(path) as z:
        assert b"sharedStrings" not in z.read(RELS) and "xl/sharedStrings.xml" in z.namelist()
    for sheet in guard.inspect(path).sheet_parts:
        sliced, whole = both_readers(path, sheet)
        assert sliced == whole, sheet


@pytest.mark.parametrize("value", [b"1", b"true", b"0", b"false", b"TRUE", b" 1"])
def test_the_date_system_reads_as_calamine_reads_it(source, tmp_path, monkeypatch, value):
    monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
    path = rewrite_part(
        source,
        tmp_path / "v.xlsx",
        "xl/workbook.xml",
        lambda d: re.sub(rb"<workbookPr\b", b'<workbookPr date1904="%s"' % value, d, count=1),
    )
    sliced, whole = both_readers(path)
    assert sliced == whole


def test_styles_listed_under_another_name_are_read_as_calamine_reads_them(source, tmp_path, monkeypatch):
    """calamine takes xl/styles.xml whatever the relationships name: moved elsewhere, dates read as
    numbers in the whole sheet, so they do in every slice."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(moved, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == RELS:
                data = data.replace(b'"styles.xml"', b'"st.xml"')
            zout.writestr("xl/st.xml" if item.filename == "xl/styles.xml" else item.filename, data)
    sliced, whole = both_readers(moved)
    assert sliced == whole


@pytest.mark.parametrize(
    "text, sliceable",
    [
        (b"?" * 5000, True),  # text of question marks (a lossy conversion) is no instruction
        (b"?" * 5000 + b"</t></is></c><?x </row>?><c><is><t>", False),
    ],
)
def test_an_instruction_is_found_among_many_question_marks(source, tmp_path, text, sliceable):
    path = rewrite_sheet(source, tmp_path / "q.xlsx", lambda d: d.replace(b"<t>", b"<t>" + text, 3))
    assert guard.inspect(path).sliceable["Activities"] is sliceable


@pytest.mark.parametrize(
    "workbook_pr",
    [
        b'<workbookPr date1904="1"/><workbookPr',
        b'<workbookPr date1904="1"/><workbookPr date1904="0"',
        b'<workbookPr date1904="0"/><workbookPr date1904="1"',
        b'<x:workbookPr xmlns:x="' + MAIN + b'" date1904="1"/><workbookPr',
        b'<workbookPr x:date1904="1" xmlns:x="urn:x"',
        b'<?x <workbookPr date1904="1"/>?><workbookPr',
        b"<workbookPr date1904 = '1'",
    ],
)
def test_odd_date_system_declarations_read_as_calamine_reads_them(source, tmp_path, monkeypatch, workbook_pr):
    monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
    path = rewrite_part(
        source,
        tmp_path / "w.xlsx",
        "xl/workbook.xml",
        lambda d: re.sub(rb"<workbookPr\b", workbook_pr, d, count=1),
    )
    sliced, whole = both_readers(path)
    assert sliced == whole


@pytest.mark.parametrize("value", [b"&#49;", b"&#x31;", b"tru&#101;"])
def test_a_date_system_written_with_a_character_reference_reads_as_calamine_reads_it(
    source, tmp_path, monkeypatch, value
):
    """calamine compares date1904's text as written (it read `&#49;` as no 1904 system, as the previous
    release did); an XML parser would read 1: such a workbook goes to the whole-sheet reader."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 2000)
    path = rewrite_part(
        source,
        tmp_path / "ref.xlsx",
        "xl/workbook.xml",
        lambda d: re.sub(rb"<workbookPr\b", b'<workbookPr date1904="%s"' % value, d, count=1),
    )
    chosen = backends.open_backend(path, guard.inspect(path))
    whole = backends.CalamineBackend(path)
    try:
        assert base.normalised(chosen.rows("Activities")) == base.normalised(whole.rows("Activities"))
    finally:
        chosen.close()
        whole.close()


def test_shared_strings_stored_under_a_backslash_path_read_as_calamine_reads_them(tmp_path, monkeypatch):
    """Some Windows zip tools store `xl\\sharedStrings.xml`; calamine finds it, so every slice does."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    monkeypatch.setattr(backends, "SHARED_STRINGS_FACTOR", 0)
    path = tmp_path / "backslash.xlsx"
    with zipfile.ZipFile(LO_EDITED) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            name = "xl\\sharedStrings.xml" if item.filename == "xl/sharedStrings.xml" else item.filename
            zout.writestr(name, zin.read(item.filename))
    for sheet in guard.inspect(path).sheet_parts:
        sliced, whole = both_readers(path, sheet)
        assert sliced == whole, sheet
