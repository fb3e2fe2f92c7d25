"""Text search through the trigram index (migration 5) finds exactly what the scan found, and stays
exact through every kind of write; an old database gets the index when it migrates."""

from __future__ import annotations

import pytest

from fieldapp.domain.query import RecordFilter, Sort
from fieldapp.services import demo
from fieldapp.storage import Store
from fieldapp.storage.record_sql import fold
from fieldapp.storage.records import RecordRoom
from tests.conftest import make_activity
from tests.storage.test_migrations import V1_ROWS, make_v1_database

NEEDLES = [
    "Казпочта",
    "КАЗПОЧТА",
    "қаскелең",
    "школа №5",
    "zzqx-typo",
    "ab",
    "%_",
    'say "hi"',
    "е",
    "  Медеу ",
]


def every_page(store: Store, f: RecordFilter) -> list[str]:
    seen, after = [], None
    while True:
        page = store.records.page(f, Sort(), after, 50)
        seen += [r.uuid for r in page.records]
        if page.next is None:
            return seen
        after = page.next


def truth(store: Store, text: str) -> set[str]:
    """What a person means: the text inside any searched field, ignoring case (Kazakh letters too)."""
    needle = fold(text.strip())
    fields = ("district", "settlement", "partners", "notes", "entered_by")
    return {
        r.uuid
        for r in store.records.iter_records(RecordFilter())
        if any(needle in fold(getattr(r, c)) for c in fields)
    }


@pytest.fixture
def searchable(workspace):
    demo.generate(workspace.store, 400, seed=5)
    for site in ("Қаскелең ауылы", "Школа №5", 'Say "hi" club', "100%_done"):
        workspace.records.create(make_activity(settlement=site))
    return workspace


@pytest.mark.sqlite_only
@pytest.mark.parametrize("cap", [2, 2000])  # a frequent needle scans, a rare one goes through the index
def test_the_index_finds_exactly_what_the_scan_finds(searchable, cap, monkeypatch):
    store = searchable.store
    assert store.records.has_search_index()
    monkeypatch.setattr(RecordRoom, "SEARCH_CAP", cap)
    for text in NEEDLES:
        f = RecordFilter(text=text)
        got = every_page(store, f)
        assert len(got) == len(set(got))
        assert set(got) == truth(store, text), text
        assert store.records.count(f) == len(got)


@pytest.mark.sqlite_only
def test_a_rare_needle_is_answered_by_the_index(searchable):
    store = searchable.store
    assert store.records.use_search_index(RecordFilter(text="қаскелең"))
    assert not store.records.use_search_index(RecordFilter(text="ab"))  # too short for trigrams: scanned
    sql, params = store.records.page_sql(RecordFilter(text="қаскелең"), Sort(), None, 201)
    plan = " ".join(r[-1] for r in store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "activity_search" in plan


@pytest.mark.sqlite_only
def test_the_index_follows_edits_deletions_and_undone_imports(searchable):
    store, records = searchable.store, searchable.records
    uuid = records.create(make_activity(settlement="Ескіқорғантест", notes="")).created[0]
    rec = records.get(uuid)
    records.update(rec.copy(settlement="Жаңақорғантест"), rec.version)
    assert set(every_page(store, RecordFilter(text="ескіқорған"))) == set()
    assert set(every_page(store, RecordFilter(text="жаңақорған"))) == {uuid}
    store.db.execute_sql('DELETE FROM "activity" WHERE "uuid" = ?', (uuid,))  # as undoing an import does
    assert every_page(store, RecordFilter(text="жаңақорған")) == []
    store.db.execute_sql("INSERT INTO activity_search (activity_search, rank) VALUES ('integrity-check', 1)")


def test_an_old_database_gets_the_index_when_it_migrates(tmp_path):
    path = tmp_path / "v1.sqlite3"
    make_v1_database(path)
    store = Store(path)
    try:
        assert store.records.has_search_index()
        assert {r for r in every_page(store, RecordFilter(text="ВИДЕО", deleted=None))} == {V1_ROWS[1][0]}
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_imports_keep_the_index_exact(searchable, tmp_path):
    from fieldapp.paths import Paths
    from fieldapp.services import exchange, installation
    from fieldapp.services.workspace import Workspace

    path = tmp_path / "ala.xlsx"
    exchange.export_workbook(searchable, path, scope="full")
    other = Workspace(Paths(tmp_path / "coordinator"))
    try:
        installation.configure(other.store, "CO-01", "Coordinator", "KZ-71", "ru", role="coordinator")
        for _ in range(2):  # the second import changes nothing, and the index neither
            exchange.commit_import(other, [path])
            other.store.db.execute_sql(
                "INSERT INTO activity_search (activity_search, rank) VALUES ('integrity-check', 1)"
            )
        assert set(every_page(other.store, RecordFilter(text="қаскелең"))) == truth(other.store, "қаскелең")
        assert truth(other.store, "қаскелең")
    finally:
        other.close()


def test_search_finds_what_a_person_means_on_either_engine(searchable):
    """The hub has no FTS5 index: its scan (fa_fold … LIKE, pg_schema) must find exactly the same records,
    Kazakh and Russian letters in any case, wildcards taken literally."""
    store = searchable.store
    for needle in NEEDLES:
        f = RecordFilter(text=needle)
        assert set(every_page(store, f)) == truth(store, needle), needle
        assert store.records.count(f) == len(truth(store, needle)), needle
