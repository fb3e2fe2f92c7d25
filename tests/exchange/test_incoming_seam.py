"""The incoming seam counts a row unchanged from its raw cells only where parsing it would say the same.

A re-import decides "unchanged" before parsing any cell (issue 16): whatever a person or a spreadsheet
program did to the cells, the import's outcome with that shortcut must equal the outcome of parsing
every row. Generated edits hit the cells of a file whose records are all stored already."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.exchange.columns import COLUMNS
from fieldapp.services import exchange as ex
from fieldapp.services.exchange_merge import Merger
from tests.conftest import make_activity
from tests.exchange.memory_book import open_memory, resave, write_memory

RECORDS = 6


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """An installation holding RECORDS records imported from another office, and that office's file."""
    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    base = tmp_path_factory.mktemp("seam")
    sender = Workspace(Paths(base / "sender"))
    installation.configure(sender.store, "AST-01", "Astana office", "KZ-71", "ru", role="coordinator")
    for i in range(RECORDS):
        sender.records.create(
            make_activity(office="AST-01", region="KZ-71", items_distributed=10 + i, notes=f"n{i}")
        )
    sender.records.delete(next(iter(sender.store.records.iter_records())).uuid)
    path = base / "export.xlsx"
    ex.export_workbook(sender, path, writer=write_memory)
    sender.close()
    receiver = Workspace(Paths(base / "receiver"))
    installation.configure(receiver.store, "ALA-01", "Almaty office", "KZ-75", "ru", role="coordinator")
    first = ex.commit_import(receiver, [path], opener=open_memory)
    assert first.inserted == RECORDS
    yield receiver, path
    receiver.close()


def _both_ways(ws, path) -> tuple[dict, dict]:
    quick = ex.preview_import(ws, [path], opener=open_memory).as_dict()
    with pytest.MonkeyPatch.context() as mp:  # every row parsed, as before the shortcut
        mp.setattr(Merger, "_stored", lambda self, uuids: {})
        mp.setattr(Merger, "_digests", lambda self, uuids: {})
        full = ex.preview_import(ws, [path], opener=open_memory).as_dict()
    return quick, full


def test_an_unchanged_file_is_unchanged_either_way(stored):
    ws, path = stored
    quick, full = _both_ways(ws, path)
    assert quick == full
    assert quick["unchanged"] == RECORDS and quick["inserted"] == quick["updated"] == 0


def test_an_unchanged_row_is_decided_before_any_cell_is_parsed(stored, tmp_path, monkeypatch):
    """Issue 16: a re-import decides "unchanged" from the raw cells; only changed rows are parsed."""
    from fieldapp.exchange import incoming

    ws, path = stored
    parsed: list[int] = []
    real = incoming.parse_row
    monkeypatch.setattr(incoming, "parse_row", lambda *a, **k: parsed.append(a[2]) or real(*a, **k))
    assert ex.preview_import(ws, [path], opener=open_memory).unchanged == RECORDS
    assert parsed == []
    data = pickle.loads(path.read_bytes())
    data["rows"][2][[c.field for c in COLUMNS].index("notes")] = "changed"
    copy = tmp_path / "one-edit.xlsx"
    copy.write_bytes(pickle.dumps(data))
    assert ex.preview_import(ws, [copy], opener=open_memory).unchanged == RECORDS - 1
    assert parsed == [5]  # the memory book's third row is Excel row 5


def test_a_resaved_file_is_unchanged_either_way(stored, tmp_path):
    ws, path = stored
    copy = tmp_path / "resaved.xlsx"
    copy.write_bytes(path.read_bytes())
    resave(copy)
    quick, full = _both_ways(ws, copy)
    assert quick == full
    assert quick["unchanged"] == RECORDS


_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            "",
            " ",
            "1",
            "10",
            " 10",
            "1,000",
            "KZ-AST",
            "KZ-71",
            "Nur-Sultan",
            "leaflets",
            "2020-04-20",
            "=1+1",
            "x" * 40,
            "\xa0",
            "0",
            "TRUE",
        ]
    ),
    st.just(date(2020, 4, 20)),
    st.just(datetime(2020, 4, 20, 0, 0)),
    st.just(datetime(2020, 4, 20, 13, 5)),
)
_edit = st.tuples(st.integers(0, RECORDS - 1), st.integers(0, len(COLUMNS) - 1), _values)
_text_edit = st.tuples(
    st.integers(0, RECORDS - 1),
    st.sampled_from([i for i, c in enumerate(COLUMNS) if c.type in ("uuid", "timestamp", "stamps")]),
    st.sampled_from(["upper", "space", "float"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_edit, max_size=3), st.lists(_text_edit, max_size=2), st.booleans())
def test_edited_cells_give_the_outcome_of_parsing_every_row(stored, tmp_path, edits, text_edits, duplicate):
    ws, path = stored
    data = pickle.loads(path.read_bytes())
    rows = data["rows"]
    for r, c, v in edits:
        rows[r][c] = v
    for r, c, how in text_edits:
        v = rows[r][c]
        if isinstance(v, str):
            rows[r][c] = v.upper() if how == "upper" else f" {v}" if how == "space" else v
    if duplicate:
        rows.append(list(rows[0]))
    copy = tmp_path / "edited.xlsx"
    copy.write_bytes(pickle.dumps(data))
    quick, full = _both_ways(ws, copy)
    assert quick == full
