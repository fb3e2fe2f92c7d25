"""The records room: every statement on the `activity` table, and the only row→record conversion's user."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from itertools import repeat
from typing import TYPE_CHECKING

from fieldapp.domain.query import Cursor, Page, RecordFilter, Sort
from fieldapp.domain.record import Activity
from fieldapp.storage import bulk_indexes
from fieldapp.storage import record_sql as sql
from fieldapp.storage.bulk_upkeep import insert_rows
from fieldapp.storage.db import is_sqlite
from fieldapp.storage.import_writer import BackgroundInserts
from fieldapp.storage.record_rows import RECORD_COLUMNS, SELECT_RECORD, from_db, insert_row, to_db

if TYPE_CHECKING:
    from peewee import Database

CHUNK = 500  # rows per multi-row statement: well under SQLite's 32,766 host parameters
_UUID = RECORD_COLUMNS.index("uuid")
_WITH_STATE = f'{SELECT_RECORD}, "seq", "import_id"'
# Schema 7: the digest of the workbook row whose merge gave a record its state, the `seq` it was written
# with (it counts only while the record still has that seq) and the importing machine's clock then.
DIGEST_COLUMNS = ("row_digest", "digest_seq", "digest_at")
Digests = Sequence[str | None] | None  # per record written: its row digest, or None


def statement(db: Database, verb: str, table: str, columns: Sequence[str], where: str = "") -> str:
    """INSERT (or UPDATE … SET) over `columns` with the database's quote and parameter marks."""
    q, p = db.quote[0], db.param
    if verb == "INSERT":
        names = ", ".join(f"{q}{c}{q}" for c in columns)
        return f"INSERT INTO {q}{table}{q} ({names}) VALUES ({', '.join([p] * len(columns))})"
    sets = ", ".join(f"{q}{c}{q} = {p}" for c in columns)
    return f"UPDATE {q}{table}{q} SET {sets} WHERE {q}{where}{q} = {p}"


def run_many(db: Database, atomic: Callable[[], AbstractContextManager], sql: str, rows: list) -> None:
    """Run one prepared statement over many rows inside a transaction (the caller's, if one is open)."""
    if not rows:
        return
    if db.in_transaction():  # a savepoint would cost two statements
        db.cursor().executemany(sql, rows)
        return
    with atomic():
        db.cursor().executemany(sql, rows)


class RecordRoom:
    """Activity records: lookups, keyset pages, counts, totals, streaming and bulk writes.

    Plain SQL through the connection: peewee builds a statement in ~300 µs and converts a row in ~40 µs,
    so at a table page's or an import's volume its wrapping costs more than the query.
    """

    SEARCH_CAP = 2000  # more matches than this: scanning in sort order finds a page sooner

    def __init__(self, db: Database, atomic: Callable[[], AbstractContextManager]):
        self.db = db
        self._atomic = atomic
        self._search_index: bool | None = None

    def _rows(self, query: str, params: Sequence = ()) -> list:
        return self.db.execute_sql(query, params).fetchall()

    # -- lookups -----------------------------------------------------------------------------------

    def get(self, uuid: str) -> Activity | None:
        rows = self._rows(f'SELECT {SELECT_RECORD} FROM "activity" WHERE "uuid" = {self.db.param}', (uuid,))
        return from_db(rows[0]) if rows else None

    def _by_uuid(self, columns: str, uuids: Iterable[str]) -> Iterator[tuple]:
        ids = list(uuids)
        p = self.db.param
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            yield from self._rows(
                f'SELECT {columns} FROM "activity" WHERE "uuid" IN ({", ".join([p] * len(chunk))})', chunk
            )

    def get_many(self, uuids: Iterable[str]) -> dict[str, Activity]:
        """Records by UUID, looked up in chunks."""
        return {row[_UUID]: from_db(row) for row in self._by_uuid(SELECT_RECORD, uuids)}

    def get_many_with_state(self, uuids: Iterable[str]) -> dict[str, tuple[Activity, int, int | None]]:
        """uuid → (record, seq, import_id that last wrote it), looked up in chunks."""
        n = len(RECORD_COLUMNS)
        return {row[_UUID]: (from_db(row), row[n], row[n + 1]) for row in self._by_uuid(_WITH_STATE, uuids)}

    def digests(self, uuids: Iterable[str], now: int) -> dict[str, str]:
        """uuid → row digest, for the records whose digest is current: written with the record's present
        `seq` (no write since), at a clock not later than `now`. Two short columns, no record built."""
        ids = list(uuids)
        p = self.db.param
        out: dict[str, str] = {}
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            marks = ", ".join([p] * len(chunk))
            rows = self._rows(
                f'SELECT "uuid", "row_digest" FROM "activity" WHERE "uuid" IN ({marks}) '
                f'AND "digest_seq" = "seq" AND "digest_at" <= {p}',
                [*chunk, now],
            )
            out.update(rows)
        return out

    def typed_rows(self, uuids: Iterable[str]) -> dict[str, str]:
        """uuid → the typed rows that wrote the record (schema 12: JSON, newest first), where any did."""
        return {u: t for u, t in self._by_uuid('"uuid", "typed_row"', uuids) if t is not None}

    def typed_rows_since(self, import_id: int) -> dict[str, str]:
        """uuid → typed rows, for the records whose newest typed row came with import `import_id` or a
        later one (import ids grow: those are the only records that may hold one of `import_id`)."""
        p = self.db.param
        query = f'SELECT "uuid", "typed_row" FROM "activity" WHERE "typed_import" >= {p}'
        return dict(self._rows(query, (import_id,)))

    def set_typed_rows(self, rows: Sequence[tuple[str, str | None, int | None]]) -> None:
        """Store (uuid, typed rows as JSON or None, the import of the newest) for records (schema 12)."""
        query = statement(self.db, "UPDATE", "activity", ("typed_row", "typed_import"), where="uuid")
        run_many(self.db, self._atomic, query, [[text, imp, uuid] for uuid, text, imp in rows])

    def import_id_of(self, uuid: str) -> int | None:
        """The import that last wrote a record (None: written here)."""
        rows = self._rows(f'SELECT "import_id" FROM "activity" WHERE "uuid" = {self.db.param}', (uuid,))
        return rows[0][0] if rows else None

    def of_import(self, import_id: int) -> list[Activity]:
        """The records an import wrote last."""
        rows = self._rows(f'SELECT {SELECT_RECORD} FROM "activity" WHERE "import_id" = {self.db.param}',
                          (import_id,))  # fmt: skip
        return [from_db(r) for r in rows]

    def with_conflicts(self) -> list[Activity]:
        """Records that hold conflicts (merge version 2), through the partial index of schema 11."""
        rows = self._rows(f'SELECT {SELECT_RECORD} FROM "activity" WHERE "conflicts" != \'\' ORDER BY "pk"')
        return [from_db(r) for r in rows]

    # -- change numbers ----------------------------------------------------------------------------

    def holds_none(self) -> bool:
        """No row at all in the table (a deleted record's tombstone is a row)."""
        return not self._rows('SELECT 1 FROM "activity" LIMIT 1')

    def max_seq(self) -> int:
        return self._rows('SELECT MAX("seq") FROM "activity"')[0][0] or 0

    def next_seq(self) -> int:
        """The next change sequence number (call inside the write transaction)."""
        return self.max_seq() + 1

    def count_changed_since(self, seq: int, device_id: str | None = None) -> int:
        p = self.db.param
        query, params = f'SELECT COUNT(*) FROM "activity" WHERE "seq" > {p}', [seq]
        if device_id is not None:
            query, params = query + f' AND "updated_device" = {p}', [seq, device_id]
        return self._rows(query, params)[0][0]

    def changed_after(self, seq: int, import_id: int) -> list[str]:
        """UUIDs of records written after `seq` by anything other than that import."""
        p = self.db.param
        query = (f'SELECT "uuid" FROM "activity" WHERE "seq" > {p} '
                 f'AND ("import_id" IS NULL OR "import_id" != {p})')  # fmt: skip
        return [u for (u,) in self._rows(query, (seq, import_id))]

    # -- writes (inside the caller's transaction, or one of their own) -----------------------------

    def insert(self, record: Activity, seq: int, import_id: int | None = None) -> None:
        self.insert_many([record], seq, import_id)

    def insert_many(
        self,
        records: Sequence[Activity],
        first_seq: int,
        import_id: int | None = None,
        digests: Digests = None,
        at: int | None = None,
    ) -> int:
        """Insert new records, numbering them from `first_seq`; returns the next free seq.

        One prepared statement run over every row (executemany): building a multi-row INSERT in
        peewee costs ~90 µs a row in Python, this ~8 µs, so 100,000 imported records take ~1 s.
        A batch keeps the totals and the search index once for all its rows (`bulk_upkeep`), not
        by the per-row triggers: ~70 µs a row less.
        `digests` (one per record, or None): the workbook rows they were merged from, at clock `at`.
        """
        query, rows = self._insert_rows(records, first_seq, import_id, digests, at)
        if not rows:
            return first_seq
        if self.db.in_transaction():
            insert_rows(self.db, query, rows)
        else:
            with self._atomic():
                insert_rows(self.db, query, rows)
        return first_seq + len(records)

    def _insert_rows(
        self, records: Sequence[Activity], first_seq: int, import_id: int | None, digests: Digests, at
    ) -> tuple[str, list]:
        """`insert_many`'s statement and rows."""
        if digests is None:
            rows = [[*to_db(rec), first_seq + i, import_id] for i, rec in enumerate(records)]
            columns: tuple[str, ...] = (*RECORD_COLUMNS, "seq", "import_id")
        else:
            if len(digests) != len(records):
                raise ValueError(f"{len(digests)} digests for {len(records)} records")
            seq = range(first_seq, first_seq + len(records))
            rows = list(map(insert_row, records, seq, repeat(import_id), digests, repeat(at)))
            columns = (*RECORD_COLUMNS, "seq", "import_id", *DIGEST_COLUMNS)
        return statement(self.db, "INSERT", "activity", columns), rows

    def background_inserts(self) -> BackgroundInserts:
        """`insert_many` for an import's batches, each run while the import reads the next (see the class)."""
        return BackgroundInserts(self)

    def bulk_load_pays(self, coming: int) -> bool:
        """Would `coming` new rows go in faster with the secondary indexes set aside (`bulk_indexes`)?"""
        return bulk_indexes.worth_it(self.db, coming)

    def indexes_set_aside(self, rebuild: bool = True) -> AbstractContextManager[list[str]]:
        """The secondary indexes dropped for a block of the open write transaction, built again after it
        (not with rebuild=False: the caller rolls back at once). See `bulk_indexes`."""
        return bulk_indexes.set_aside(self.db, rebuild)

    def replace(self, record: Activity, seq: int, import_id: int | None = None) -> None:
        """Overwrite the stored record with the same UUID (the caller keeps the old one in history)."""
        self.replace_many([(record, seq)], import_id)

    def replace_many(
        self,
        numbered: Sequence[tuple[Activity, int]],
        import_id: int | None = None,
        digests: Digests = None,
        at: int | None = None,
    ) -> None:
        """Overwrite stored records (record, its new seq) by UUID, with one prepared statement for all.

        Every overwrite sets the row digest: the given one (the workbook row merged, at clock `at`) or
        none — a record changed any other way must not keep the digest of a row merged before."""
        columns = [c for c in RECORD_COLUMNS if c != "uuid"]
        rows = []
        for i, (rec, seq) in enumerate(numbered):
            values = to_db(rec)
            key = values.pop(_UUID)
            d = digests[i] if digests is not None else None
            rows.append([*values, seq, import_id, d, seq if d else None, at if d else None, key])
        query = statement(
            self.db, "UPDATE", "activity", (*columns, "seq", "import_id", *DIGEST_COLUMNS), where="uuid"
        )
        run_many(self.db, self._atomic, query, rows)

    def delete_rows(self, uuids: Iterable[str]) -> None:
        """Remove records outright (only undo of an import that inserted them does this)."""
        ids = list(uuids)
        p = self.db.param
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            marks = ", ".join([p] * len(chunk))
            self.db.execute_sql(f'DELETE FROM "activity" WHERE "uuid" IN ({marks})', chunk)

    # -- text search through the trigram index (migration 5) ---------------------------------------

    def has_search_index(self) -> bool:
        if self._search_index is None:
            if is_sqlite(self.db):
                row = self.db.execute_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity_search'"
                ).fetchone()
                self._search_index = row is not None
            else:  # the hub: pg_trgm's index where the server had the extension (pg_schema.search_index)
                from fieldapp.storage import pg_schema

                self._search_index = pg_schema.has_search_index(self.db)
        return self._search_index

    def use_search_index(self, f: RecordFilter, ordered: bool = True) -> bool | str:
        """Whether a text filter is best answered through the trigram index: a needle of 3+ characters
        that matches few records (a typo, a rare place name). A frequent one is found sooner by the
        scan in sort order, which stops after one page; the index would first gather every match.
        On the hub a count (`ordered=False`) reads every match anyway: the index always serves it; for
        a page the planner's estimate of the matches decides (statistics PostgreSQL keeps on the indexed
        expression: ~8,400 estimated for a needle in 7,680 of 96,000 records), at EXPLAIN's cost
        (~1 ms) instead of counting up to the cap through the index (~60 ms for a frequent needle)."""
        needle = sql.fold(f.text.strip())
        if len(needle) < 3 or not self.has_search_index():
            return False
        if is_sqlite(self.db) and not sql.index_trigrams(needle):
            return False  # no trigram FTS5's own case fold surely agrees on: the scan decides alone
        p = self.db.param
        if not is_sqlite(self.db):
            if not ordered:
                return sql.TRIGRAM
            matches = f"({sql.SEARCHED_TEXT}) LIKE {p} ESCAPE '\\'"
            query = f'EXPLAIN (FORMAT JSON) SELECT 1 FROM "activity" WHERE {matches}'
            plan = self._rows(query, (sql.like_escape(needle),))[0][0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            return sql.TRIGRAM if plan[0]["Plan"]["Plan Rows"] < self.SEARCH_CAP else False
        query = (
            'SELECT COUNT(*) FROM (SELECT 1 FROM "activity_search" '
            f'WHERE "activity_search" MATCH {p} LIMIT {p})'
        )
        return self._rows(query, (sql.fts_phrase(needle), self.SEARCH_CAP))[0][0] < self.SEARCH_CAP

    # -- the table, the dashboard, reports and export ----------------------------------------------

    def count(self, f: RecordFilter = RecordFilter()) -> int:
        """Matching records; served by the maintained totals when the filter allows (no full scan)."""
        p = self.db.param
        if sql.totals_served(f):
            return self._rows(*sql.totals_count_sql(f, p))[0][0]
        return self._rows(*sql.count_sql(f, p, self.use_search_index(f, ordered=False)))[0][0]

    def page_sql(self, f: RecordFilter, sort: Sort, after: Cursor | None, limit: int) -> tuple[str, list]:
        """The statement `page` runs: (sql, params)."""
        return sql.page_sql(f, sort, after, limit, self.db.param, self.use_search_index(f))

    def page(
        self,
        f: RecordFilter = RecordFilter(),
        sort: Sort = Sort(),
        after: Cursor | None = None,
        limit: int = 200,
    ) -> Page:
        """One keyset page: as fast at the millionth row as at the first, stable under inserts."""
        indexed = self.use_search_index(f)
        query = sql.page_sql(f, sort, after, limit + 1, self.db.param, indexed)
        frequent = (
            not indexed
            and not is_sqlite(self.db)
            and len(sql.fold(f.text.strip())) >= 3
            and self.has_search_index()
        )
        if frequent:
            # The hub, a needle its index estimates frequent: walk the table in order, stop at one page.
            # The planner's estimate of the five per-column tests is far too low for a frequent needle:
            # it read every record and sorted (~780 ms at 96,000 records, also with parallel workers,
            # whose start alone took ~85 ms on a busy machine) where the ordered walk takes ~1 ms.
            with self.db.atomic():
                self.db.execute_sql("SET LOCAL enable_sort = off")
                self.db.execute_sql("SET LOCAL max_parallel_workers_per_gather = 0")
                rows = self._rows(*query)
        else:
            rows = self._rows(*query)
        more = len(rows) > limit
        rows = rows[:limit]
        records = [from_db(r) for r in rows]
        nxt = None
        if more and rows:
            last = rows[-1]
            value = last[-1]
            if isinstance(value, date):
                value = value.isoformat()
            nxt = Cursor(value, last[-2])
        return Page(records, nxt)

    def iter_records(
        self,
        f: RecordFilter = RecordFilter(deleted=None),
        since_seq: int | None = None,
        batch: int = 2000,
    ) -> Iterator[Activity]:
        """Stream records in primary-key order without holding them all in memory."""
        last_pk = 0
        while True:
            rows = self._rows(*sql.stream_sql(f, last_pk, since_seq, batch, self.db.param))
            if not rows:
                return
            for row in rows:
                yield from_db(row)
            last_pk = rows[-1][-1]

    @contextmanager
    def small_page_cache(self, kib: int = 2048):
        """Run a one-pass scan (an export) with a small page cache on this thread's connection.

        A sequential scan gains nothing from the usual 32 MB cache, and filling it would make an export's
        memory grow with the database up to that size. (The hub's buffers are its server's business.)
        """
        if not is_sqlite(self.db):
            yield
            return
        old = self._rows("PRAGMA cache_size")[0][0]
        self.db.execute_sql(f"PRAGMA cache_size = -{int(kib)}")
        try:
            yield
        finally:
            self.db.execute_sql(f"PRAGMA cache_size = {int(old)}")

    def totals(self, f: RecordFilter, group: str) -> list[tuple]:
        """Sums of every measure and a record count per group: kind, region, office, month or none.

        Returns rows of (group value, record count, *sums in MEASURES order).
        """
        if sql.totals_served(f):  # the maintained totals (schema 4) answer without touching records
            return [tuple(r) for r in self._rows(*sql.totals_sql(f, group, self.db.param))]
        return [tuple(r) for r in self._rows(*sql.scan_totals_sql(f, group, self.db.param))]

    def breakdown(self, f: RecordFilter, *keys: str) -> list[tuple]:
        """Record count and sums per combination of `keys`, where a sum is None when no record has a value.

        Keys: any activity column (kind, region, office, site_type, language, target_groups, partners…)
        or "month". A measure no record in the group uses (not applicable) stays None instead of 0, so a
        report can tell "not applicable" from zero. Returns rows of (*key values, count, *MEASURES sums).
        """
        return [tuple(r) for r in self._rows(*sql.breakdown_sql(f, keys, self.db.param))]

    def offices_last_activity(self, f: RecordFilter = RecordFilter()) -> list[tuple[str, str, int]]:
        """(office, latest start_date, record count) for every office with records in `f` (active ones)."""
        return [(o, str(d) if d else "", n) for o, d, n in self._rows(*sql.offices_sql(f, self.db.param))]
