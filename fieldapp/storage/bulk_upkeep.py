"""Bulk inserts into `activity`: the totals (schema 4) and search index (schema 5) kept per batch.

The two AFTER INSERT triggers cost ~60–70 µs a row on an import (an upsert program and an FTS5
insert run per row), about seven times the insert itself. For a batch, inside the caller's write
transaction, they are set aside, the rows inserted, and the triggers' own statements run once over
the new rows (rowids above the largest before the batch, in rowid order, so every upsert happens as
the trigger would have done it), then the triggers are put back from their stored text before the
transaction ends. DDL is transactional in SQLite: a crash or a rollback leaves the triggers in place;
an error in the middle still brings the index and totals up to the rows that were written and puts
the triggers back. Only triggers whose text is exactly the frozen migrations' are handled this way:
any other definition (or PostgreSQL, or a small batch) keeps the per-row triggers.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from fieldapp.storage.db import is_sqlite

if TYPE_CHECKING:
    from peewee import Database

MIN_ROWS = 64  # below this the DDL costs more than the triggers
_MAX_ROWID = 2**62  # past this SQLite may pick rowids below the largest: keep the triggers


@cache
def _upkeep() -> dict[str, tuple[str, str]]:
    """trigger name → (its text as SQLite stores it, the same work for rows with rowid > ?)."""
    from fieldapp.storage.migrations import m004_activity_totals as m4
    from fieldapp.storage.migrations import m005_text_search as m5

    keys, measures = ", ".join(m4.KEYS), ", ".join(m4.MEASURES)
    add = m4._add("NEW")
    values = ", ".join((*(f"NEW.{k}" for k in m4.KEYS), "1", *(f"COALESCE(NEW.{m}, 0)" for m in m4.MEASURES)))
    head, tail = f"INSERT INTO activity_totals ({keys}, n, {measures}) VALUES ({values}) ", "ON CONFLICT"
    assert add.startswith(head) and tail in add, "m004's statement changed shape"
    totals = (
        f"INSERT INTO activity_totals ({keys}, n, {measures}) SELECT {values} FROM activity AS NEW "
        f"WHERE NEW.pk > ? AND NEW.deleted = 0 ORDER BY NEW.pk {add[len(head) :].rstrip(';')}"
    )
    cols = ", ".join(m5.COLUMNS)
    search_add = f"INSERT INTO activity_search (rowid, {cols}) VALUES (NEW.pk, {m5._row('NEW')});"
    search = f"INSERT INTO activity_search (rowid, {cols}) SELECT NEW.pk, {m5._row('NEW')} FROM activity AS NEW WHERE NEW.pk > ? ORDER BY NEW.pk"  # noqa: E501
    when = "WHEN NEW.deleted = 0 "
    return {
        "activity_totals_insert": (
            f"CREATE TRIGGER activity_totals_insert AFTER INSERT ON activity {when}BEGIN {add} END",
            totals,
        ),
        "activity_search_insert": (
            f"CREATE TRIGGER activity_search_insert AFTER INSERT ON activity BEGIN {search_add} END",
            search,
        ),
    }


def insert_rows(db: Database, query: str, rows: list) -> None:
    """Run an INSERT into `activity` over `rows` inside the open transaction, with the insert triggers'
    work done once for the batch where that gives the same tables (see the module's docstring)."""
    cursor = db.cursor()
    if len(rows) < MIN_ROWS or not is_sqlite(db):
        cursor.executemany(query, rows)
        return
    insert_rows_sqlite(cursor, query, rows)


def insert_rows_sqlite(cursor, query: str, rows: list) -> None:
    """`insert_rows` on an SQLite connection's cursor (also from the import's writer thread, which holds
    the connection alone while it runs: `import_writer.BackgroundInserts`)."""
    if len(rows) < MIN_ROWS:
        cursor.executemany(query, rows)
        return
    upkeep = _upkeep()
    marks = ", ".join("?" * len(upkeep))
    stored = cursor.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'activity' "
        f"AND name IN ({marks})",
        tuple(upkeep),
    ).fetchall()
    mine = [(name, sql) for name, sql in stored if upkeep[name][0] == sql]
    before = cursor.execute('SELECT MAX("pk") FROM "activity"').fetchone()[0] or 0
    if not mine or before >= _MAX_ROWID:
        cursor.executemany(query, rows)
        return
    for name, _ in mine:
        cursor.execute(f'DROP TRIGGER "{name}"')
    try:
        cursor.executemany(query, rows)
    finally:  # also after a failed row: the rows before it are in the transaction and need their upkeep
        try:
            for name, _ in mine:
                cursor.execute(upkeep[name][1], (before,))
        finally:
            for _, sql in mine:
                cursor.execute(sql)
