"""The guard's byte scans, made fast, still find exactly what the plain reading of the rule finds.

Reference implementations here are the simple (slow) forms of each rule; the guard must agree with
them for every generated input, including runs and tags cut at chunk boundaries."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.exchange import guard
from fieldapp.exchange import problems as p

LIMIT = p.EXCEL_CELL_LIMIT


def _chars(run: bytes) -> int:
    return len(run.decode("utf-8", "replace"))


def _plain_long_runs(chunk: bytes, carry: int) -> tuple[bool, int]:
    """The rule as first written: split the chunk at every '<' and measure each run."""
    parts = chunk.split(b"<")
    if len(parts) == 1:
        total = carry + _chars(chunk)
        return total > LIMIT, total
    if carry + _chars(parts[0]) > LIMIT:
        return True, 0
    if any(_chars(x) > LIMIT for x in parts[1:-1]):
        return True, 0
    return False, _chars(parts[-1])


def _reference_long(chunks: list[bytes]) -> bool:
    carry, found = 0, False
    for c in chunks:
        if not found:
            found, carry = _plain_long_runs(c, carry)
    return found


def _fast_long(chunks: list[bytes]) -> bool:
    carry, found = 0, False
    for c in chunks:
        if not found:
            found, carry = guard._long_runs(c, carry)
    return found


_piece = st.one_of(
    st.just(b"<"),
    st.integers(0, 40_000).map(lambda n: b"x" * n),
    st.integers(0, 17_000).map(lambda n: "ж".encode() * n),  # 2 bytes, 1 character
    st.binary(max_size=30),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_piece, max_size=12), st.lists(st.integers(1, 90_000), max_size=6))
def test_long_text_found_exactly_as_the_plain_rule(pieces, cuts):
    data = b"".join(pieces)
    chunks, at = [], 0
    for c in sorted(cuts):
        if c > at and c < len(data):
            chunks.append(data[at:c])
            at = c
    chunks.append(data[at:])
    assert _fast_long(chunks) == _reference_long(chunks)


_ROW = re.compile(rb'<(?:\w+:)?row\b[^<>]{0,1024}?\br="([0-9]{1,9})"')
_WIDE = re.compile(rb'<(?:\w+:)?c\b[^<>]{0,1024}?\br="([B-Z][A-Z]|[A-Z]{3})[0-9]')


def _reference_area(part: bytes) -> tuple[int, int]:
    rows = _ROW.findall(part)
    max_row = max([int(r) for r in rows[-8:]] + [int(rows[0])]) if rows else 0
    width = guard.ASSUMED_WIDTH
    for m in _WIDE.finditer(part):
        width = max(width, guard._col_number(m.group(1)))
    return max_row, width


_cols = st.sampled_from(["A", "B", "Z", "AD", "AZ", "BA", "ZZ", "AAA", "XFD"])
_cell = st.builds(lambda c, r, t: f'<c r="{c}{r}"{t}><v>1</v></c>', _cols, st.integers(1, 2000),
                  st.sampled_from(["", ' t="s"', ' s="3"']))  # fmt: skip
_row = st.builds(
    lambda r, sp, cells: f'<row{sp}r="{r}">' + "".join(cells) + "</row>",
    st.integers(1, 10**6),
    st.sampled_from([" ", ' spans="1:30" ', "\n"]),
    st.lists(_cell, max_size=4),
)
_noise = st.sampled_from(['<x r="BZ9"/>', "text r=&quot;ZZ1&quot;", '<row r="x">', "<c>", "<row/>"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_row, _noise), max_size=40))
def test_rows_and_width_found_exactly_as_the_plain_rule(parts):
    part = "".join(parts).encode()
    data = guard._SheetData()
    data.in_data = True
    data._count(part)
    want_row, want_width = _reference_area(part)
    assert (data.max_row, data.width) == (want_row, want_width)
