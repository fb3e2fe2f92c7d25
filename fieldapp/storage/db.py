"""Opening the database: every connection gets the same pragmas, set in this one place."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

# WAL keeps readers free while the single writer commits; synchronous FULL makes a committed
# transaction survive a power cut; the busy timeout lets a reader wait out a checkpoint.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL
    "busy_timeout": 10000,
    "cache_size": -32000,  # 32 MB
    "temp_store": 2,  # memory
}


def open_database(path: str | Path) -> SqliteDatabase:
    """A peewee database on `path` (created if missing); connections are per thread."""
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False, autoconnect=True)
    db.connect(reuse_if_open=True)
    return db
