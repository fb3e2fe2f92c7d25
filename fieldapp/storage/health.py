"""Is the database sound, busy or unwritable? SQLite's checks, and its errors put into the domain's terms.

`quick_check` runs on open at least once a day (the last pass is remembered in a small file beside the
database) and after any error that looks like corruption; a damaged database is never written to, and
the error names the newest backup that passes the same check.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import time
from pathlib import Path

from fieldapp.domain.errors import CannotWrite, DatabaseBusy, DatabaseDamaged, FieldappError

CHECK_STAMP = ".last-quick-check"  # beside the database: when quick_check last passed (epoch seconds)
CHECK_EVERY_S = 24 * 3600

_BUSY = ("database is locked", "database is busy", "database table is locked")
_FULL = ("database or disk is full", "disk is full", "no space left")
_READONLY = (
    "attempt to write a readonly database",
    "readonly database",
    "unable to open database file",
    "read-only file system",
    "permission denied",
    "disk i/o error",
)
_DAMAGED = (
    "malformed",
    "file is not a database",
    "not a database",
    "database corruption",
    "database disk image",
)


def no_room_beside(path: Path, error: BaseException) -> bool:
    """An I/O error while the folder holding `path` has (almost) no free bytes: a full disk, not damage."""
    if not ("disk i/o error" in str(error).lower() or getattr(error, "errno", None) == errno.ENOSPC):
        return False
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def looks_damaged(error: BaseException) -> bool:
    return any(s in str(error).lower() for s in _DAMAGED)


def translate(error: BaseException, database: Path, backup_dir: Path | None = None) -> FieldappError | None:
    """The user-facing error for a low-level one (SQLite or the file system), or None if it is a bug.

    The chain of causes is followed: SQLite rolls back by itself on a full disk, and the ORM's own
    rollback then fails with "no transaction is active", hiding the error that mattered.
    """
    chain, link = [], error
    while link is not None and len(chain) < 10:
        chain.append(link)
        link = link.__cause__ or link.__context__
    for link in chain:  # the hub's server said what happened: peewee's wrapper only repeats its words
        if type(link).__module__.split(".")[0] == "psycopg":
            from fieldapp.storage.hub import translate as translate_hub

            found = translate_hub(link)
            if found is not None:
                return found
    seen = 0
    while error is not None and seen < 10:
        found = _translate_one(error, database, backup_dir)
        if found is not None:
            return found
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def _translate_one(error: BaseException, database: Path, backup_dir: Path | None) -> FieldappError | None:
    if isinstance(error, FieldappError):
        return error
    if type(error).__module__.split(".")[0] == "psycopg":  # the coordinators' hub (PostgreSQL)
        from fieldapp.storage.hub import translate as translate_hub

        return translate_hub(error)
    text = str(error).lower()
    directory = str(database.parent)
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return CannotWrite(directory, disk_full=True)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            where = str(Path(error.filename).parent) if error.filename else directory
            return CannotWrite(where, disk_full=False, detail=error.strerror or "")
        return None
    if not _is_database_error(error):
        return None
    if any(s in text for s in _BUSY):
        return DatabaseBusy()
    if any(s in text for s in _FULL):
        return CannotWrite(directory, disk_full=True)
    if any(s in text for s in _READONLY):
        return CannotWrite(directory, disk_full=False, detail=str(error))
    if looks_damaged(error):
        forget_check(database)
        return DatabaseDamaged(str(database), str(error), _newest(backup_dir))
    return None


def _is_database_error(error: BaseException) -> bool:
    if isinstance(error, sqlite3.Error):
        return True
    import peewee  # the ORM wraps sqlite3's errors in its own classes

    return isinstance(error, peewee.DatabaseError)


def _newest(backup_dir: Path | None) -> str | None:
    if backup_dir is None:
        return None
    found = newest_good_backup(backup_dir)
    return str(found) if found else None


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check on a file opened read-only; an empty list means it passed."""
    try:
        from fieldapp.storage.store import connect_read_only

        con = connect_read_only(path)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return [str(e)]
    return [r[0] for r in rows if r[0] != "ok"]


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup in `backup_dir` that is a fieldapp database passing quick_check."""
    from fieldapp.storage.backup import list_backups
    from fieldapp.storage.store import NotAFieldappDatabase, inspect_file

    for path in reversed(list_backups(backup_dir)):
        try:
            inspect_file(path)
        except NotAFieldappDatabase:
            continue
        if not quick_check(path):
            return path
    return None


def check_due(database: Path) -> bool:
    stamp = database.parent / CHECK_STAMP
    try:
        last = float(stamp.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return True
    return not 0 <= time.time() - last < CHECK_EVERY_S


def remember_check(database: Path) -> None:
    stamp = database.parent / CHECK_STAMP
    try:
        fd = os.open(stamp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(f"{int(time.time())}\n")  # floored: a stamp rounded up is in the future (a check again)
    except OSError:
        pass  # a read-only folder: the next open checks again, which is only slower


def forget_check(database: Path) -> None:
    """After an error that smells of corruption: the next open checks the file again."""
    with contextlib.suppress(OSError):
        (database.parent / CHECK_STAMP).unlink(missing_ok=True)


def quick_check_live(path: Path) -> list[str]:
    """quick_check on the live database through an ordinary connection (a WAL file opened read-only
    needs its -shm file, which may be missing); nothing is written."""
    try:
        con = sqlite3.connect(path, timeout=10)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return [str(e)]
    return [r[0] for r in rows if r[0] != "ok"]
