"""The coordinator's reference data in the database: whole versions, the newest not undone in use."""

from __future__ import annotations

import json

from fieldapp.domain.record import now_ms
from fieldapp.domain.value import Value
from fieldapp.storage.store import Store


class StoredVersion(Value):
    """One stored version of the reference data (source: "edit" | "import")."""

    FIELDS = __slots__ = ("id", "version", "data", "source", "file_name", "saved_at", "saved_by")

    def __init__(
        self, id: int, version: int, data: dict, source: str, file_name: str, saved_at: int, saved_by: str
    ):
        self._set(id=id, version=version, data=data, source=source, file_name=file_name, saved_at=saved_at,
                  saved_by=saved_by)  # fmt: skip


_COLUMNS = "id, version, data, source, file_name, saved_at, saved_by"


def _row(r) -> StoredVersion:
    return StoredVersion(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6])


def current(store: Store) -> StoredVersion | None:
    """The version in use (None: the shipped data)."""
    r = store.db.execute_sql(
        f"SELECT {_COLUMNS} FROM reference_version WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return _row(r) if r else None


def history(store: Store) -> list[StoredVersion]:
    """Every stored version not undone, newest first."""
    rows = store.db.execute_sql(
        f"SELECT {_COLUMNS} FROM reference_version WHERE undone_at IS NULL ORDER BY id DESC"
    ).fetchall()
    return [_row(r) for r in rows]


def save(
    store: Store, data: dict, source: str, file_name: str = "", sha256: str = "", by: str = ""
) -> StoredVersion:
    """Store `data` (a whole document with its `version`) as the version in use; call in a transaction."""
    q = store.db.param
    store.db.execute_sql(
        "INSERT INTO reference_version (version, data, source, file_name, sha256, saved_at, saved_by)"
        f" VALUES ({q}, {q}, {q}, {q}, {q}, {q}, {q})",
        (int(data["version"]), json.dumps(data, ensure_ascii=False, sort_keys=True), source, file_name,
         sha256, now_ms(), by),
    )  # fmt: skip
    from fieldapp.storage import high_water

    high_water.raise_to(store, high_water.REFERENCE, int(data["version"]))
    return current(store)


def same_number_stored(store: Store, version: int) -> list[dict]:
    """The data of every version stored with this number, undone ones too."""
    rows = store.db.execute_sql(
        f"SELECT data FROM reference_version WHERE version = {store.db.param} ORDER BY id", (version,)
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


def undo_latest(store: Store) -> StoredVersion | None:
    """Set the version in use aside (its row stays, marked undone); returns it, or None if there was none."""
    latest = current(store)
    if latest is None:
        return None
    q = store.db.param
    store.db.execute_sql(
        f"UPDATE reference_version SET undone_at = {q} WHERE id = {q}", (now_ms(), latest.id)
    )
    return latest
