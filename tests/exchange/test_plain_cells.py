"""A row is "plain" when no cell could read as another value with the same checksum text (booleans,
NaN and infinities, text over Excel's cell limit): only plain rows may be counted unchanged from their
cells, or keep a row digest. The quick test must say exactly what the rule says, for any row."""

from __future__ import annotations

import math
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from fieldapp.exchange import problems as p
from fieldapp.exchange.incoming import Incoming


def _rule(values) -> bool:
    for v in values:
        if isinstance(v, bool):
            return False
        if isinstance(v, float) and not math.isfinite(v):
            return False
        if isinstance(v, str) and len(v) > p.EXCEL_CELL_LIMIT:
            return False
    return True


_cell = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.sampled_from(
        ["x" * p.EXCEL_CELL_LIMIT, "x" * (p.EXCEL_CELL_LIMIT + 1), "я" * (p.EXCEL_CELL_LIMIT + 1)]
    ),
    st.dates(),
    st.datetimes(),
)


@given(st.lists(_cell, max_size=40))
def test_a_row_is_plain_exactly_when_the_rule_says(values):
    assert Incoming._plain(values) is _rule(values)


def test_the_cells_an_export_holds_are_plain_and_each_odd_cell_is_not():
    row = ["a" * 100, 1.0, 0.0, -3.5, 7, "", None, date(2020, 1, 2), datetime(2020, 1, 2, 3, 4)]
    assert Incoming._plain(row)
    for odd in (True, False, math.nan, math.inf, -math.inf, "é" * (p.EXCEL_CELL_LIMIT + 1)):
        assert not Incoming._plain([*row, odd])
        assert not Incoming._plain([odd, *row])


_line_cell = st.one_of(
    st.none(), st.text(max_size=3), st.integers(-5, 5), st.floats(allow_nan=False), st.dates()
)


@given(
    st.lists(st.lists(_line_cell, max_size=8), max_size=6),
    st.lists(st.one_of(st.none(), st.integers(0, 9)), max_size=8),
)
def test_a_rows_checksum_line_is_its_cells_texts_however_wide_the_row(rows, columns):
    """Slices of one sheet come as wide as their widest row (a last column empty throughout a slice is
    missing): the checksum SHA of each row is that of its columns' canonical texts, '' past its end."""
    from fieldapp.exchange.checksum import ContentHash
    from fieldapp.exchange.columns import canonical_text

    def expected(values):
        cells = [values[i] if i is not None and i < len(values) else None for i in columns]
        return ContentHash.row_sha("\x1f".join(canonical_text(v) for v in cells))

    assert Incoming._shas(None, rows, columns) == [expected(v) for v in rows]
