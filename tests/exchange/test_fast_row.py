"""The straight reader of exported rows (`fast_row`) gives exactly what reading cell by cell gives:
the same record, the same problems and warnings (it hands every row it is not sure of to the
general way), for rows as exported, as re-saved by a spreadsheet, and with any cell changed, on
sheets with any subset and order of columns. The exported-time and edit-stamp fast paths answer as
the general parsers do."""

from __future__ import annotations

import json
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.domain import clock as clocks
from fieldapp.domain.record import MAX_TIMESTAMP, MIN_TIMESTAMP, ms_to_iso
from fieldapp.domain.reference import reference
from fieldapp.exchange import columns as c
from fieldapp.exchange import fast_cells as f
from fieldapp.exchange import rows
from fieldapp.exchange.columns import COLUMNS, formatters
from fieldapp.exchange.reader import Layout, Placed, letter
from tests.conftest import make_activity
from tests.exchange.test_fast_parsers import cells, outcome

REF = reference()
TODAY = date(2026, 11, 30)
NOW = 1_796_000_000_000  # 2026-11-30
DEVICE = "b91d2384-5e4b-475d-b3f6-a75bc6cd5344"
GETTERS = formatters(REF, "ru")


def _record(i: int, stamps: str, **over):
    ms = 1_600_000_000_000 + i * 86_400_000
    rec = make_activity(
        uuid=f"6f1c4a52-2b7e-4f8e-9a51-{i:012d}",
        created_at=ms,
        updated_at=ms + i,
        version=1 + i % 3,
        origin_office="ALA-01",
        origin_device=DEVICE,
        updated_device=DEVICE,
        **over,
    )
    rec.clock = stamps
    return rec


def _exported(i: int, stamps: str, **over) -> list:
    rec = _record(i, stamps, **over)
    return [g(rec) for g in GETTERS]


def _resaved(row: list) -> list:
    out = []
    for v in row:
        if isinstance(v, int) and not isinstance(v, bool):
            v = float(v)
        elif isinstance(v, date) and not isinstance(v, datetime):
            v = datetime(v.year, v.month, v.day)
        elif v is None:
            v = ""
        out.append(v)
    return out


# Around a cell's limit (32,767 characters; a reader cuts longer text to it and the sheet says so).
long_cells = st.sampled_from(
    ["x" * 32_766, "x" * 32_767, "x" * 32_768, " " * 32_767 + "1", "KZ-75" + " " * 32_763]
)
stamp_texts = st.one_of(
    st.just(""),
    st.builds(
        lambda lamport, ms: json.dumps(
            {"d": {DEVICE: [lamport, "ALA-01"]}, "s": {"*": [lamport, DEVICE, ms]}}, separators=(",", ":")
        ),
        st.integers(0, 10**19),
        st.integers(0, 2 * NOW),
    ),
    st.builds(  # a record edited after creation: several stamps, the general parser's form
        lambda ms: clocks.Clock(
            {DEVICE: [3, "ALA-01"], "x": [2, "AST-01"]},
            {"*": (1, DEVICE, ms), "notes": (3, DEVICE, ms + 5), "kind": (2, "x", ms + 1)},
        ).text(),
        st.integers(MIN_TIMESTAMP, NOW + 2 * 86_400_000),
    ),
    st.sampled_from(['{"d":{},"s":{}}', "{", '{"d":{"a":[01,"b"]},"s":{"*":[1,"a",5]}}']),
)
overrides = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["leaflets", "posters", "peer_mentoring", "", "Листовки"]),
        "region": st.sampled_from(["KZ-75", "KZ-71", "KZ-AST", "Almaty", "", "KZ-99"]),
        "start_date": st.dates(date(2019, 1, 1), date(2027, 1, 1)),
        "notes": st.text(max_size=30),
        "people_reached": st.one_of(st.none(), st.integers(-5, 10**6)),
        "children_reached": st.one_of(st.none(), st.integers(-5, 10**6)),
        "office": st.sampled_from(["ALA-01", "", "ala-01"]),
        "deleted": st.booleans(),
    },
)


@st.composite
def sheets(draw):
    """A sheet's columns (a subset, in any order) and one row of it, as exported or changed."""
    every = list(range(len(COLUMNS)))
    subsets = st.lists(st.sampled_from(every), unique=True)
    chosen = draw(st.one_of(st.just(every), st.permutations(every), subsets))
    gap = draw(st.integers(0, 2))  # columns nobody reads before the first
    placed = [
        Placed(gap + k, letter(gap + k), COLUMNS[i], COLUMNS[i].header("en")) for k, i in enumerate(chosen)
    ]
    layout = Layout("Activities", 2, placed, gap, height=1)
    layout.long_text = draw(st.booleans())
    full = _exported(draw(st.integers(0, 400)), draw(stamp_texts), **draw(overrides))
    if draw(st.booleans()):
        full = _resaved(full)
    for k in draw(st.lists(st.sampled_from(every), max_size=3)):
        full[k] = draw(st.one_of(cells, long_cells))
    values = [""] * gap + [full[i] for i in chosen]
    cut = draw(st.integers(0, 3))  # a reader drops empty cells at the end of a row
    while cut and values and values[-1] in ("", None):
        values.pop()
        cut -= 1
    return layout, values


def _general(layout, values, check):
    return rows.parse_row_general("f.xlsx", layout, 7, values, REF, TODAY, "AST-01", check, NOW)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheet=sheets(), check=st.booleans())
def test_a_row_read_straight_is_the_row_read_cell_by_cell(sheet, check):
    layout, values = sheet
    straight = rows.parse_row("f.xlsx", layout, 7, values, REF, TODAY, "AST-01", check, NOW)
    layout.cache.clear()
    general = _general(layout, values, check)
    for got in (straight, general):  # a row without an ID gets a random one here (the seam derives it)
        if got is not None and got.record is not None and not got.has_uuid:
            got.record.uuid = ""
    assert straight == general


def test_exported_rows_take_the_straight_way_and_others_do_not():
    placed = [Placed(i, letter(i), col, col.header("en")) for i, col in enumerate(COLUMNS)]
    layout = Layout("Activities", 2, placed, 0, height=3)
    stamps = clocks.new_clock(DEVICE, "ALA-01", 1_600_000_000_000).text()
    fast = rows._plan(layout, REF).fast
    limit_at = 32_768
    assert fast is not None
    assert fast(_exported(1, stamps), limit_at, NOW) == _record(1, stamps)
    assert fast(_resaved(_exported(2, stamps)), limit_at, NOW) == _record(2, stamps)
    assert fast(_exported(3, stamps, region="KZ-AST"), limit_at, NOW) is None  # an old name warns
    assert fast(_exported(4, stamps, notes="x" * 40_000), limit_at, NOW) is None  # too long for a cell
    assert fast(_exported(5, stamps), limit_at, 1_000) is None  # times in the future


exported_times = st.integers(MIN_TIMESTAMP - 10_000, MAX_TIMESTAMP + 10_000).map(
    lambda ms: ms_to_iso(ms) if MIN_TIMESTAMP <= ms <= MAX_TIMESTAMP else "1999-12-31T23:59:59.999Z"
)
time_like = st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z", fullmatch=True)


@settings(max_examples=1500, deadline=None)
@given(value=st.one_of(exported_times, time_like, cells))
def test_the_exported_time_form_is_read_as_the_general_parser_reads_it(value):
    assert outcome(f.fast_timestamp, value) == outcome(c.parse_timestamp, value)


@settings(max_examples=800, deadline=None)
@given(text=stamp_texts)
def test_a_clock_s_newest_time_is_the_parsed_clock_s(text):
    rows._last_clock[0] = ("", 0)
    assert outcome(rows._stamps, text) == outcome(c.parse_stamps, text)
    if text:
        try:
            expected = max(s[2] for s in clocks.parse(text).stamps.values())
        except ValueError:
            return
        assert rows._latest(text) == expected
        rows._last_clock[0] = ("", 0)
        assert rows._latest(text) == expected
