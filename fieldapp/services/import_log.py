"""The import and export logs as the exchange page and undo read them (no openpyxl: read at start)."""

from __future__ import annotations

from fieldapp.storage import Store
from fieldapp.storage.logs import ExportLogEntry, ImportLogEntry


def undoable_batch(store: Store) -> list[ImportLogEntry]:
    """The import-log rows an undo would take back, newest first: the latest import (all files of one
    call) that is not undone and changed records. Empty when there is nothing to undo."""
    logs = [r for r in store.logs.imports(limit=1000) if r.undone_at is None]
    target = next((r for r in logs if r.first_seq is not None), None)
    if target is None:
        return []
    return [r for r in logs if r.first_seq == target.first_seq]


def history(store: Store, limit: int = 200) -> tuple[list[ImportLogEntry], list[ExportLogEntry]]:
    """The import and export logs, newest first, for the exchange page's history tables."""
    return store.logs.imports(limit), store.logs.exports(limit)


def last_counted_export(store: Store) -> ExportLogEntry | None:
    """The latest full or since-last export: where "changes not yet exported" are counted from."""
    return store.logs.last_counted_export()
