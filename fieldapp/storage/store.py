"""The Store: one open fieldapp database — opening, checks, migrations, settings — and its rooms.

Each table's statements live in its room: `store.records` (storage/records.py), `store.history`
(storage/history.py), `store.logs` (storage/logs.py); targets and reference data have their modules.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

from fieldapp.domain.errors import CannotWrite, DatabaseDamaged
from fieldapp.storage import backup as backups
from fieldapp.storage import health
from fieldapp.storage.db import open_database, peewee_database, private
from fieldapp.storage.migrations import LATEST, MIGRATIONS, NUMBERS
from fieldapp.storage.record_sql import fold
from fieldapp.storage.records import RecordRoom

APP_MARKER = "fieldapp"


def database_errors() -> tuple[type[BaseException], ...]:
    """What a database operation may raise: sqlite3's errors, and peewee's once peewee is imported
    (before that none can be raised: peewee is imported lazily, see storage/db.py)."""
    peewee = sys.modules.get("peewee")
    found = (OSError, sqlite3.Error)
    return (*found, peewee.DatabaseError) if peewee is not None else found


def _backup_reason(current: int, applied: set[int]) -> str:
    """The backup's name says what is about to be applied: `before-migration-6-to-11` when the schema
    number moves, `before-migration-7` (or `-7-and-9`) when only lower numbers that arrived late do."""
    pending = sorted(NUMBERS - applied)
    if pending[-1] > current:
        return f"before-migration-{current}-to-{pending[-1]}"
    return "before-migration-" + "-and-".join(map(str, pending))


class NotAFieldappDatabase(Exception):
    """The file is not a fieldapp database (or is newer than this version understands)."""


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
    """An open fieldapp database. Reads from any thread (connections are per thread); writes are
    serialised by the caller (the desktop app's single writer thread, one command at a time)."""

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
            self.records = RecordRoom(self.db, self.atomic)
            if size and (verify == "always" or (verify == "daily" and health.check_due(self.path))):
                self._quick_check()
            self.last_migration_backup: Path | None = None
            self._migrate()
        except database_errors() as e:
            self.close()
            raise self.translated(e) from e

    def __getattr__(self, name: str):
        """`t` (the peewee models), `logs` (their room) and `history` are made when first used: neither
        peewee nor the history's statements are needed to open the file and read the first page
        (start-up time)."""
        if name == "history":
            from fieldapp.storage.history import HistoryRoom

            self.history = HistoryRoom(self.db, self.atomic)
            return self.history
        if name == "t":
            from fieldapp.storage.models import bind

            self.t = bind(peewee_database(self.db))
            return self.t
        if name == "logs":
            from fieldapp.storage.logs import LogRoom

            self.logs = LogRoom(self.t)
            return self.logs
        raise AttributeError(name)

    def _newest_good(self) -> str | None:
        found = health.newest_good_backup(self.backup_dir)
        return str(found) if found else None

    def _damaged(self, detail: str):
        health.forget_check(self.path)
        raise DatabaseDamaged(str(self.path), detail, self._newest_good())

    def _quick_check(self) -> None:
        try:
            problems = [r[0] for r in self.db.execute_sql("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        except database_errors() as e:
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
        except database_errors() as e:
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
            self.last_migration_backup = backups.backup(self, reason=_backup_reason(current, applied))
        for number, apply in MIGRATIONS:
            if number in applied:
                continue
            with self.atomic():
                apply(peewee_database(self.db))
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

    # -- integrity ------------------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """SQLite's own checks: an empty list means the file is sound."""
        problems = [r[0] for r in self.db.execute_sql("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self.db.execute_sql("PRAGMA foreign_key_check").fetchall()]
        return problems

    def bookkeeping_problems(self) -> list[str]:
        """The app's own invariants on bookkeeping columns, checked in SQL."""
        from peewee import SQL, fn

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
