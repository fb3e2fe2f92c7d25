"""The hand-built hot paths (pages, counts, streaming, bulk writes) and the maintained totals agree with
peewee's reference queries and with a recount from the records themselves, after every kind of write."""

import re
from collections import defaultdict
from datetime import date

import pytest

from fieldapp.domain.query import Cursor, RecordFilter, Sort
from fieldapp.domain.record import MEASURES
from fieldapp.services import demo
from fieldapp.storage import Store, hot
from fieldapp.storage.migrations import LATEST
from tests.conftest import make_activity

FILTERS = [
    RecordFilter(),
    RecordFilter(deleted=None),
    RecordFilter(deleted=True),
    RecordFilter(kinds=("leaflets", "kazpost_video"), regions=("KZ-75",)),
    RecordFilter(offices=("ALA-01",), date_from=date(2020, 5, 1), date_to=date(2020, 9, 30)),
    RecordFilter(text="КАЗПОЧТА"),
    RecordFilter(text="100%_"),
    RecordFilter(regions=("KZ-61", "KZ-19", "KZ-75"), date_to=date(2020, 6, 30)),
]
SORTS = [Sort(), Sort("people_reached"), Sort("end_date", False), Sort("settlement", False), Sort("kind"),
         Sort("people_reached", False), Sort("region", False, ("KZ-75", "KZ-19", "KZ-61"))]  # fmt: skip


@pytest.fixture
def filled(workspace):
    demo.generate(workspace.store, 400, seed=11, end=date(2021, 12, 31))
    return workspace


def reference_page(store: Store, f, sort, after, limit):
    """What page() returned when it ran peewee's page_query (the reference implementation)."""
    rows = list(store.page_query(f, sort, after, limit + 1).tuples())
    records = [store._to_record(r[: len(hot.RECORD_COLUMNS)]) for r in rows[:limit]]
    nxt = None
    if len(rows) > limit:
        value = rows[limit - 1][-1]
        nxt = Cursor(value.isoformat() if isinstance(value, date) else value, rows[limit - 1][-2])
    return records, nxt


@pytest.mark.parametrize("f", FILTERS)
@pytest.mark.parametrize("sort", SORTS)
def test_pages_equal_the_peewee_reference_page_after_page(filled, f, sort):
    store = filled.store
    after = None
    for _ in range(4):
        page = store.page(f, sort, after, 37)
        records, nxt = reference_page(store, f, sort, after, 37)
        assert page.records == records
        assert page.next == nxt
        if nxt is None:
            break
        after = nxt


@pytest.mark.sqlite_only
@pytest.mark.parametrize("f", FILTERS)
def test_page_sql_has_page_querys_plan(filled, f):
    store = filled.store
    for sort in SORTS:
        for after in (None, Cursor("2020-06-01", 50) if sort.column == "start_date" else None):
            ours = store.db.execute_sql("EXPLAIN QUERY PLAN " + store.page_sql(f, sort, after, 201)[0],
                                        store.page_sql(f, sort, after, 201)[1]).fetchall()  # fmt: skip
            sql, params = store.page_query(f, sort, after, 201).sql()
            theirs = store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            assert [r[-1] for r in ours] == [re.sub(r"\bt1\b", "activity", r[-1]) for r in theirs]


def recount(store: Store, f: RecordFilter, group: str) -> list[tuple]:
    """Totals computed in Python from every record: the truth the maintained table must match."""
    keyf = {
        "kind": lambda r: r.kind,
        "region": lambda r: r.region,
        "office": lambda r: r.office,
        "month": lambda r: r.start_date.isoformat()[:7],
        "none": lambda r: "",
    }[group]
    acc = defaultdict(lambda: [0] * (1 + len(MEASURES)))
    for r in store.iter_records(f):
        row = acc[keyf(r)]
        row[0] += 1
        for i, m in enumerate(MEASURES, 1):
            row[i] += getattr(r, m) or 0
    if group == "none" and not acc:
        return [("", 0, *[0] * len(MEASURES))]
    return [(k, *v) for k, v in sorted(acc.items())]


def assert_totals_exact(store: Store) -> None:
    for f in FILTERS:
        for group in ("kind", "region", "office", "month", "none"):
            assert store.totals(f, group) == recount(store, f, group), (f, group)
        assert store.count(f) == sum(1 for _ in store.iter_records(f))


def test_maintained_totals_match_a_recount_after_every_kind_of_write(filled):
    store, records = filled.store, filled.records
    assert store.schema_version() == LATEST
    assert_totals_exact(store)
    page = records.page(RecordFilter(), Sort(), None, 30).records
    for rec in page[:10]:  # edits that move a record between groups and change a measure
        changes = {"region": "KZ-19", "start_date": date(2020, 7, 1)}
        m = next((m for m in MEASURES[:-1] if getattr(rec, m) is not None), None)
        if m:
            changes[m] = getattr(rec, m) + 7
        records.update(rec.copy(**changes))
    for rec in page[10:15]:
        records.delete(rec.uuid)
    records.restore(page[10].uuid)
    records.create(make_activity(start_date=date(2020, 7, 1), region="KZ-19"))
    new = [make_activity(region="KZ-63") for _ in range(5)]
    with store.atomic():
        store.insert_many(new, store.next_seq())
        store.replace_many([r.copy(deleted=True) for r in new[:2]], store.next_seq())
        store.replace(new[2].copy(people_reached=5, children_reached=1), store.next_seq())
        store.delete_rows([new[3].uuid, page[11].uuid])
    assert_totals_exact(store)


@pytest.mark.sqlite_only
def test_insert_many_stores_what_peewee_stored(workspace, tmp_path):
    """The executemany path writes the same values (and SQLite types) as a peewee insert."""
    store = workspace.store
    recs = [
        make_activity(end_date=date(2020, 4, 21)),
        make_activity(people_reached=None, children_reached=None),
    ]
    store.insert_many(recs, 1)
    other = Store(tmp_path / "other.sqlite3")
    A = other.t.Activity
    for i, rec in enumerate(recs):
        row = other._to_row(rec)
        A.insert(**row, seq=i + 1, import_id=None).execute()
    cols = ", ".join(f"{c}, typeof({c})" for c in (*hot.RECORD_COLUMNS, "seq", "import_id"))
    sql = f"SELECT {cols} FROM activity ORDER BY pk"
    assert store.db.execute_sql(sql).fetchall() == other.db.execute_sql(sql).fetchall()
    assert store.get_many([r.uuid for r in recs]) == {r.uuid: r for r in recs}
    other.close()


def test_streamed_records_equal_peewee_rows(filled):
    store = filled.store
    A = store.t.Activity
    expected = [store._to_record(r) for r in A.select(*store._columns()).order_by(A.pk).tuples()]
    assert list(store.iter_records(batch=64)) == expected
    assert list(store.iter_records(since_seq=300, batch=64)) == [
        r for r, seq in zip(expected, A.select(A.seq).order_by(A.pk).tuples(), strict=True) if seq[0] > 300
    ]


def test_migrating_an_old_database_fills_the_totals_from_its_records(tmp_path):
    from tests.storage.test_migrations import make_v1_database

    path = tmp_path / "fieldapp.sqlite3"
    make_v1_database(path)
    with Store(path, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version() == LATEST
        assert store.totals(RecordFilter(), "office") == recount(store, RecordFilter(), "office")
        assert store.count(RecordFilter()) == 2  # the third v1 row is a tombstone
