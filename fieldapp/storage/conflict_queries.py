"""Records that hold conflicts (merge version 2), found through the partial index of schema 11."""

from __future__ import annotations

from fieldapp.domain.record import Activity
from fieldapp.storage import hot
from fieldapp.storage.store import Store


def records_with_conflicts(store: Store) -> list[Activity]:
    sql = f'SELECT {hot.SELECT_RECORD} FROM "activity" WHERE "conflicts" != \'\' ORDER BY "pk"'
    return [hot.from_db(r) for r in store.db.execute_sql(sql)]


def import_id_of(store: Store, uuid: str) -> int | None:
    """The import that last wrote a record (None: written here)."""
    row = store.db.execute_sql(
        f'SELECT "import_id" FROM "activity" WHERE "uuid" = {store.db.param}', (uuid,)
    ).fetchone()
    return row[0] if row else None
