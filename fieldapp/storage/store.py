"""The Store: one fieldapp database file — records, history, settings, logs. All SQL lives here."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peewee import SQL, Case, SqliteDatabase, Tuple, fn
from peewee import DatabaseError as PeeweeDatabaseError

from fieldapp.domain.errors import CannotWrite, DatabaseDamaged
from fieldapp.domain.query import BLANK_LAST, Cursor, Page, RecordFilter, Sort
from fieldapp.domain.record import MEASURES, Activity, now_ms
from fieldapp.storage import backup as backups
from fieldapp.storage import health, hot
from fieldapp.storage.db import open_database, private
from fieldapp.storage.hot import RECORD_COLUMNS
from fieldapp.storage.migrations import LATEST, MIGRATIONS, NUMBERS
from fieldapp.storage.models import bind

APP_MARKER = "fieldapp"
CHUNK = 500  # rows per multi-row statement: well under SQLite's 32,766 host parameters

# Positions in RECORD_COLUMNS whose values need converting on the raw bulk paths.
_START, _END = RECORD_COLUMNS.index("start_date"), RECORD_COLUMNS.index("end_date")
_GROUPS, _DELETED = RECORD_COLUMNS.index("target_groups"), RECORD_COLUMNS.index("deleted")
_HISTORY_COLUMNS = (
    "activity_uuid",
    "version",
    "updated_at",
    "updated_device",
    "deleted",
    "snapshot",
    "replaced_at",
    "reason",
    "import_id",
)


def _db_values(record: Activity) -> list:
    """An Activity as column values in RECORD_COLUMNS order, as peewee's fields would store them."""
    values = [getattr(record, c) for c in RECORD_COLUMNS]
    start, end = values[_START], values[_END]
    values[_START] = start.isoformat() if isinstance(start, date) else start
    values[_END] = end.isoformat() if isinstance(end, date) else end
    values[_GROUPS] = " ".join(values[_GROUPS])
    values[_DELETED] = bool(values[_DELETED])  # 1/0 in SQLite, a boolean in PostgreSQL
    return values


class NotAFieldappDatabase(Exception):
    """The file is not a fieldapp database (or is newer than this version understands)."""


@dataclass(frozen=True)
class HistoryEntry:
    record: Activity  # the version that was replaced
    replaced_at: int
    reason: str  # edit | delete | restore | import | undo
    import_id: int | None


def fold(text: str) -> str:
    """Case- and normalisation-insensitive form of text, for searching Kazakh and Russian."""
    return unicodedata.normalize("NFC", text or "").casefold()


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a database file, also on read-only media: a WAL-mode copy there has
    no -shm file and cannot get one, so it is opened as immutable (nothing else can change it)."""
    uri = Path(path).resolve().as_uri()
    con = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=10)
    try:
        con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError as e:
        con.close()
        if "unable to open" not in str(e):
            raise
        con = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return con


def inspect_file(path: str | Path) -> int:
    """The schema version of a fieldapp database file; raises NotAFieldappDatabase otherwise."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise NotAFieldappDatabase(f"{path} is not an SQLite database")
        con = connect_read_only(path)
        try:
            rows = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('app', 'schema_version')"))
        finally:
            con.close()
    except (OSError, sqlite3.DatabaseError) as e:
        if isinstance(e, NotAFieldappDatabase):
            raise
        if health.no_room_beside(path, e):  # WAL needs its -shm file: at 0 bytes free the open fails
            raise CannotWrite(str(path.parent), disk_full=True) from e
        raise NotAFieldappDatabase(f"{path} is not a fieldapp database ({e})") from e
    if rows.get("app") != APP_MARKER:
        raise NotAFieldappDatabase(f"{path} is not a fieldapp database")
    raw = rows.get("schema_version", 0)
    try:
        version = int(raw)
    except (TypeError, ValueError):
        version = -1
    if version < 0:  # 'inf', a word, a negative: hand-edited or hostile, never written by fieldapp
        raise NotAFieldappDatabase(
            f"{path} is not a fieldapp database (schema version {raw!r} is not a number)"
        )
    if version > LATEST:
        raise NotAFieldappDatabase(f"{path} was written by a newer fieldapp (schema {version} > {LATEST})")
    return version


class Store:
    """An open fieldapp database. Reads from any thread; writes are serialised by the caller."""

    def __init__(self, path: str | Path, backup_dir: str | Path | None = None, verify: str = "daily"):
        """Open (or create) the database. verify: 'daily' runs SQLite's quick_check when the last pass is
        a day old, 'always' on every open (the command line), 'never' (a temporary copy being checked).

        Raises DatabaseDamaged when the file fails the check — or is missing or empty while backups
        exist, which is a lost database, not a new installation.
        """
        self.path = Path(path)
        self.backup_dir = Path(backup_dir) if backup_dir else self.path.parent / "backups"
        self.damage: DatabaseDamaged | None = None  # set when an error showed the file is damaged
        backups.remove_leftovers(self.backup_dir)  # of a backup that was interrupted (killed, disk full)
        size = self.path.stat().st_size if self.path.exists() else None
        if not size and backups.list_backups(self.backup_dir):
            state = "missing" if size is None else "empty (0 bytes)"
            raise DatabaseDamaged(str(self.path), state, self._newest_good(), missing=True)
        if size:
            try:
                inspect_file(self.path)
            except NotAFieldappDatabase as e:
                if not (health.looks_damaged(e.__cause__ or e) or "not an SQLite" in str(e)):
                    raise  # someone else's database, or a newer fieldapp's: not damage
                self._damaged(str(e.__cause__ or "not an SQLite database"))
        try:
            if not size:
                private(self.path)
            self.db = open_database(self.path)
            self.db.func("fa_fold")(fold)
            self.t = bind(self.db)
            if size and (verify == "always" or (verify == "daily" and health.check_due(self.path))):
                self._quick_check()
            self.last_migration_backup: Path | None = None
            self._search_index: bool | None = None
            self._migrate()
        except (OSError, sqlite3.Error, PeeweeDatabaseError) as e:
            self.close()
            raise self.translated(e) from e

    def _newest_good(self) -> str | None:
        found = health.newest_good_backup(self.backup_dir)
        return str(found) if found else None

    def _damaged(self, detail: str):
        health.forget_check(self.path)
        raise DatabaseDamaged(str(self.path), detail, self._newest_good())

    def _quick_check(self) -> None:
        try:
            problems = [r[0] for r in self.db.execute_sql("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        except (sqlite3.DatabaseError, PeeweeDatabaseError) as e:
            if not health.looks_damaged(e):
                raise
            problems = [str(e)]
        if problems:
            self.close()
            self._damaged("; ".join(problems[:3]))
        health.remember_check(self.path)

    def translated(self, error: BaseException) -> BaseException:
        """The user's error for a low-level one (busy, disk full, read-only, damaged), else `error`.

        Once damage was seen, this Store refuses every later write (see `atomic`).
        """
        found = health.translate(error, self.path, self.backup_dir) or error
        if isinstance(found, DatabaseDamaged):
            self.damage = found
        return found

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def atomic(self):
        """A write transaction (BEGIN IMMEDIATE: waits up to the busy timeout for another writer).

        A failure that the user can cause (another writer, a full disk, a read-only folder, a damaged
        file) leaves as the domain's error; the transaction is rolled back either way.
        """
        if self.damage is not None and not self.db.in_transaction():
            raise self.damage
        try:
            with self.db.atomic() as txn:
                yield txn
        except (OSError, sqlite3.Error, PeeweeDatabaseError) as e:
            err = self.translated(e)
            if err is e:
                raise
            raise err from e

    def schema_version(self) -> int:
        if not self.db.table_exists("meta"):
            return 0
        return int(self.get_meta("schema_version", "0"))

    def applied_migrations(self) -> set[int]:
        """The migrations this database has had. Numbers are reserved per line of work, so they have gaps
        and a lower one may arrive after a higher one was applied: each is recorded, not just the highest."""
        current = self.schema_version()
        listed = self.get_meta("migrations") if current else None
        if listed:
            return {int(n) for n in listed.split(",") if n}
        return {n for n in NUMBERS if n <= current}  # databases from before the list was kept

    def _migrate(self) -> None:
        current = self.schema_version()
        applied = self.applied_migrations()
        if applied >= NUMBERS:
            return
        if current > 0:
            self.last_migration_backup = backups.backup(
                self, reason=f"before-migration-{current}-to-{LATEST}"
            )
        for number, apply in MIGRATIONS:
            if number in applied:
                continue
            with self.atomic():
                apply(self.db)
                applied.add(number)
                self.set_meta("app", APP_MARKER)
                self.set_meta("schema_version", str(max(applied)))
                self.set_meta("migrations", ",".join(str(n) for n in sorted(applied)))

    # -- meta (installation identity, settings that travel with the data) ------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute_sql(
            f'SELECT "value" FROM "meta" WHERE "key" = {self.db.param}', (key,)
        ).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        M = self.t.Meta  # an upsert both engines speak (PostgreSQL has no INSERT OR REPLACE)
        M.insert(key=key, value=value).on_conflict(conflict_target=[M.key], update={M.value: value}).execute()

    def meta(self) -> dict[str, str]:
        # Read on every save (the installation's identity): plain SQL, ~20 µs instead of ~300 µs.
        return dict(self.db.execute_sql('SELECT "key", "value" FROM "meta"').fetchall())

    # -- records --------------------------------------------------------------------------------

    def _columns(self):
        A = self.t.Activity
        return [getattr(A, c) for c in RECORD_COLUMNS]

    @staticmethod
    def _to_record(row: tuple) -> Activity:
        values = dict(zip(RECORD_COLUMNS, row, strict=True))
        groups = values["target_groups"]
        values["target_groups"] = tuple(groups.split()) if groups else ()
        for k in (
            "district",
            "settlement",
            "site_type",
            "language",
            "partners",
            "notes",
            "entered_by",
            "clock",
            "conflicts",
        ):
            if values[k] is None:
                values[k] = ""
        values["deleted"] = bool(values["deleted"])
        return Activity(**values)

    @staticmethod
    def _to_row(record: Activity) -> dict:
        row = {c: getattr(record, c) for c in RECORD_COLUMNS}
        row["target_groups"] = " ".join(record.target_groups)
        return row

    def get(self, uuid: str) -> Activity | None:
        A = self.t.Activity
        row = A.select(*self._columns()).where(A.uuid == uuid).tuples().first()
        return self._to_record(row) if row else None

    def get_many(self, uuids: Iterable[str]) -> dict[str, Activity]:
        """Records by UUID, looked up in chunks."""
        out: dict[str, Activity] = {}
        ids = list(uuids)
        p = self.db.param
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            marks = ", ".join([p] * len(chunk))
            sql = f'SELECT {hot.SELECT_RECORD} FROM "activity" WHERE "uuid" IN ({marks})'
            for row in self.db.execute_sql(sql, chunk):
                rec = hot.from_db(row)
                out[rec.uuid] = rec
        return out

    @staticmethod
    def record_from_row(row) -> Activity:
        """An Activity from a raw row of RECORD_COLUMNS (as sqlite3 returns them, dates as text)."""
        return hot.from_db(row)

    def pk_of(self, uuid: str) -> int | None:
        A = self.t.Activity
        return A.select(A.pk).where(A.uuid == uuid).scalar()

    def next_seq(self) -> int:
        """The next change sequence number (call inside the write transaction)."""
        return self.max_seq() + 1

    def insert(self, record: Activity, seq: int, import_id: int | None = None) -> None:
        self.insert_many([record], seq, import_id)

    def insert_many(self, records: list[Activity], first_seq: int, import_id: int | None = None) -> int:
        """Insert new records, numbering them from `first_seq`; returns the next free seq.

        One prepared statement run over every row (executemany): building a multi-row INSERT in
        peewee costs ~90 µs a row in Python, this ~8 µs, so 100,000 imported records take ~1 s.
        """
        rows = [[*_db_values(rec), first_seq + i, import_id] for i, rec in enumerate(records)]
        self._executemany(self._insert_sql("activity", (*RECORD_COLUMNS, "seq", "import_id")), rows)
        return first_seq + len(records)

    def replace_many(self, records: Sequence[Activity], first_seq: int, import_id: int | None = None) -> int:
        """`replace` for many records (matched by UUID), numbered from `first_seq`; returns the next seq."""
        columns = [c for c in RECORD_COLUMNS if c != "uuid"]
        where = RECORD_COLUMNS.index("uuid")
        rows = []
        for i, rec in enumerate(records):
            values = _db_values(rec)
            key = values.pop(where)
            rows.append([*values, first_seq + i, import_id, key])
        q, p = self.db.quote[0], self.db.param
        sets = ", ".join(f"{q}{c}{q} = {p}" for c in (*columns, "seq", "import_id"))
        self._executemany(f"UPDATE {q}activity{q} SET {sets} WHERE {q}uuid{q} = {p}", rows)
        return first_seq + len(records)

    def _insert_sql(self, table: str, columns: Sequence[str]) -> str:
        q, p = self.db.quote[0], self.db.param
        names = ", ".join(f"{q}{c}{q}" for c in columns)
        return f"INSERT INTO {q}{table}{q} ({names}) VALUES ({', '.join([p] * len(columns))})"

    def _executemany(self, sql: str, rows: list) -> None:
        """Run one statement over many rows inside a transaction (a savepoint if one is open)."""
        if not rows:
            return
        if self.db.in_transaction():  # the caller's transaction (a savepoint would cost two statements)
            self.db.cursor().executemany(sql, rows)
            return
        with self.atomic():
            self.db.cursor().executemany(sql, rows)

    def replace(self, record: Activity, seq: int, import_id: int | None = None) -> None:
        """Overwrite the stored record with the same UUID (the caller keeps the old one in history)."""
        A = self.t.Activity
        row = self._to_row(record)
        row.pop("uuid")
        row["seq"] = seq
        row["import_id"] = import_id
        A.update(**row).where(A.uuid == record.uuid).execute()

    def delete_rows(self, uuids: Iterable[str]) -> None:
        """Remove records outright (only undo of an import that inserted them does this)."""
        A = self.t.Activity
        ids = list(uuids)
        for i in range(0, len(ids), CHUNK):
            A.delete().where(A.uuid.in_(ids[i : i + CHUNK])).execute()

    # -- history --------------------------------------------------------------------------------

    def add_history(
        self, old: Activity, reason: str, import_id: int | None = None, at: int | None = None
    ) -> None:
        self.add_history_many([old], reason, import_id, at)

    def add_history_many(
        self,
        olds: list[Activity],
        reason: str,
        import_id: int | None = None,
        at: int | None = None,
        written_by: list[int | None] | None = None,
    ) -> None:
        """Keep replaced versions; `written_by` names the import that had written each (for undo)."""
        at = at or now_ms()
        by = written_by or [None] * len(olds)
        rows = [
            (
                o.uuid,
                o.version,
                o.updated_at,
                o.updated_device,
                bool(o.deleted),
                json.dumps({**o.as_dict(), "written_by_import": w}, ensure_ascii=False, sort_keys=True),
                at,
                reason,
                import_id,
            )
            for o, w in zip(olds, by, strict=True)
        ]
        self._executemany(self._insert_sql("history", _HISTORY_COLUMNS), rows)

    def history(self, uuid: str) -> list[HistoryEntry]:
        """Every replaced version of a record, oldest first."""
        H = self.t.History
        query = H.select().where(H.activity_uuid == uuid).order_by(H.replaced_at, H.id)
        return [
            HistoryEntry(Activity.from_dict(json.loads(h.snapshot)), h.replaced_at, h.reason, h.import_id)
            for h in query
        ]

    def history_for_import(self, import_id: int) -> list[Activity]:
        """The versions an import overwrote, as they were before it (earliest entry per record)."""
        H = self.t.History
        query = H.select(H.activity_uuid, H.snapshot).where(H.import_id == import_id).order_by(H.id)
        seen: dict[str, Activity] = {}
        for uuid, snap in query.tuples():
            seen.setdefault(uuid, Activity.from_dict(json.loads(snap)))
        return list(seen.values())

    def delete_history_for_import(self, import_id: int) -> None:
        H = self.t.History
        H.delete().where(H.import_id == import_id).execute()

    # -- queries for the table, the dashboard and export ----------------------------------------

    def _where(self, f: RecordFilter, indexed: bool = False):
        A = self.t.Activity
        conds = []
        if f.deleted is not None:
            conds.append(A.deleted == f.deleted)
        if f.kinds:
            conds.append(A.kind.in_(f.kinds) if len(f.kinds) > 1 else A.kind == f.kinds[0])
        if f.regions:
            conds.append(A.region.in_(f.regions) if len(f.regions) > 1 else A.region == f.regions[0])
        if f.offices:
            conds.append(A.office.in_(f.offices) if len(f.offices) > 1 else A.office == f.offices[0])
        if f.date_from:
            conds.append(A.start_date >= f.date_from)
        if f.date_to:
            conds.append(A.start_date <= f.date_to)
        if f.text.strip():
            needle = fold(f.text.strip())
            haystack = (
                fn.fa_fold(A.district).contains(needle)
                | fn.fa_fold(A.settlement).contains(needle)
                | fn.fa_fold(A.partners).contains(needle)
                | fn.fa_fold(A.notes).contains(needle)
                | fn.fa_fold(A.entered_by).contains(needle)
            )
            if indexed:
                matching = SQL(
                    '"pk" IN (SELECT "rowid" FROM "activity_search" WHERE "activity_search" MATCH ?)',
                    [hot.fts_phrase(needle)],
                )
                conds.append(matching)
            conds.append(haystack)
        return conds

    def _filtered(self, query, f: RecordFilter, indexed: bool = False):
        conds = self._where(f, indexed)
        return query.where(*conds) if conds else query

    # -- text search through the trigram index (migration 5) ---------------------------------------

    SEARCH_CAP = 2000  # more matches than this: scanning in sort order finds a page sooner

    def has_search_index(self) -> bool:
        if self._search_index is None:
            row = self.db.execute_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity_search'"
            ).fetchone() if isinstance(self.db, SqliteDatabase) else None  # fmt: skip
            self._search_index = row is not None
        return self._search_index

    def use_search_index(self, f: RecordFilter) -> bool:
        """Whether a text filter is best answered through the trigram index: a needle of 3+ characters
        that matches few records (a typo, a rare place name). A frequent one is found sooner by the
        scan in sort order, which stops after one page; the index would first gather every match."""
        needle = fold(f.text.strip())
        if len(needle) < 3 or not self.has_search_index():
            return False
        sql = 'SELECT COUNT(*) FROM (SELECT 1 FROM "activity_search" WHERE "activity_search" MATCH ? LIMIT ?)'
        n = self.db.execute_sql(sql, (hot.fts_phrase(needle), self.SEARCH_CAP)).fetchone()[0]
        return n < self.SEARCH_CAP

    def count(self, f: RecordFilter = RecordFilter()) -> int:
        """Matching records; served by the maintained totals when the filter allows (no full scan)."""
        p = self.db.param
        if hot.totals_served(f):
            sql, params = hot.totals_count_sql(f, p)
        else:
            sql, params = hot.count_sql(f, p, fold, self.use_search_index(f))
        return self.db.execute_sql(sql, params).fetchone()[0]

    def page_query(self, f: RecordFilter, sort: Sort, after: Cursor | None, limit: int):
        """The SQL of a keyset page, exposed so tests can read its query plan."""
        A = self.t.Activity
        col = getattr(A, sort.column)
        if sort.rank:
            key = Case(col, [(code, i) for i, code in enumerate(sort.rank)], len(sort.rank))
        elif sort.column in BLANK_LAST:  # blanks last in both directions
            kind = "measure" if sort.column in MEASURES else "text"
            blank = (hot.BLANK_LOW if sort.descending else hot.BLANK_HIGH)[kind]
            text = col.cast("TEXT") if sort.column in hot.DATE_COLUMNS else col  # ISO text on both engines
            key = fn.COALESCE(col, blank) if kind == "measure" else fn.COALESCE(fn.NULLIF(text, ""), blank)
        else:
            key = col
        query = self._filtered(
            A.select(*self._columns(), A.pk, key.alias("sort_key")), f, self.use_search_index(f)
        )
        if after is not None:
            boundary = Tuple(key, A.pk)
            target = Tuple(after.value, after.pk)
            query = query.where(boundary < target if sort.descending else boundary > target)
        order = (key.desc(), A.pk.desc()) if sort.descending else (key.asc(), A.pk.asc())
        return query.order_by(*order).limit(limit)

    def page_sql(self, f: RecordFilter, sort: Sort, after: Cursor | None, limit: int) -> tuple[str, list]:
        """The statement `page` runs (page_query's, built directly): (sql, params)."""
        return hot.page_sql(f, sort, after, limit, self.db.param, fold, self.use_search_index(f))

    def page(
        self,
        f: RecordFilter = RecordFilter(),
        sort: Sort = Sort(),
        after: Cursor | None = None,
        limit: int = 200,
    ) -> Page:
        """One keyset page: as fast at the millionth row as at the first, stable under inserts."""
        rows = self.db.execute_sql(*self.page_sql(f, sort, after, limit + 1)).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        records = [hot.from_db(r) for r in rows]
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
        p = self.db.param
        while True:
            sql, params = hot.stream_sql(f, last_pk, since_seq, batch, p, fold)
            rows = self.db.execute_sql(sql, params).fetchall()
            if not rows:
                return
            for row in rows:
                yield hot.from_db(row)
            last_pk = rows[-1][-1]

    def max_seq(self) -> int:
        return self.db.execute_sql('SELECT MAX("seq") FROM "activity"').fetchone()[0] or 0

    def count_changed_since(self, seq: int, device_id: str | None = None) -> int:
        A = self.t.Activity
        query = A.select(fn.COUNT(SQL("*"))).where(A.seq > seq)
        if device_id is not None:
            query = query.where(A.updated_device == device_id)
        return query.scalar()

    def totals(self, f: RecordFilter, group: str) -> list[tuple]:
        """Sums of every measure and a record count per group: kind, region, office, month or none.

        Returns rows of (group value, record count, *sums in MEASURES order).
        """
        if hot.totals_served(f):  # the maintained totals (schema 4) answer without touching records
            return [tuple(r) for r in self.db.execute_sql(*hot.totals_sql(f, group, self.db.param))]
        A = self.t.Activity
        keys = {
            "kind": A.kind,
            "region": A.region,
            "office": A.office,
            "month": fn.SUBSTR(A.start_date, 1, 7),
        }
        sums = [fn.COALESCE(fn.SUM(getattr(A, m)), 0) for m in MEASURES]
        if group == "none":
            query = self._filtered(A.select(SQL("''"), fn.COUNT(SQL("*")), *sums), f)
            return list(query.tuples())
        key = keys[group]
        query = self._filtered(A.select(key.alias("g"), fn.COUNT(SQL("*")), *sums), f).group_by(SQL("g"))
        return list(query.order_by(SQL("g")).tuples())

    def breakdown(self, f: RecordFilter, *keys: str) -> list[tuple]:
        """Record count and sums per combination of `keys`, where a sum is None when no record has a value.

        Keys: any activity column (kind, region, office, site_type, language, target_groups, partners…)
        or "month". A measure no record in the group uses (not applicable) stays None instead of 0, so a
        report can tell "not applicable" from zero. Returns rows of (*key values, count, *MEASURES sums).
        """
        A = self.t.Activity
        cols = [fn.SUBSTR(A.start_date, 1, 7) if k == "month" else getattr(A, k) for k in keys]
        names = [SQL(f"k{i}") for i in range(len(keys))]
        sums = [fn.SUM(getattr(A, m)) for m in MEASURES]
        query = self._filtered(
            A.select(*(c.alias(f"k{i}") for i, c in enumerate(cols)), fn.COUNT(SQL("*")), *sums), f
        )
        if keys:
            query = query.group_by(*names).order_by(*names)
        return list(query.tuples())

    def offices_last_activity(self, f: RecordFilter | None = None) -> list[tuple[str, str, int]]:
        """(office, latest start_date, record count) for every office with records (in `f`, if given)."""
        A = self.t.Activity
        query = A.select(A.office, fn.MAX(A.start_date), fn.COUNT(SQL("*")))
        query = (
            (self._filtered(query, f) if f else query.where(A.deleted == False))  # noqa: E712 (peewee)
            .group_by(A.office)
            .order_by(A.office)
        )
        return [(o, str(d) if d else "", n) for o, d, n in query.tuples()]

    def offices_last_import(self) -> list[tuple[str, int, int]]:
        """(office, latest imported_at in epoch ms, import count) per office, over imports not undone."""
        L = self.t.ImportLog
        query = (
            L.select(L.office, fn.MAX(L.imported_at), fn.COUNT(SQL("*")))
            .where(L.undone_at.is_null() & (L.office != ""))
            .group_by(L.office)
            .order_by(L.office)
        )
        return list(query.tuples())

    # -- integrity ------------------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """SQLite's own checks: an empty list means the file is sound."""
        problems = [r[0] for r in self.db.execute_sql("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self.db.execute_sql("PRAGMA foreign_key_check").fetchall()]
        return problems

    def bookkeeping_problems(self) -> list[str]:
        """The app's own invariants on bookkeeping columns, checked in SQL."""
        A = self.t.Activity
        checks = {
            "updated_at before created_at": A.updated_at < A.created_at,
            "version below 1": A.version < 1,
            "children reached exceed people reached": (A.children_reached > A.people_reached),
            "negative measure": (
                (A.items_distributed < 0)
                | (A.sites_covered < 0)
                | (A.sessions < 0)
                | (A.volunteers < 0)
                | (A.volunteer_hours < 0)
                | (A.people_reached < 0)
                | (A.children_reached < 0)
            ),
            "end date before start date": A.end_date < A.start_date,
        }
        out = []
        for what, cond in checks.items():
            n = A.select(fn.COUNT(SQL("*"))).where(cond).scalar()
            if n:
                out.append(f"{n} record(s): {what}")
        dup = A.select(A.seq).group_by(A.seq).having(fn.COUNT(SQL("*")) > 1).count()
        if dup:
            out.append(f"{dup} duplicated change sequence number(s)")
        return out

    # -- import and export logs -----------------------------------------------------------------

    def log_import(self, **fields) -> int:
        return self.t.ImportLog.insert(**fields).execute()

    def update_import_log(self, import_id: int, **fields) -> None:
        L = self.t.ImportLog
        L.update(**fields).where(L.id == import_id).execute()

    def imports(self, limit: int = 200) -> list[dict]:
        L = self.t.ImportLog
        return list(L.select().order_by(L.id.desc()).limit(limit).dicts())

    def import_log(self, import_id: int) -> dict | None:
        L = self.t.ImportLog
        return L.select().where(L.id == import_id).dicts().first()

    def records_of_import(self, import_id: int) -> list[Activity]:
        A = self.t.Activity
        query = A.select(*self._columns()).where(A.import_id == import_id).tuples()
        return [self._to_record(r) for r in query]

    def changed_since_seq_excluding_import(self, seq: int, import_id: int) -> int:
        """Records written after `seq` by anything other than that import (blocks an undo)."""
        A = self.t.Activity
        cond = (A.seq > seq) & ((A.import_id.is_null()) | (A.import_id != import_id))
        return A.select(fn.COUNT(SQL("*"))).where(cond).scalar()

    def log_export(self, **fields) -> int:
        return self.t.ExportLog.insert(**fields).execute()

    def exports(self, limit: int = 200) -> list[dict]:
        L = self.t.ExportLog
        return list(L.select().order_by(L.id.desc()).limit(limit).dicts())

    def last_full_or_since_export(self) -> dict | None:
        L = self.t.ExportLog
        return L.select().where(L.scope.in_(("full", "since_last"))).order_by(L.id.desc()).dicts().first()
