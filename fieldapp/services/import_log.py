"""The import log as the UI and undo read it (no openpyxl here: the exchange page reads it at start)."""

from __future__ import annotations

from fieldapp.storage import Store


def undoable_batch(store: Store) -> list[dict]:
    """The import-log rows an undo would take back, newest first: the latest import (all files of one
    call) that is not undone and changed records. Empty when there is nothing to undo."""
    logs = [r for r in store.imports(limit=1000) if r["undone_at"] is None]
    target = next((r for r in logs if r["first_seq"] is not None), None)
    if target is None:
        return []
    return [r for r in logs if r["first_seq"] == target["first_seq"]]
