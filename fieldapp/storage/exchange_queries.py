"""Queries the workbook import needs beyond the Store's own: records with their change bookkeeping."""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from fieldapp.domain.record import Activity
from fieldapp.storage.store import CHUNK, RECORD_COLUMNS, Store


def get_many_with_state(store: Store, uuids: Iterable[str]) -> dict[str, tuple[Activity, int, int | None]]:
    """uuid → (record, seq, import_id that last wrote it), looked up in chunks (one query per chunk).

    Plain SQL through the connection: at an import's volume, peewee's row wrapping costs more than the query.
    """
    names = ", ".join(f'"{c}"' for c in (*RECORD_COLUMNS, "seq", "import_id"))
    out: dict[str, tuple[Activity, int, int | None]] = {}
    ids = list(uuids)
    n = len(RECORD_COLUMNS)
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ", ".join([store.db.param] * len(chunk))
        cursor = store.db.execute_sql(f'SELECT {names} FROM "activity" WHERE "uuid" IN ({marks})', chunk)
        for row in cursor.fetchall():
            rec = store._to_record(_typed(row[:n]))
            out[rec.uuid] = (rec, row[n], row[n + 1])
    return out


_START, _END = RECORD_COLUMNS.index("start_date"), RECORD_COLUMNS.index("end_date")


def _typed(row: tuple) -> tuple:
    """Dates come back from SQLite as ISO text; peewee would have made them dates."""
    values = list(row)
    for i in (_START, _END):
        if isinstance(values[i], str):
            values[i] = date.fromisoformat(values[i])
    return tuple(values)


def replace_many(store: Store, records: list[tuple[Activity, int]], import_id: int | None) -> None:
    """Overwrite stored records (record, seq) by UUID, with one prepared statement run for all."""
    if not records:
        return
    names = [c for c in RECORD_COLUMNS if c != "uuid"]
    p = store.db.param
    sets = ", ".join(f'"{c}" = {p}' for c in (*names, "seq", "import_id"))
    sql = f'UPDATE "activity" SET {sets} WHERE "uuid" = {p}'
    rows = []
    for rec, seq in records:
        row = store._to_row(rec)
        rows.append(
            [
                *(_plain(row[c]) for c in names),
                seq,
                import_id,
                rec.uuid,
            ]
        )
    store.db.cursor().executemany(sql, rows)


def _plain(value):
    """Values as peewee would store them (dates as ISO text; a bool binds as 0/1 in SQLite, a boolean in
    PostgreSQL)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def overwritten_by_import(
    store: Store, import_id: int, reason: str = "import"
) -> dict[str, tuple[Activity, int | None]]:
    """uuid → (the version an import overwrote, the import that had written it), from the earliest
    history entry with that reason."""
    H = store.t.History
    query = (
        H.select(H.activity_uuid, H.snapshot)
        .where((H.import_id == import_id) & (H.reason == reason))
        .order_by(H.id)
        .tuples()
    )
    out: dict[str, tuple[Activity, int | None]] = {}
    for uuid, snapshot in query:
        if uuid not in out:
            d = json.loads(snapshot)
            out[uuid] = (Activity.from_dict(d), d.get("written_by_import"))
    return out


@dataclass(frozen=True)
class Blocking:
    """A record an import wrote that was changed after it (so the import cannot be undone)."""

    uuid: str
    office: str
    start_date: date | None
    reason: str  # the history reason of the change: edit, delete, resolve, …
    at: int


def changed_after_import(store: Store, import_id: int, last_seq: int | None) -> list[Blocking]:
    """Records written by the import and changed afterwards: the version the import wrote went to
    history (written_by_import = the import) through something other than an import."""
    if last_seq is None:
        return []
    H = store.t.History
    A = store.t.Activity
    after = [
        u
        for (u,) in A.select(A.uuid)
        .where((A.seq > last_seq) & (A.import_id.is_null() | (A.import_id != import_id)))
        .tuples()
    ]
    out: list[Blocking] = []
    for i in range(0, len(after), CHUNK):
        chunk = after[i : i + CHUNK]
        query = (
            H.select(H.activity_uuid, H.snapshot, H.reason, H.replaced_at)
            .where(H.activity_uuid.in_(chunk) & H.import_id.is_null())
            .order_by(H.id)
            .tuples()
        )
        seen: set[str] = set()
        for uuid, snapshot, reason, at in query:
            d = json.loads(snapshot)
            if uuid not in seen and d.get("written_by_import") == import_id:
                seen.add(uuid)
                rec = Activity.from_dict(d)
                out.append(Blocking(uuid, rec.office, rec.start_date, reason, at))
    return out


@contextmanager
def small_page_cache(store: Store, kib: int = 2048):
    """Run a one-pass scan (an export) with a small page cache on this thread's connection.

    A sequential scan gains nothing from the usual 32 MB cache, and filling it would make an export's
    memory grow with the database up to that size.
    """
    if getattr(store, "is_hub", False):  # PostgreSQL's shared buffers are the server's business
        yield
        return
    old = store.db.execute_sql("PRAGMA cache_size").fetchone()[0]
    store.db.execute_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        store.db.execute_sql(f"PRAGMA cache_size = {int(old)}")
