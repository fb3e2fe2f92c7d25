"""Backups, restore and the integrity check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.validation import errors, validate
from fieldapp.services.workspace import Workspace
from fieldapp.storage import NotAFieldappDatabase
from fieldapp.storage import backup as backups
from fieldapp.storage.store import inspect_file


def backup(ws: Workspace, directory: str | Path | None = None) -> Path:
    return backups.backup(ws.store, directory)


def restore(ws: Workspace, source: str | Path) -> tuple[Workspace, Path]:
    """Replace the database with a backup; the current file is backed up first.

    Returns a fresh workspace (migrated if the backup is older) and the safety backup's path.
    """
    source = Path(source)
    if not source.is_file():
        raise BadInput(f"cannot read backup file {source}")
    try:
        inspect_file(source)
    except NotAFieldappDatabase as e:
        raise BadInput(str(e)) from e
    safety = backups.backup(ws.store, reason="before-restore")
    backups.copy_into(source, ws.store)
    paths = ws.paths
    ws.close()
    return Workspace(paths), safety


@dataclass
class CheckReport:
    records: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(ws: Workspace) -> CheckReport:
    """SQLite's integrity check plus the app's invariants, including every domain rule on every record."""
    report = CheckReport()
    report.problems += ws.store.integrity_check()
    if report.problems:
        return report
    report.problems += ws.store.bookkeeping_problems()
    if ws.installation is None:
        report.problems.append("the installation has no office set up (run `fieldapp init`)")
    invalid: dict[str, int] = {}
    for rec in ws.store.iter_records(RecordFilter(deleted=None)):
        report.records += 1
        for issue in errors(validate(rec, keep_unknown_codes=True)):
            key = f"{issue.field}: {issue.code}"
            invalid[key] = invalid.get(key, 0) + 1
    report.problems += [f"{n} record(s) break a rule — {key}" for key, n in sorted(invalid.items())]
    return report
