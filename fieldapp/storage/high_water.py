"""Numbers this installation issued and sent away, which no undo or restore may make it issue again.

An undo (of an import, of a reference version) takes records or reference data back to an older state;
a restore takes the whole file back. Numbers derived from that state alone would be issued a second
time, for other content, after the first already travelled (attack report findings 4 and 6).

- Edit stamps (domain/clock.py): a record's next stamp goes above its own clock and above
  `stamp_floor(store, uuid)`: the largest version of that record that history holds (an undone version
  stays there, reason "undo") and the floor a restore left (meta `stamp_floor`: the largest Lamport
  number the device had put on any edit in the file the restore replaced). Per record on purpose: one
  record's absurd number (a broken or hostile workbook) must not lift every later edit of the device,
  which would then win every concurrent edit (docs/decisions.md).
- Reference versions: `reference_high`, the largest version stored here, undone ones included (and
  meta `reference_high`, which a restore carries forward).
"""

from __future__ import annotations

from fieldapp.storage.store import Store

STAMP = "stamp_floor"
REFERENCE = "reference_high"
KEYS = (STAMP, REFERENCE)


def _number(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:  # hand-edited: read as never kept
        return None


def _scalar(store: Store, sql: str, params=()) -> int:
    row = store.db.execute_sql(sql, params).fetchone()
    return int(row[0] or 0) if row else 0


def stamp_floor(store: Store, uuid: str) -> int:
    """What this device's next stamp on record `uuid` must go above, besides the record's own clock."""
    q = store.db.param
    undone = _scalar(store, f'SELECT MAX("version") FROM "history" WHERE "activity_uuid" = {q}', (uuid,))
    return max(undone, _number(store.get_meta(STAMP)) or 0)


def reference_high(store: Store) -> int:
    """The largest reference-data version stored here, undone ones included."""
    kept = _number(store.get_meta(REFERENCE)) or 0
    return max(kept, _scalar(store, "SELECT MAX(version) FROM reference_version"))


def raise_to(store: Store, key: str, value: int) -> None:
    """Set the mark `key` to `value` unless it holds as much already; call inside the write transaction."""
    if key not in KEYS:
        raise ValueError(key)
    kept = _number(store.get_meta(key))
    if kept is not None and kept >= value:
        return
    q = store.db.param  # plain SQL both engines speak: a save need not load peewee (start-up time)
    store.db.execute_sql(
        f'INSERT INTO "meta" ("key", "value") VALUES ({q}, {q})'
        ' ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"',
        (key, str(value)),
    )
