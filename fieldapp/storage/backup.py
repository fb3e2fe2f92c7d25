"""Backups through SQLite's online backup API, rotated; automatic ones before imports and daily.

A backup is written to a `.partial` file (owner-only) and renamed when complete, so an interrupted
or full-disk backup never leaves a truncated file with a real name; leftovers are removed.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.storage.store import Store

KEEP_LATEST = 10
NAME = re.compile(r"^fieldapp-(\d{8})-(\d{6})-(\d{3})(?:-[\w.-]+)?\.sqlite3$")
LEFTOVER = re.compile(r"^fieldapp-.*\.(partial|partial-journal|partial-wal|partial-shm|sqlite3-journal)$")
LEFTOVER_AGE_S = 600  # younger ones may belong to a backup another fieldapp is writing right now
DAILY_S = 24 * 3600
STATE_KEY = "backup_state"  # meta: what the database held when the newest automatic backup was made


def _stamp() -> str:
    now = datetime.now(UTC)
    return now.strftime("%Y%m%d-%H%M%S-") + f"{now.microsecond // 1000:03d}"


def backup(
    store: Store, directory: str | Path | None = None, reason: str = "", committed_only: bool = False
) -> Path:
    """Copy the live database (consistent even while it is in use) into `directory`, then rotate.

    committed_only: read through a separate connection, which sees only committed data (WAL), so a
    backup taken inside an open write transaction holds the state before it.
    A full disk or an unwritable folder raises CannotWrite and leaves nothing behind.
    The coordinators' hub (PostgreSQL) is backed up on its server with pg_dump: an automatic backup
    (with a reason) is skipped, one asked for is refused with that advice.
    """
    if getattr(store, "is_hub", False):
        if reason:
            return None
        from fieldapp.domain.errors import BadInput

        raise BadInput(
            "the shared database is backed up on its server (pg_dump, see docs/deployment.md), "
            "not by fieldapp"
        )
    directory = Path(directory) if directory else store.backup_dir
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_leftovers(directory)
        suffix = f"-{reason}" if reason else ""
        target = directory / f"fieldapp-{_stamp()}{suffix}.sqlite3"
        n = 1
        while target.exists():
            target = directory / f"fieldapp-{_stamp()}{suffix}-{n}.sqlite3"
            n += 1
        partial = target.with_suffix(".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        try:
            dest = sqlite3.connect(partial)
            source = sqlite3.connect(store.path, timeout=10) if committed_only else store.db.connection()
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
                if committed_only:
                    source.close()
            with open(partial, "rb+") as f:
                os.fsync(f.fileno())
            partial.replace(target)  # a crash mid-copy never leaves a half backup with a real name
        finally:
            for p in (partial, partial.with_name(partial.name + "-journal")):
                p.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as e:
        from fieldapp.storage import health

        raise health.translate(e, directory / "x", None) or e from e
    rotate(directory)
    return target


def remove_leftovers(directory: str | Path, min_age_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Delete `.partial` and journal files an interrupted backup left (older than `min_age_s`)."""
    directory = Path(directory)
    removed = []
    if not directory.is_dir():
        return removed
    now = time.time()
    for p in directory.iterdir():
        if LEFTOVER.match(p.name):
            try:
                if now - p.stat().st_mtime >= min_age_s:
                    p.unlink()
                    removed.append(p)
            except OSError:
                pass
    return removed


def list_backups(directory: str | Path) -> list[Path]:
    """Backups in `directory`, oldest first."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return sorted((p for p in directory.iterdir() if NAME.match(p.name)), key=lambda p: p.name)


def age_s(path: Path) -> float:
    """Seconds since the backup was made, read from its name (UTC)."""
    m = NAME.match(path.name)
    made = datetime.strptime(f"{m.group(1)}{m.group(2)}", "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    return (datetime.now(UTC) - made).total_seconds()


def _state(store: Store) -> str:
    """A cheap fingerprint of what the database holds: changes, imports, exports and settings."""
    row = store.db.execute_sql(
        'SELECT (SELECT MAX("seq") FROM "activity"), (SELECT MAX("id") FROM "import_log"), '
        '(SELECT MAX("undone_at") FROM "import_log"), (SELECT MAX("id") FROM "history"), '
        """(SELECT group_concat("key" || '=' || "value") FROM "meta" WHERE "key" != 'backup_state')"""
    ).fetchone()
    return "|".join("" if v is None else str(v) for v in row)


def automatic(store: Store, reason: str, older_than_s: float = 0.0) -> Path | None:
    """A backup unless nothing changed since the last automatic one (and, with `older_than_s`, unless
    the newest backup is younger than that). Returns the new backup, or None (always on the hub)."""
    if getattr(store, "is_hub", False):
        return None
    state = _state(store)
    if older_than_s:
        newest = list_backups(store.backup_dir)
        if newest and age_s(newest[-1]) < older_than_s:
            return None
    if store.get_meta(STATE_KEY) == state and list_backups(store.backup_dir):
        return None
    if not store.records.max_seq() and not list_backups(store.backup_dir) and reason == "daily":
        return None  # a fresh installation has nothing to keep yet
    path = backup(store, reason=reason)
    with store.atomic():
        store.set_meta(STATE_KEY, state)
    return path


def rotate(directory: str | Path, keep: int = KEEP_LATEST) -> list[Path]:
    """Keep the newest `keep` backups plus the newest of every earlier month; return what was removed."""
    files = list_backups(directory)
    older = files[:-keep] if len(files) > keep else []
    newest_per_month: dict[str, Path] = {}
    for p in older:
        newest_per_month[NAME.match(p.name).group(1)[:6]] = p  # files are sorted, so the last wins
    removed = [p for p in older if p not in newest_per_month.values()]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def copy_into(source: str | Path, store: Store) -> None:
    """Replace the live database's content with `source`'s, page by page, in one step."""
    from fieldapp.storage.store import connect_read_only

    src = connect_read_only(source)
    try:
        src.backup(store.db.connection())
    finally:
        src.close()
