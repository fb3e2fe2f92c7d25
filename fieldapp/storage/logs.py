"""The logs room: one row per import and per export, handed out as small frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.storage.models import Tables


@dataclass(frozen=True)
class ImportLogEntry:
    id: int
    file_name: str
    sha256: str
    office: str
    device_id: str
    format_version: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    conflicts: int
    imported_at: int  # epoch ms
    imported_by: str
    first_seq: int | None  # the change numbers it wrote (None: it wrote nothing)
    last_seq: int | None
    undone_at: int | None


@dataclass(frozen=True)
class ExportLogEntry:
    id: int
    file_name: str
    scope: str  # full | since_last | period
    period_from: str | None
    period_to: str | None
    record_count: int
    sha256: str
    exported_at: int  # epoch ms
    max_seq: int  # the highest change number when it was written
    for_office: str = ""  # the office an `export --office` was addressed to; "" = the whole set


class LogRoom:
    """Through peewee's models: not a hot path, and peewee keeps the inserted id portable."""

    def __init__(self, tables: Tables):
        self.t = tables

    # -- imports -----------------------------------------------------------------------------------

    def log_import(self, **values) -> int:
        """Record an import (file_name, sha256, imported_at and the counts); returns its id."""
        return self.t.ImportLog.insert(**values).execute()

    def update_import(self, import_id: int, **values) -> None:
        L = self.t.ImportLog
        L.update(**values).where(L.id == import_id).execute()

    def imports(self, limit: int = 200) -> list[ImportLogEntry]:
        """The newest imports first."""
        L = self.t.ImportLog
        return [ImportLogEntry(**d) for d in L.select().order_by(L.id.desc()).limit(limit).dicts()]

    def import_log(self, import_id: int) -> ImportLogEntry | None:
        L = self.t.ImportLog
        found = L.select().where(L.id == import_id).dicts().first()
        return ImportLogEntry(**found) if found else None

    def offices_last_import(self) -> list[tuple[str, int, int]]:
        """(office, latest imported_at in epoch ms, import count) per office, over imports not undone."""
        from peewee import SQL, fn

        L = self.t.ImportLog
        query = (
            L.select(L.office, fn.MAX(L.imported_at), fn.COUNT(SQL("*")))
            .where(L.undone_at.is_null() & (L.office != ""))
            .group_by(L.office)
            .order_by(L.office)
        )
        return list(query.tuples())

    # -- exports -----------------------------------------------------------------------------------

    def log_export(self, **values) -> int:
        """Record an export (file_name, scope, record_count, exported_at, max_seq …); returns its id."""
        return self.t.ExportLog.insert(**values).execute()

    def exports(self, limit: int = 200) -> list[ExportLogEntry]:
        """The newest exports first."""
        L = self.t.ExportLog
        return [ExportLogEntry(**d) for d in L.select().order_by(L.id.desc()).limit(limit).dicts()]

    def last_counted_export(self, for_office: str = "") -> ExportLogEntry | None:
        """The newest export that "since last export" counts from (scope full or since_last) in one scope:
        the whole set ("") or the exports addressed to one office (`export --office`)."""
        L = self.t.ExportLog
        counted = L.scope.in_(("full", "since_last")) & (L.for_office == for_office)
        found = L.select().where(counted).order_by(L.id.desc()).dicts().first()
        return ExportLogEntry(**found) if found else None
