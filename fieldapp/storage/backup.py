"""Backups through SQLite's online backup API, rotated; restore that keeps the current file first."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.storage.store import Store

KEEP_LATEST = 10
NAME = re.compile(r"^fieldapp-(\d{8})-(\d{6})-(\d{3})(?:-[\w.-]+)?\.sqlite3$")


def _stamp() -> str:
    now = datetime.now(UTC)
    return now.strftime("%Y%m%d-%H%M%S-") + f"{now.microsecond // 1000:03d}"


def backup(store: Store, directory: str | Path | None = None, reason: str = "") -> Path:
    """Copy the live database (consistent even while it is in use) into `directory`, then rotate."""
    directory = Path(directory) if directory else store.backup_dir
    directory.mkdir(parents=True, exist_ok=True)
    suffix = f"-{reason}" if reason else ""
    target = directory / f"fieldapp-{_stamp()}{suffix}.sqlite3"
    n = 1
    while target.exists():
        target = directory / f"fieldapp-{_stamp()}{suffix}-{n}.sqlite3"
        n += 1
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(partial)
    try:
        store.db.connection().backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    partial.replace(target)  # a crash mid-copy never leaves a half backup with a real name
    rotate(directory)
    return target


def list_backups(directory: str | Path) -> list[Path]:
    """Backups in `directory`, oldest first."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return sorted((p for p in directory.iterdir() if NAME.match(p.name)), key=lambda p: p.name)


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
    src = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True)
    try:
        src.backup(store.db.connection())
    finally:
        src.close()
