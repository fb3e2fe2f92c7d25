"""A text cell that names its shared string by something other than a whole number (`<v>abc</v>`,
' 5', '3.0', '-1', empty) was read by calamine as the table's first string and stored as the record's
text with exit 0 (outside tester). The file is refused as damaged, by every reader, with nothing stored;
a file whose indexes are numbers imports as before."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.exchange import backends
from fieldapp.exchange import problems as p
from fieldapp.services import exchange as ex
from tests.exchange import test_sliced_reader as base
from tests.exchange.conftest import snapshot

source, target = base.source, base.target  # the same fixtures
_INLINE = re.compile(rb'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is><t>([^<]*)</t></is></c>')


def shared_strings_copy(src: Path, dst: Path, index_of_row_20: bytes | None = None) -> Path:
    """`src` with every inline text as a shared string (as Excel saves it); with `index_of_row_20`,
    the entered-by cell of row 20 names that index instead of its own."""
    with zipfile.ZipFile(src) as zin:
        sheet = zin.read("xl/worksheets/sheet1.xml")
        table: list[bytes] = []
        where: dict[bytes, int] = {}

        def shared(m: re.Match) -> bytes:
            text = m.group(2)
            if text not in where:
                where[text] = len(table)
                table.append(text)
            return m.group(1) + b' t="s"><v>%d</v></c>' % where[text]

        sheet = _INLINE.sub(shared, sheet)
        if index_of_row_20 is not None:
            sheet, n = re.subn(
                rb'(<c r="W20" t="s"><v>)\d+(</v>)', rb"\g<1>" + index_of_row_20 + rb"\g<2>", sheet
            )
            assert n == 1
        sst = (
            b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main">' + b"".join(b"<si><t>" + t + b"</t></si>" for t in table) + b"</sst>"
        )
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename == "xl/worksheets/sheet1.xml":
                    data = sheet
                elif info.filename == "[Content_Types].xml":
                    data = data.replace(
                        b"</Types>",
                        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                        b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                    )
                elif info.filename == "xl/_rels/workbook.xml.rels":
                    data = data.replace(
                        b"</Relationships>",
                        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
                    )
                z.writestr(info, data)
            z.writestr("xl/sharedStrings.xml", sst)
    return dst


READERS = ["auto", "calamine", "streaming"]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("index", [b"abc", b" 5", b"3.0", b"-1", b"", b"99999999999999999999"])
def test_a_shared_string_index_that_is_not_a_number_refuses_the_file(
    source, tmp_path, monkeypatch, target, reader, index
):
    monkeypatch.setattr(backends, "READER", reader)
    monkeypatch.setattr(backends, "SLICE_BYTES", 3000)
    path = shared_strings_copy(source, tmp_path / "bad.xlsx", index)
    before = snapshot(target)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [path])
    assert e.value.code == p.UNREADABLE_VALUE
    assert snapshot(target) == before


@pytest.mark.parametrize("reader", READERS)
def test_a_file_saved_with_shared_strings_imports_as_the_original(
    source, tmp_path, monkeypatch, target, reader
):
    monkeypatch.setattr(backends, "READER", reader)
    monkeypatch.setattr(backends, "SLICE_BYTES", 3000)
    path = shared_strings_copy(source, tmp_path / "shared.xlsx")
    result = ex.commit_import(target, [path])
    assert result.files[0].inserted == 40 and not result.files[0].rejected


# -- the quick proof beside the full pattern ----------------------------------------------------------
# `refuse_bad_shared_index` first tries three literal searches (a file as Excel writes it passes in
# ~0.2 s per 100,000 rows instead of the full pattern's ~2 s); they may only ever skip the full pattern
# where it finds nothing.

_INDEXES = st.sampled_from(
    [b"0", b"12", b"1234567890", b"12345678901", b"", b" 5", b"5 ", b"3.0", b"-1", b"abc", b"\xd9\xa3"]
)
_CELLS = [
    b'<c r="A1" t="s"><v>%s</v></c>',
    b"<c r='A1' t='s'><v>%s</v></c>",
    b'<c r="A1" t = "s"><v>%s</v></c>',
    b'<c r="A1" t="s\'><v>%s</v></c>',
    b'<c t="s" r="A1"><v>%s</v></c>',
    b'<c r="A1" t="s" s="3"><v>%s</v></c>',
    b'<x:c r="A1" t="s"><x:v>%s</x:v></x:c>',
    b'<c r="A1" t="s"> <v >%s</v></c>',
    b'<c r="A1" a="x>y" t="s"><v>%s</v></c>',
    b'<c r="A1" t="n"><v>%s</v></c>',
    b'<c r="A1" t="inlineStr"><is><t>t="s"&gt;&lt;v&gt;%s</t></is></c>',
    b'<c r="A1" t="inlineStr"><is><t>a="s"><v>%s</t></is></c>',
    b'<c r="A1" t="s"/><v>%s</v>',
    b'<c r="A1" xt="s"><v>%s</v></c>',
]
_CELL = st.builds(lambda form, index: form % index, st.sampled_from(_CELLS), _INDEXES)


@given(st.lists(_CELL, max_size=6))
def test_the_quick_proof_never_passes_a_row_the_full_pattern_refuses(cells):
    xml = b'<row r="1">' + b"".join(cells) + b"</row>"
    refused_by_pattern = backends._BAD_SHARED_INDEX.search(xml) is not None
    try:
        backends.refuse_bad_shared_index("f.xlsx", xml)
        refused = False
    except p.UnusableWorkbook as e:
        assert e.code == p.UNREADABLE_VALUE
        refused = True
    assert refused is refused_by_pattern


@pytest.mark.parametrize("reader", ["calamine", "streaming"])
@pytest.mark.parametrize("chunk", [61, 97, 1000, 4099])
def test_a_sheet_checked_whole_is_not_refused_where_a_chunk_cuts_a_cell(
    source, tmp_path, monkeypatch, target, reader, chunk
):
    """A sheet read whole is checked in chunks of READ_CHUNK bytes (1 MB): a chunk that ended inside
    a shared-string cell's `<v>8707` read as an index that is not a number, and a good file of more
    than ~1,000 rows saved by Excel (too large to slice) was refused as damaged."""
    monkeypatch.setattr(backends, "READER", reader)
    monkeypatch.setattr(backends, "READ_CHUNK", chunk)
    path = shared_strings_copy(source, tmp_path / "shared.xlsx")
    result = ex.commit_import(target, [path])
    assert result.files[0].inserted == 40 and not result.files[0].rejected


@pytest.mark.parametrize("cut", [b"<v>", b"<v>87", b"<v>1234567890"])
def test_a_chunk_ending_inside_a_whole_number_leaves_it_to_the_next_chunk(cut):
    backends.refuse_bad_shared_index("f.xlsx", b'<row r="1"><c r="A1" t="s">' + cut)


@pytest.mark.parametrize(
    "cut", [b"<v>abc", b"<v> 5", b"<v>3.0", b"<v>-1", b"<v>12345678901", b"<v>7" + b"x" * 5000]
)
def test_a_chunk_ending_inside_a_value_that_is_no_whole_number_is_refused_at_once(cut):
    with pytest.raises(p.UnusableWorkbook):
        backends.refuse_bad_shared_index("f.xlsx", b'<row r="1"><c r="A1" t="s">' + cut)
