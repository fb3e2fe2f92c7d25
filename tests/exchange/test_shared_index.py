"""A text cell that names its shared string by something other than a whole number (`<v>abc</v>`,
' 5', '3.0', '-1', empty) was read by calamine as the table's first string and stored as the record's
text with exit 0 (outside tester). The file is refused as damaged, by every reader, with nothing stored;
a file whose indexes are numbers imports as before."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

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
