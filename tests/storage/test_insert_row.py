"""`insert_row` (a new record's row for the bulk insert, issue 16) gives exactly the values `to_db` gives,
followed by the change number, import and digest columns the import stores, for any record."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from fieldapp.storage.record_rows import insert_row, to_db
from tests.conftest import make_activity

_dates = st.one_of(st.dates(), st.datetimes().map(datetime.isoformat).map(lambda s: s[:10]), st.datetimes())


@given(
    start=_dates,
    end=st.one_of(st.none(), _dates),
    groups=st.lists(st.sampled_from(["youth", "women", "pwd", "elderly"]), max_size=4).map(tuple),
    deleted=st.one_of(st.booleans(), st.integers(0, 2)),
    notes=st.text(max_size=20),
    seq=st.integers(1, 2**62),
    import_id=st.one_of(st.none(), st.integers(1, 10**6)),
    digest=st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=64)),
    at=st.integers(0, 2**53),
)
def test_insert_row_is_to_db_with_the_import_columns(
    start, end, groups, deleted, notes, seq, import_id, digest, at
):
    rec = make_activity(notes=notes, target_groups=groups)
    rec.start_date, rec.end_date, rec.deleted = start, end, deleted
    want = (*to_db(rec), seq, import_id, digest, seq if digest else None, at if digest else None)
    got = insert_row(rec, seq, import_id, digest, at)
    assert got == want
    assert [type(v) for v in got] == [type(v) for v in want]


def test_a_date_is_stored_as_its_iso_text():
    rec = make_activity(start_date=date(2024, 2, 29), end_date=None)
    row = insert_row(rec, 7, None, None, 5)
    assert "2024-02-29" in row and row[-3:] == (None, None, None)
