"""High-water marks that nothing may lower: numbers this installation issued and sent away.

An undo (of an import, of a reference version) takes records or reference data back to an older state;
a restore takes the whole file back. Numbers derived from that state alone would be issued a second
time, for other content, after the first already travelled (attack report findings 4 and 6). Each mark
is kept in `meta`, raised in the transaction that issues a number, and never lowered by an undo; a
restore carries the live file's marks into the restored one (services/maintenance.py).

- `stamp_high`: the largest Lamport number this device put on an edit (domain/clock.py, `Clock.edit`'s
  floor). Before it was kept, the largest version a record or a replaced version here ever held.
- `reference_high`: the largest reference-data version this installation stored.
"""

from __future__ import annotations

from fieldapp.storage.store import Store

STAMP = "stamp_high"
REFERENCE = "reference_high"
KEYS = (STAMP, REFERENCE)


def _number(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:  # hand-edited: read as never kept, and found again from the tables
        return None


def _scalar(store: Store, sql: str) -> int:
    row = store.db.execute_sql(sql).fetchone()
    return int(row[0] or 0) if row else 0


def stamp_high(store: Store) -> int:
    """The largest Lamport number this device issued (at least every version held here, undone too)."""
    kept = _number(store.get_meta(STAMP))
    if kept is not None:
        return kept
    # A database from before the mark: every stamp this device issued is at most the version of the
    # record it was put on, and an undone version stays in history (reason "undo"). Two scans, once:
    # the callers write, so the mark found is kept with their transaction.
    found = max(
        _scalar(store, "SELECT MAX(version) FROM activity"),
        _scalar(store, "SELECT MAX(version) FROM history"),
    )
    if store.db.in_transaction():
        raise_to(store, STAMP, found)
    return found


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
