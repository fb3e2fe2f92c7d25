"""A large import: the activity table's secondary indexes set aside in the write transaction, built once.

Each of these indexes takes every inserted row at a place chosen by its key (a random edit stamp, a
start date among a year's, a region or kind and date): once an index outgrows the page cache, each
row costs it page reads, so a row cost ~2.5× more at the millionth record than at the first (measured:
the insert step of a 1,000,000-record import, 2.0 s per 50,000 rows at the start, 5.0 s at the end).
Building an index afterwards is one sort of the table, in C. So when a transaction is about to insert
at least MIN_ROWS rows and at least twice as many as the table holds (so that a re-import of a
file, which mostly writes nothing, keeps them), or at least MIN_EMPTY rows into an empty table, the
indexes named in SET_ASIDE are dropped inside it
and created again from their own stored text before it commits.

DDL is transactional in SQLite: a rollback (a failed import, a dry run, a killed process) gives the
indexes back as they were; nothing outside the transaction ever sees the table without them. The
record ID's unique index (every lookup and the uniqueness rule), the change numbers' index (`seq`,
rising: cheap) and the partial conflicts index stay. PostgreSQL (the hub) keeps its indexes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from fieldapp.storage.db import is_sqlite

if TYPE_CHECKING:
    from peewee import Database

SET_ASIDE = (
    "activity_updated_at",
    "activity_start_date",
    "activity_kind_start",
    "activity_region_start",
    "activity_office_start",
)
MIN_ROWS = 20_000  # below this the rebuild (a sort of the whole table) saves nothing worth it
# ... except into an empty table, where the build sorts only the new rows: measured at 100,000 new
# records, the inserts 2.2 s -> 1.4 s with the build; a small first import gains little but pays nothing
MIN_EMPTY = 1_000


def worth_it(db: Database, coming: int) -> bool:
    """Would setting the indexes aside pay for `coming` new rows? (SQLite, inside a write transaction.)"""
    if coming < min(MIN_ROWS, MIN_EMPTY) or not is_sqlite(db) or not db.in_transaction():
        return False
    held = db.execute_sql('SELECT MAX("pk") FROM "activity"').fetchone()[0] or 0  # an upper bound
    if held == 0:
        return coming >= MIN_EMPTY
    return coming >= MIN_ROWS and coming >= 2 * held


@contextlib.contextmanager
def set_aside(db: Database, rebuild: bool = True) -> Iterator[list[str]]:
    """Drop the indexes of SET_ASIDE (those present) for the block; on leaving it, create them again.

    Yields the names set aside. Call inside the write transaction (or savepoint) that inserts the rows,
    which must roll back when the block fails (as `Store.atomic` does): the rollback gives the indexes
    back, so an error or a cancel does not first wait for them to be built. With `rebuild=False` the
    caller rolls back right after the block (a dry run), likewise.
    """
    marks = ", ".join("?" * len(SET_ASIDE))
    stored = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' "
        f"AND sql IS NOT NULL AND name IN ({marks}) ORDER BY name",
        SET_ASIDE,
    ).fetchall()
    for name, _ in stored:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield [name for name, _ in stored]
    if rebuild:
        _create(db, stored)


def _create(db: Database, stored: list[tuple[str, str]]) -> None:
    present = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    for name, sql in stored:
        if name not in present:
            db.execute_sql(sql)
