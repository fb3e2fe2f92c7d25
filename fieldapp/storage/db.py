"""Opening the database: every connection gets the same pragmas, set in this one place."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from peewee import SqliteDatabase

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


def open_database(path: str | Path) -> SqliteDatabase:
    """A peewee database on `path` (created if missing); connections are per thread.

    Every `atomic()` block starts with BEGIN IMMEDIATE: a writer takes the write lock first (waiting
    up to the busy timeout) instead of failing at once when it upgrades a read to a write.
    """
    pragmas = dict(PRAGMAS)
    override = os.environ.get(BUSY_TIMEOUT_ENV, "")
    if override.isdigit():
        pragmas["busy_timeout"] = int(override)
    db = SqliteDatabase(
        str(path),
        pragmas=pragmas,
        check_same_thread=False,
        autoconnect=True,
        lock_type="IMMEDIATE",
        timeout=pragmas["busy_timeout"] / 1000,
    )
    db.connect(reuse_if_open=True)
    if os.name == "posix" and Path(path).exists():
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)  # an older version made it world-readable
    return db
