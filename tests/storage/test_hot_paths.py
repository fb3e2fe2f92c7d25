"""The hand-built hot paths (pages, counts, streaming, bulk writes) and the maintained totals agree with
peewee's reference queries and with a recount from the records themselves, after every kind of write."""

import re
from collections import defaultdict
from datetime import date

import pytest

from fieldapp.domain.query import Cursor, RecordFilter, Sort
from fieldapp.domain.record import MEASURES
from fieldapp.services import demo
from fieldapp.storage import Store, record_sql
from fieldapp.storage.migrations import LATEST
from fieldapp.storage.record_rows import RECORD_COLUMNS, from_db
from tests.conftest import make_activity
from tests.storage import peewee_reference as reference

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
    rows = list(reference.page_query(store, f, sort, after, limit + 1).tuples())
    records = [from_db(r) for r in rows[:limit]]
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
        page = store.records.page(f, sort, after, 37)
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
            ours_sql, ours_params = store.records.page_sql(f, sort, after, 201)
            ours = store.db.execute_sql("EXPLAIN QUERY PLAN " + ours_sql, ours_params).fetchall()
            sql, params = reference.page_query(store, f, sort, after, 201).sql()
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
    for r in store.records.iter_records(f):
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
            assert store.records.totals(f, group) == recount(store, f, group), (f, group)
        assert store.records.count(f) == sum(1 for _ in store.records.iter_records(f))


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
        store.records.insert_many(new, store.records.next_seq())
        seq = store.records.next_seq()
        store.records.replace_many([(r.copy(deleted=True), seq + i) for i, r in enumerate(new[:2])])
        store.records.replace(new[2].copy(people_reached=5, children_reached=1), store.records.next_seq())
        store.records.delete_rows([new[3].uuid, page[11].uuid])
    assert_totals_exact(store)


@pytest.mark.sqlite_only
def test_insert_many_stores_what_peewee_stored(workspace, tmp_path):
    """The executemany path writes the same values (and SQLite types) as a peewee insert."""
    store = workspace.store
    recs = [
        make_activity(end_date=date(2020, 4, 21)),
        make_activity(people_reached=None, children_reached=None),
    ]
    store.records.insert_many(recs, 1)
    other = Store(tmp_path / "other.sqlite3")
    A = other.t.Activity
    for i, rec in enumerate(recs):
        row = {c: getattr(rec, c) for c in RECORD_COLUMNS}
        row["target_groups"] = " ".join(rec.target_groups)
        A.insert(**row, seq=i + 1, import_id=None).execute()
    cols = ", ".join(f"{c}, typeof({c})" for c in (*RECORD_COLUMNS, "seq", "import_id"))
    sql = f"SELECT {cols} FROM activity ORDER BY pk"
    assert store.db.execute_sql(sql).fetchall() == other.db.execute_sql(sql).fetchall()
    assert store.records.get_many([r.uuid for r in recs]) == {r.uuid: r for r in recs}
    other.close()


def test_streamed_records_equal_peewee_rows(filled):
    store = filled.store
    A = store.t.Activity
    expected = [from_db(r) for r in A.select(*reference.columns(store)).order_by(A.pk).tuples()]
    assert list(store.records.iter_records(batch=64)) == expected
    assert list(store.records.iter_records(since_seq=300, batch=64)) == [
        r for r, seq in zip(expected, A.select(A.seq).order_by(A.pk).tuples(), strict=True) if seq[0] > 300
    ]


def test_migrating_an_old_database_fills_the_totals_from_its_records(tmp_path):
    from tests.storage.test_migrations import make_v1_database

    path = tmp_path / "fieldapp.sqlite3"
    make_v1_database(path)
    with Store(path, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version() == LATEST
        assert store.records.totals(RecordFilter(), "office") == recount(store, RecordFilter(), "office")
        assert store.records.count(RecordFilter()) == 2  # the third v1 row is a tombstone


@pytest.mark.parametrize("f", FILTERS)
def test_totals_and_breakdowns_equal_the_peewee_reference(filled, f):
    """The record filter is written once (record_sql); the totals that scan records, the report's
    breakdowns and the offices' last activity give what peewee's form of the same filter gave."""
    store = filled.store
    for group in ("kind", "region", "office", "month", "none"):
        assert store.records.totals(f, group) == [tuple(r) for r in reference.totals(store, f, group)]
        if not record_sql.totals_served(f):  # the scan path, compared with itself through peewee
            continue
        scanned = store.db.execute_sql(*record_sql.scan_totals_sql(f, group, store.db.param)).fetchall()
        assert [tuple(r) for r in scanned] == store.records.totals(f, group)
    for keys in ((), ("kind",), ("region", "kind"), ("target_groups",), ("month",), ("office", "language")):
        assert store.records.breakdown(f, *keys) == reference.breakdown(store, f, *keys), keys
    last = {o: (d, n) for o, d, n in store.records.offices_last_activity(f)}
    expected = reference.breakdown(store, f, "office")
    assert {row[0]: row[1] for row in expected} == {o: n for o, (_d, n) in last.items()}
