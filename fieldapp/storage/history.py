"""The history room: every replaced version of a record, a JSON snapshot with why it was replaced."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from fieldapp.domain.record import Activity, now_ms
from fieldapp.storage.records import CHUNK, run_many, statement

if TYPE_CHECKING:
    from peewee import Database

_COLUMNS = (
    "activity_uuid",
    "version",
    "updated_at",
    "updated_device",
    "deleted",
    "snapshot",
    "replaced_at",
    "reason",
    "import_id",
)


@dataclass(frozen=True)
class HistoryEntry:
    """A replaced version of a record, when and why it was replaced."""

    record: Activity  # the version that was replaced
    replaced_at: int
    reason: str  # edit | delete | restore | revert | resolve | import | import_superseded | undo
    import_id: int | None


@dataclass(frozen=True)
class Blocking:
    """A record an import wrote that was changed after it (so the import cannot be undone)."""

    uuid: str
    office: str
    start_date: date | None
    reason: str  # the history reason of the change: edit, delete, resolve, …
    at: int


class HistoryRoom:
    def __init__(self, db: Database, atomic: Callable[[], AbstractContextManager]):
        self.db = db
        self._atomic = atomic

    def add_many(
        self,
        olds: Sequence[Activity],
        reason: str,
        import_id: int | None = None,
        at: int | None = None,
        written_by: Sequence[int | None] | None = None,
    ) -> None:
        """Keep replaced versions; `written_by` names the import that had written each (for undo)."""
        at = at or now_ms()
        by = written_by or [None] * len(olds)
        rows = [
            (
                o.uuid,
                o.version,
                o.updated_at,
                o.updated_device,
                bool(o.deleted),
                json.dumps({**o.as_dict(), "written_by_import": w}, ensure_ascii=False, sort_keys=True),
                at,
                reason,
                import_id,
            )
            for o, w in zip(olds, by, strict=True)
        ]
        run_many(self.db, self._atomic, statement(self.db, "INSERT", "history", _COLUMNS), rows)

    def of(self, uuid: str) -> list[HistoryEntry]:
        """Every replaced version of a record, oldest first."""
        rows = self.db.execute_sql(
            'SELECT "snapshot", "replaced_at", "reason", "import_id" FROM "history" '
            f'WHERE "activity_uuid" = {self.db.param} ORDER BY "replaced_at", "id"',
            (uuid,),
        ).fetchall()
        return [HistoryEntry(Activity.from_dict(json.loads(s)), at, why, i) for s, at, why, i in rows]

    def delete_for_import(self, import_id: int) -> None:
        self.db.execute_sql(f'DELETE FROM "history" WHERE "import_id" = {self.db.param}', (import_id,))

    def overwritten_by_import(
        self, import_id: int, reason: str = "import"
    ) -> dict[str, tuple[Activity, int | None]]:
        """uuid → (the version an import overwrote, the import that had written it), from the earliest
        history entry with that reason."""
        p = self.db.param
        rows = self.db.execute_sql(
            f'SELECT "activity_uuid", "snapshot" FROM "history" WHERE "import_id" = {p} AND "reason" = {p} '
            'ORDER BY "id"',
            (import_id, reason),
        )
        out: dict[str, tuple[Activity, int | None]] = {}
        for uuid, snapshot in rows:
            if uuid not in out:
                d = json.loads(snapshot)
                out[uuid] = (Activity.from_dict(d), d.get("written_by_import"))
        return out

    def blocking(self, uuids: Sequence[str], import_id: int) -> list[Blocking]:
        """Of records changed after an import (`uuids`), those whose version the import wrote went to
        history (written_by_import = the import) through something other than an import."""
        out: list[Blocking] = []
        p = self.db.param
        for i in range(0, len(uuids), CHUNK):
            chunk = list(uuids[i : i + CHUNK])
            marks = ", ".join([p] * len(chunk))
            rows = self.db.execute_sql(
                'SELECT "activity_uuid", "snapshot", "reason", "replaced_at" FROM "history" '
                f'WHERE "activity_uuid" IN ({marks}) AND "import_id" IS NULL ORDER BY "id"',
                chunk,
            )
            seen: set[str] = set()
            for uuid, snapshot, reason, at in rows:
                d = json.loads(snapshot)
                if uuid not in seen and d.get("written_by_import") == import_id:
                    seen.add(uuid)
                    rec = Activity.from_dict(d)
                    out.append(Blocking(uuid, rec.office, rec.start_date, reason, at))
        return out
