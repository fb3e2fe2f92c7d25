"""Opening the database: every connection gets the same pragmas, set in this one place.

An SQLite Store's database is a `LazySqlite`: plain sqlite3 until something needs peewee. Opening the
file, its checks and the first page are plain SQL; importing peewee and building the models cost every
start ~25 ms, so they come when a write, a model query or a migration first asks (peewee then adopts
each thread's connection, so a transaction still reads through the connection that writes).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import Database, SqliteDatabase

sql_log = logging.getLogger("peewee")  # statements logged where peewee logs its own (debug level)

BUSY_TIMEOUT_ENV = "FIELDAPP_BUSY_TIMEOUT_MS"  # tests shorten the wait; users never need it

# WAL keeps readers free while the single writer commits; synchronous FULL makes a committed
# transaction survive a power cut; the busy timeout lets a writer wait for another one (the desktop
# app and a command-line import on the same data) before it gives up with "database is locked".
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL
    "busy_timeout": 10000,
    "cache_size": -32000,  # 32 MB
    "temp_store": 2,  # memory
}


def private(path: Path) -> None:
    """Create `path` (if missing) readable by its owner only: it holds data about children.

    SQLite gives its -wal and -shm files the database file's permissions, so they follow.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
        if os.name == "posix":
            os.chmod(path, 0o600)
    except FileNotFoundError:
        raise
    except PermissionError:
        pass  # a read-only folder: opening will say so in the user's terms


def open_database(path: str | Path) -> LazySqlite:
    """The database on `path` (created if missing); connections are per thread. It speaks peewee's
    Database API (peewee itself is imported on first use of anything beyond plain SQL, see LazySqlite).

    Every `atomic()` block starts with BEGIN IMMEDIATE: a writer takes the write lock first (waiting
    up to the busy timeout) instead of failing at once when it upgrades a read to a write.
    """
    pragmas = dict(PRAGMAS)
    override = os.environ.get(BUSY_TIMEOUT_ENV, "")
    if override.isdigit():
        pragmas["busy_timeout"] = int(override)
    db = LazySqlite(str(path), pragmas, timeout=pragmas["busy_timeout"] / 1000)
    db.connect(reuse_if_open=True)
    if os.name == "posix" and Path(path).exists():
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)  # an older version made it world-readable
    return db


def is_sqlite(db) -> bool:
    """Is `db` an SQLite database (a LazySqlite or peewee's own), not the hub's PostgreSQL?"""
    if isinstance(db, LazySqlite):
        return True
    peewee = sys.modules.get("peewee")
    return peewee is not None and isinstance(db, peewee.SqliteDatabase)


def peewee_database(db) -> Database:
    """The peewee Database behind `db` (models and migrations bind to it)."""
    return db.peewee() if isinstance(db, LazySqlite) else db


class LazySqlite:
    """An SQLite database that is plain sqlite3 until something needs peewee (see the module's note).

    Before: `execute_sql`, `param`, `quote`, `table_exists`, `func`, `in_transaction`, `is_closed`,
    `connect` and `close` run on this thread's sqlite3 connection, opened exactly as peewee opens one
    (autocommit, the same pragmas, timeout and functions); sqlite3's errors leave as peewee's. After
    (anything else, e.g. `atomic()`): everything is peewee's `SqliteDatabase`, which takes over each
    thread's connection the first time that thread uses it.
    """

    param = "?"
    quote = '""'

    def __init__(self, path: str, pragmas: dict, timeout: float):
        self.database = path
        self._pragmas = dict(pragmas)
        self._timeout = timeout
        self._functions: dict[str, tuple] = {}
        self._local = threading.local()  # .conn: this thread's connection while peewee has not taken it
        self._lock = threading.Lock()
        self._peewee: SqliteDatabase | None = None

    def __getattr__(self, name: str):  # everything beyond plain SQL is peewee's
        if name.startswith("__") or name in ("_peewee", "_local", "_lock"):
            raise AttributeError(name)
        return getattr(self.peewee(), name)

    def peewee(self) -> SqliteDatabase:
        with self._lock:
            if self._peewee is None:
                self._peewee = _adopting_database(self)
        return self._peewee

    # -- plain SQL on this thread's connection (peewee's once it is there) -------------------------

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.database, timeout=self._timeout, isolation_level=None, check_same_thread=False
            )
            try:
                cursor = conn.cursor()
                for pragma, value in self._pragmas.items():
                    cursor.execute(f"PRAGMA {pragma} = {value};")
                cursor.close()
                for name, (fn, num_params, deterministic) in self._functions.items():
                    _add_function(conn, name, fn, num_params, deterministic)
            except BaseException:
                conn.close()
                raise
            self._local.conn = conn
        return conn

    def _as_peewee_error(self, error: sqlite3.Error):
        """Raise sqlite3's error as peewee's (what callers saw before this class existed)."""
        wrapper = _import_peewee().__exception_wrapper__
        with wrapper:
            raise error

    def execute_sql(self, sql: str, params=None, commit=None):
        if self._peewee is not None:
            return self._peewee.execute_sql(sql, params)
        sql_log.debug((sql, params))
        try:
            return self._connection().execute(sql, params or ())
        except sqlite3.Error as e:
            self._as_peewee_error(e)

    def connect(self, reuse_if_open: bool = False) -> bool:
        if self._peewee is not None:
            return self._peewee.connect(reuse_if_open=reuse_if_open)
        opened = getattr(self._local, "conn", None) is None
        try:
            self._connection()
        except sqlite3.Error as e:
            self._as_peewee_error(e)
        return opened

    def table_exists(self, name: str) -> bool:
        if self._peewee is not None:
            return self._peewee.table_exists(name)
        row = self.execute_sql(
            'SELECT 1 FROM "main".sqlite_master WHERE type = ? AND name = ?', ("table", name)
        ).fetchone()
        return row is not None

    def func(self, name: str | None = None, num_params: int = -1, deterministic: bool | None = None):
        def decorator(fn):
            self._functions[name or fn.__name__] = (fn, num_params, deterministic)
            if self._peewee is not None:
                self._peewee.register_function(fn, name, num_params, deterministic)
            elif getattr(self._local, "conn", None) is not None:
                _add_function(self._local.conn, name or fn.__name__, fn, num_params, deterministic)
            return fn

        return decorator

    def in_transaction(self) -> bool:
        if self._peewee is not None:
            return self._peewee.in_transaction()
        return False  # transactions are peewee's `atomic()`: before it, none was begun

    def is_closed(self) -> bool:
        if self._peewee is not None:
            return self._peewee.is_closed()
        return getattr(self._local, "conn", None) is None

    def close(self) -> bool:
        if self._peewee is not None:
            return self._peewee.close()
        conn = getattr(self._local, "conn", None)
        if conn is None:
            return False
        self._local.conn = None
        conn.close()
        return True


def _add_function(conn: sqlite3.Connection, name: str, fn, num_params: int, deterministic) -> None:
    kwargs = {"deterministic": deterministic} if deterministic else {}  # as peewee does
    conn.create_function(name, num_params, fn, **kwargs)


def _import_peewee():
    from fieldapp.storage.engine import import_peewee_without_drivers

    import_peewee_without_drivers()
    import peewee

    return peewee


def _adopting_database(lazy: LazySqlite) -> SqliteDatabase:
    """peewee's SqliteDatabase with `lazy`'s settings; each thread's first connection is the one that
    thread already had (if any), so nothing a thread did is on a different connection afterwards."""
    peewee = _import_peewee()

    class AdoptingSqliteDatabase(peewee.SqliteDatabase):
        def _connect(self):
            conn = getattr(lazy._local, "conn", None)
            if conn is None:
                return super()._connect()
            lazy._local.conn = None  # peewee's from now on
            self._add_conn_hooks(conn)
            return conn

    db = AdoptingSqliteDatabase(
        lazy.database,
        pragmas=lazy._pragmas,
        check_same_thread=False,
        autoconnect=True,
        lock_type="IMMEDIATE",
        timeout=lazy._timeout,
    )
    for name, (fn, num_params, deterministic) in lazy._functions.items():
        db.register_function(fn, name, num_params, deterministic)
    return db
