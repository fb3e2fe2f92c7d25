"""Keyset pages: correct, stable while records are inserted, and index-served at 1,000,000 records."""

from datetime import date, timedelta

import pytest

from fieldapp.domain.query import RecordFilter, Sort
from fieldapp.services import demo
from fieldapp.storage import Store
from tests.conftest import make_activity
from tests.storage.peewee_reference import page_query


def walk(records, f=RecordFilter(), sort=Sort(), limit=7, between=None):
    """Every page in turn; `between(i)` runs after page i (to insert records meanwhile)."""
    seen, after, i = [], None, 0
    while True:
        page = records.page(f, sort, after, limit)
        seen += page.records
        if between:
            between(i)
        i += 1
        if page.next is None:
            return seen
        after = page.next


@pytest.fixture
def filled(workspace):
    demo.generate(workspace.store, 300, seed=7, end=date(2021, 12, 31))
    return workspace


@pytest.mark.parametrize("column", ["start_date", "kind", "people_reached", "settlement", "end_date"])
@pytest.mark.parametrize("descending", [True, False])
def test_pages_concatenate_to_the_fully_sorted_list(filled, column, descending):
    sort = Sort(column, descending)
    f = RecordFilter(regions=("KZ-75", "KZ-61", "KZ-19"))
    got = walk(filled.records, f, sort)
    every = list(filled.store.records.iter_records(f))
    assert len(got) == len(every) == len({r.uuid for r in got})

    values = [getattr(r, column) for r in got]
    values = [str(v) if isinstance(v, date) else v for v in values]
    blank = [v in (None, "") for v in values]
    # blanks (no count, no end date, no site) last, in both directions, as a spreadsheet puts them
    assert blank == sorted(blank)
    filled = [v for v in values if v not in (None, "")]
    assert filled == sorted(filled, reverse=descending)


def test_filters_select_exactly_the_matching_records(filled):
    f = RecordFilter(kinds=("leaflets",), date_from=date(2020, 6, 1), date_to=date(2020, 8, 31))
    got = walk(filled.records, f)
    expected = [
        r
        for r in filled.store.records.iter_records(RecordFilter())
        if r.kind == "leaflets" and date(2020, 6, 1) <= r.start_date <= date(2020, 8, 31)
    ]
    assert {r.uuid for r in got} == {r.uuid for r in expected}
    assert filled.records.count(f) == len(expected)


def test_free_text_matches_cyrillic_regardless_of_case(workspace):
    workspace.records.create(make_activity(settlement="Қаскелең", notes="Ата-аналарға жадынамалар"))
    workspace.records.create(make_activity(settlement="Тараз", notes="другое"))
    for text in ("қаскелең", "ҚАСКЕЛЕҢ", "жадынама"):
        page = workspace.records.page(RecordFilter(text=text))
        assert [r.settlement for r in page.records] == ["Қаскелең"]


def test_deleted_records_leave_the_default_view_but_can_be_listed(workspace):
    a = workspace.records.create(make_activity()).created[0]
    b = workspace.records.create(make_activity(settlement="Тараз")).created[0]
    workspace.records.delete(a)
    assert [r.uuid for r in workspace.records.page().records] == [b]
    assert [r.uuid for r in workspace.records.page(RecordFilter(deleted=True)).records] == [a]
    assert workspace.records.count(RecordFilter(deleted=None)) == 2


def test_pages_stay_stable_while_records_are_inserted_between_requests(filled):
    sort = Sort("start_date", descending=True)
    before = walk(filled.records, sort=sort)
    first_page_last = before[6]  # the boundary of page 0 with limit 7
    inserted = []

    def insert(i):
        # records both before and after the reader's position, on the boundary date too
        for day in (date(2020, 3, 15), first_page_last.start_date, date(2021, 12, 30)):
            inserted.append(filled.records.create(make_activity(start_date=day)).created[0])

    during = walk(filled.records, sort=sort, between=insert)
    uuids = [r.uuid for r in during]
    assert len(uuids) == len(set(uuids)), "a record was served twice"
    assert {r.uuid for r in before} <= set(uuids), "a record was skipped"
    dates = [r.start_date for r in during]
    assert dates == sorted(dates, reverse=True)


def _fill_million(store: Store) -> None:
    """1,000,000 plausible rows written in SQL (demo generation at this size is a bench's job)."""
    store.db.execute_sql(
        """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
        INSERT INTO activity (uuid, office, kind, start_date, region, district, settlement, site_type,
            language, target_groups, partners, people_reached, children_reached, notes, entered_by,
            created_at, updated_at, version, deleted, origin_office, origin_device, updated_device, seq)
        SELECT printf('00000000-0000-4000-8000-%012d', i),
            'OFF-' || (i % 40),
            CASE i % 9 WHEN 0 THEN 'leaflets' WHEN 1 THEN 'posters' WHEN 2 THEN 'volunteers'
                WHEN 3 THEN 'kazpost_video' WHEN 4 THEN 'psychosocial' WHEN 5 THEN 'social_media'
                WHEN 6 THEN 'workshop' WHEN 7 THEN 'equipment' ELSE 'other' END,
            date('2020-03-15', '+' || (i % 600) || ' days'),
            'KZ-' || (10 + (i % 20) * 3), '', 'site ' || (i % 997), 'school', 'ru', 'parents', '',
            i % 500, i % 200, '', '', 1588000000000 + i, 1588000000000 + i, 1, (i % 50 = 0),
            'OFF-' || (i % 40), 'dev', 'dev', i
        FROM n
        """
    )


@pytest.mark.slow
def test_a_filtered_page_on_a_million_records_uses_an_index(workspace):
    store = workspace.store
    with store.atomic():
        _fill_million(store)
    store.db.execute_sql("ANALYZE")
    assert store.records.count(RecordFilter(deleted=None)) == 1_000_000
    cases = [
        (RecordFilter(kinds=("leaflets",)), Sort("start_date", True)),
        (RecordFilter(regions=("KZ-75",)), Sort("start_date", True)),
        (RecordFilter(offices=("OFF-7",), date_from=date(2020, 6, 1)), Sort("start_date", False)),
        (RecordFilter(date_from=date(2021, 1, 1), date_to=date(2021, 3, 31)), Sort("start_date", True)),
    ]
    for f, sort in cases:
        first = store.records.page(f, sort, None, 100)
        deep_cursor = first.next
        for query_after in (None, deep_cursor):
            sql, params = page_query(store, f, sort, query_after, 101).sql()
            plan = " | ".join(r[-1] for r in store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
            assert "TEMP B-TREE" not in plan, f"sorts in memory instead of walking the index: {plan}"
    # and the page a keyset cursor leads to is the right one
    f, sort = cases[0]
    page1 = store.records.page(f, sort, None, 100)
    page2 = store.records.page(f, sort, page1.next, 100)
    assert page2.records[0].start_date <= page1.records[-1].start_date
    assert not {r.uuid for r in page1.records} & {r.uuid for r in page2.records}


def test_demo_dates_run_to_the_requested_end(workspace):
    demo.generate(workspace.store, 50, seed=3, end=date(2020, 12, 31))
    dates = [r.start_date for r in workspace.store.records.iter_records()]
    assert min(dates) >= date(2020, 3, 15) and max(dates) <= date(2020, 12, 31) + timedelta(days=0)
