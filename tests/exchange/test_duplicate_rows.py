"""Two `<row>` elements with the same number (a damaged or hand-edited file): every reader places cells by
their reference, so one row's cells overwrite the other's — a record lost, or a chimera of two records.
The import refuses the file, says which rows, and changes nothing (left alone at the last stop: it dropped a
record with exit 0)."""

from __future__ import annotations

import re

import pytest

from fieldapp.exchange import problems as p
from fieldapp.services import exchange as ex
from tests.exchange import test_sliced_reader as base
from tests.exchange.conftest import snapshot

source, target = base.source, base.target  # the same fixtures (an export of 40 demo records)


def renumber(xml: bytes, old: int, new: int) -> bytes:
    """Row `old` (and its cells' references) numbered `new`."""

    def one(m: re.Match) -> bytes:
        row = m.group(0)
        row = row.replace(f'<row r="{old}"'.encode(), f'<row r="{new}"'.encode(), 1)
        cell = rb'(<c r="[A-Z]+)' + str(old).encode() + rb'"'
        return re.sub(cell, rb"\g<1>" + str(new).encode() + b'"', row)

    return re.sub(rb'<row r="' + str(old).encode() + rb'".*?</row>', one, xml, count=1, flags=re.S)


def swap_rows(xml: bytes, a: int, b: int) -> bytes:
    """Rows `a` and `b` written in each other's place (out of order, numbers unchanged)."""
    ra = re.search(rb'<row r="' + str(a).encode() + rb'".*?</row>', xml, re.S)
    rb_ = re.search(rb'<row r="' + str(b).encode() + rb'".*?</row>', xml, re.S)
    first, second = sorted([ra, rb_], key=lambda m: m.start())
    return (xml[: first.start()] + second.group(0) + xml[first.end() : second.start()] + first.group(0)
            + xml[second.end() :])  # fmt: skip


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda x: renumber(x, 6, 5), id="next-to-each-other"),
        pytest.param(lambda x: swap_rows(renumber(x, 30, 5), 8, 12), id="far-apart-out-of-order"),
        pytest.param(lambda x: renumber(x, 41, 2), id="the-last-row-as-the-first"),
    ],
)
def test_two_rows_with_one_number_refuse_the_file_and_change_nothing(source, target, tmp_path, edit):
    path = base.rewrite_sheet(source, tmp_path / "dup.xlsx", edit)
    before = snapshot(target)
    with pytest.raises(p.UnusableWorkbook) as refused:
        ex.commit_import(target, [path])
    assert "two rows numbered" in str(refused.value), refused.value
    assert snapshot(target) == before


def test_rows_out_of_order_without_a_repeated_number_still_import(source, target, tmp_path):
    path = base.rewrite_sheet(source, tmp_path / "swapped.xlsx", lambda x: swap_rows(x, 8, 12))
    result = ex.commit_import(target, [path])
    assert result.inserted == 40


def test_a_row_number_inside_cdata_text_is_no_row(source, target, tmp_path):
    """A CDATA section holding `<row r="1">` text (rows read whole) does not look like a second row 1."""

    def edit(xml: bytes) -> bytes:
        return swap_rows(xml, 8, 12).replace(b"<t>", b"<t><![CDATA[x</row><row r='1'>]]>", 1)

    path = base.rewrite_sheet(source, tmp_path / "cdata.xlsx", edit)
    assert b"CDATA" in __import__("zipfile").ZipFile(path).read(base.SHEET)
    ex.commit_import(target, [path])  # no refusal: what the rows say is the readers' to decide


MAIN_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def prefixed_copy_of(xml: bytes, n: int) -> bytes:
    """A second row `n` spelled `<x:row>` (x bound to the main namespace) after the first."""
    xml = xml.replace(
        MAIN_NS, MAIN_NS + b' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 1
    )
    m = re.search(rb'<row r="' + str(n).encode() + rb'".*?</row>', xml, re.S)
    copy = m.group(0).replace(b"<row ", b"<x:row ").replace(b"</row>", b"</x:row>")
    return xml[: m.end()] + copy + xml[m.end() :]


def cells_named_for(xml: bytes, row: int, named: int) -> bytes:
    """Row `row`'s cells written with references naming row `named`."""
    m = re.search(rb'<row r="' + str(row).encode() + rb'".*?</row>', xml, re.S)
    body = re.sub(
        rb'(<c r="[A-Z]+)' + str(row).encode() + rb'"', rb"\g<1>" + str(named).encode() + b'"', m.group(0)
    )
    return xml[: m.start()] + body + xml[m.end() :]


def stray_cell(xml: bytes) -> bytes:
    """One more row at the end holding a single cell that names row 5."""
    k = xml.rfind(b"</row>") + 6
    return xml[:k] + b'<row r="300"><c r="O5" t="n"><v>999</v></c></row>' + xml[k:]


@pytest.mark.parametrize(
    "edit, says",
    [
        pytest.param(lambda x: prefixed_copy_of(x, 5), "two rows numbered 5", id="prefixed-second-row"),
        pytest.param(lambda x: cells_named_for(x, 6, 5), "row 6", id="a-rows-cells-named-for-another"),
        pytest.param(stray_cell, "row 300", id="a-stray-cell-naming-row-5"),
    ],
)
def test_cells_that_would_land_on_another_row_refuse_the_file(source, target, tmp_path, edit, says):
    """Found by the outside tester: each lost a record or stored another row's value, with exit 0."""
    path = base.rewrite_sheet(source, tmp_path / "odd.xlsx", edit)
    before = snapshot(target)
    with pytest.raises(p.UnusableWorkbook) as refused:
        ex.commit_import(target, [path])
    assert says in str(refused.value), refused.value
    assert snapshot(target) == before


def test_a_row_number_in_cdata_text_does_not_stretch_the_sheet(source, target, tmp_path):
    """`<row r="99999">` inside a CDATA text was taken for the sheet's last row: the file was refused as
    'spans 99,999 rows but holds only … values' (outside tester)."""

    def edit(xml: bytes) -> bytes:
        m = re.search(rb'<row r="38".*?</row>', xml, re.S)
        row = m.group(0).replace(b"<t>", b'<t><![CDATA[a</row><row r="99999">]]>', 1)
        return xml[: m.start()] + row + xml[m.end() :]

    path = base.rewrite_sheet(source, tmp_path / "cdata-far.xlsx", edit)
    result = ex.commit_import(target, [path])
    # read, not refused: row 38's first text (its record ID) now holds the CDATA's text, so that row alone
    # is rejected for its ID
    assert result.inserted == 39
    assert [(r.row, r.column, r.code) for r in result.rejected] == [(38, "A", "bad_uuid")]


def _row_span(xml: bytes, n: int) -> re.Match:
    return re.search(rb'<row r="' + str(n).encode() + rb'".*?</row>', xml, re.S)


def cells_renamed(xml: bytes, row: int, make) -> bytes:
    """Row `row`'s cell start tags rewritten by `make(letters)`."""
    m = _row_span(xml, row)
    body = re.sub(rb'<c r="([A-Z]+)' + str(row).encode() + rb'"', lambda c: make(c.group(1)), m.group(0))
    return xml[: m.start()] + body + xml[m.end() :]


def row_without_refs(xml: bytes, row: int, start_tag: bytes) -> bytes:
    """Row `row` written with another start tag and its cells without references."""
    m = _row_span(xml, row)
    body = re.sub(rb'<c r="[A-Z]+[0-9]+"', b"<c", m.group(0))
    body = re.sub(rb"^<row [^>]*>", start_tag.replace(b"\\", b"\\\\"), body)
    return xml[: m.start()] + body + xml[m.end() :]


def with_main_prefix(xml: bytes) -> bytes:
    return xml.replace(
        MAIN_NS, MAIN_NS + b' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 1
    )


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            lambda x: cells_renamed(x, 6, lambda c: b'<c x="a>b" r="' + c + b'5"'), id="gt-in-a-value"
        ),
        pytest.param(
            lambda x: cells_renamed(x, 6, lambda c: b"<c x='>' r='" + c + b"5'"), id="gt-single-quotes"
        ),
        pytest.param(
            lambda x: cells_renamed(x, 6, lambda c: b'<c r="' + c + b'0000000005"'), id="ten-digit-ref"
        ),
        pytest.param(lambda x: row_without_refs(x, 6, b'<row x="a>b" r="5">'), id="row-gt-in-a-value"),
        pytest.param(lambda x: row_without_refs(x, 6, b'<row r="0000000005">'), id="row-ten-digits"),
        pytest.param(lambda x: with_main_prefix(_prefixed_cells(x, 6, 5)), id="prefixed-cells-sliced"),
    ],
)
def test_second_check_spellings_that_lost_row_5_are_refused(source, target, tmp_path, edit):
    """An outside tester's re-check: each of these lost row 5's record (or blended rows 5 and 6)."""
    path = base.rewrite_sheet(source, tmp_path / "odd.xlsx", edit)
    before = snapshot(target)
    with pytest.raises(p.UnusableWorkbook, match=r"two rows numbered 5|inside row 6"):
        ex.commit_import(target, [path])
    assert snapshot(target) == before


def _prefixed_cells(xml: bytes, row: int, named: int) -> bytes:
    """Row `row`'s cells written `<x:c r="…named">…</x:c>`."""
    m = _row_span(xml, row)
    body = re.sub(
        rb'<c r="([A-Z]+)' + str(row).encode() + rb'"',
        rb'<x:c r="\g<1>' + str(named).encode() + b'"',
        m.group(0),
    )
    body = body.replace(b"</c>", b"</x:c>")
    return xml[: m.start()] + body + xml[m.end() :]


def test_repeated_empty_rows_lose_nothing_and_import(source, target, tmp_path):
    """`<row r="50"/>` twice holds no cell: nothing can be lost, the file imports as before."""

    def edit(xml: bytes) -> bytes:
        k = xml.rfind(b"</row>") + 6
        return xml[:k] + b'<row r="50"/><row r="50"/><row r="51"></row><row r="51"></row>' + xml[k:]

    path = base.rewrite_sheet(source, tmp_path / "empty-rows.xlsx", edit)
    assert ex.commit_import(target, [path]).inserted == 40
