"""The import's per-column fast paths (`fast_cells`) give exactly what the general
parsers give — the same value, or the same refusal — for every kind of cell a reader hands over."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.record import MAX_NUMBER
from fieldapp.domain.reference import reference
from fieldapp.exchange import columns as c
from fieldapp.exchange import fast_cells as f
from fieldapp.exchange import rows

REF = reference()
CODES = [k.code for k in REF.kinds] + [t.code for t in REF.target_groups] + [s.code for s in REF.site_types]

texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "\u00a0",
            "1,000",
            "10.000",
            "+5",
            "−3",
            "0",
            "1",
            "yes",
            "да",
            "жоқ",
            "2020-04-20",
            "20/04/2020",
            "04/05/2020",
            "2020-04-20T10:00:00.000Z",
            "ALA-01",
            "ala-01",
            "KZ-75",
            "6F1C4A52-2B7E-4F8E-9A51-0C1D2E3F4A5B",
            "6f1c4a52-2b7e-4f8e-9a51-0c1d2e3f4a5b",
            " 6f1c4a52-2b7e-4f8e-9a51-0c1d2e3f4a5b",
            "[]",
            "nan",
            "1e3",
        ]
    ),
    st.lists(
        st.sampled_from([*CODES, "", "Беженцы", "unknown_code", "Дети, затронутые миграцией"]), max_size=4
    ).map(lambda xs: " ".join(xs)),
    st.sampled_from(CODES),
    st.sampled_from(
        [
            '{"d":{"dev":[1,"ALA-01"]},"s":{"*":[1,"dev",1587376800000]}}',
            '{"d":{},"s":{}}',
            '{"d":{"dev":[1,"ALA-01"]},"s":{"*":[1,"dev",1],"kind":[2,"x",5]}}',
            "{",
            " ",
        ]
    ),
)
numbers = st.one_of(
    st.integers(min_value=-(10**18), max_value=10**18),
    st.sampled_from(
        [
            0,
            1,
            -1,
            MAX_NUMBER,
            MAX_NUMBER + 1,
            -MAX_NUMBER,
            2,
            0.0,
            -0.0,
            1.0,
            0.5,
            1e15,
            1e16,
            float(MAX_NUMBER),
            math.nan,
            math.inf,
            -math.inf,
            3.0,
        ]
    ),
    st.floats(allow_nan=True, allow_infinity=True),
)
cells = st.one_of(
    st.none(),
    st.booleans(),
    numbers,
    texts,
    st.dates(min_value=date(1, 1, 1)),
    st.datetimes(min_value=datetime(1, 1, 1)),
)


def outcome(parse, value):
    try:
        got = parse(value)
    except c.CellError as e:
        return ("refused", e.code)
    return ("value", type(got), got)


PAIRS = [
    (f.fast_text, c.parse_text),
    (f.fast_int, c.parse_int),
    (f.fast_version, c.parse_version),
    (f.fast_date, c.parse_date),
    (f.fast_bool, c.parse_bool),
    (f.fast_uuid, c.parse_uuid),
    (f.fast_conflicts, c.parse_conflicts),
    (rows._stamps, c.parse_stamps),
    (f.remembered(c.parse_office, size=4), c.parse_office),
    (f.fast_code(REF.kinds, REF), lambda v: c.parse_code(REF.kinds, v, REF)),
    (f.fast_code(REF.site_types, REF), lambda v: c.parse_code(REF.site_types, v, REF)),
    (f.remembered(f.fast_codes(REF.target_groups, REF)), lambda v: c.parse_codes(REF.target_groups, v, REF)),
]


@pytest.mark.parametrize("fast, general", PAIRS, ids=[f.__name__ for f, _ in PAIRS])
@settings(max_examples=400, deadline=None)
@given(value=cells)
def test_a_fast_path_answers_as_its_parser(fast, general, value):
    first = outcome(fast, value)
    assert first == outcome(general, value) or _both_nan(first, outcome(general, value))
    assert outcome(fast, value) == first  # a remembered answer is the same answer


def _both_nan(a, b) -> bool:
    return a[0] == b[0] == "value" and a[2] != a[2] and b[2] != b[2]


def _canonical_as_specified(value) -> str:
    """The checksum's text of a cell as docs/exchange-format.md states it (the general form)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@settings(max_examples=800, deadline=None)
@given(value=cells)
def test_a_cell_s_checksum_text_is_the_specified_one(value):
    assert c.canonical_text(value) == _canonical_as_specified(value)
