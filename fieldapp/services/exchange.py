"""Exchange use-cases: export, preview/commit import, undo the last import, report, template."""

from __future__ import annotations

import contextlib
import getpass
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from fieldapp import __version__
from fieldapp.domain.errors import BadInput, Cancelled
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import ms_to_iso, now_ms
from fieldapp.domain.reference import reference, using
from fieldapp.exchange.problems import FileWarning, RowProblem, UnusableWorkbook
from fieldapp.paths import Paths
from fieldapp.services.changes import Changed
from fieldapp.services.exchange_merge import FileReport, Merger
from fieldapp.services.import_log import undoable_batch
from fieldapp.services.installation import Installation, require
from fieldapp.services.outputs import check_output, create_private, partial_path, writing
from fieldapp.services.training import is_training_file
from fieldapp.services.workspace import Workspace
from fieldapp.storage import backup as backups

__all__ = [
    "Cancelled",
    "ExportResult",
    "FileReport",
    "FileWarning",
    "ImportPreview",
    "ImportResult",
    "RowProblem",
    "UndoImpossible",
    "UnusableWorkbook",
    "commit_import",
    "default_export_name",
    "export_workbook",
    "preview_import",
    "undo_last_import",
    "write_report",
    "write_template",
]

Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None
SCOPES = ("full", "since_last", "period")


class UndoImpossible(BadInput):
    """The last import cannot be undone: `code` is 'nothing_to_undo' or 'changed_since'."""

    def __init__(self, code: str, detail: str):
        self.code = code
        super().__init__(detail)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    record_count: int
    sha256: str  # of the record content (the Metadata sheet's content_sha256)
    scope: str
    sheets: int = 1


@dataclass
class ImportPreview:
    """What an import does (or, for a preview, would do), in total and per file."""

    files: list[FileReport] = field(default_factory=list)

    def _sum(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    @property
    def inserted(self) -> int:
        return self._sum("inserted")

    @property
    def updated(self) -> int:
        return self._sum("updated")

    @property
    def unchanged(self) -> int:
        return self._sum("unchanged")

    @property
    def conflicts(self) -> int:
        return self._sum("conflicts")

    @property
    def rejected(self) -> list[RowProblem]:
        return [r for f in self.files for r in f.rejected]

    @property
    def rejected_rows(self) -> int:
        return self._sum("rejected_rows")

    @property
    def warnings(self) -> list[FileWarning]:
        return [w for f in self.files for w in f.warnings]

    @property
    def inserted_uuids(self) -> list[str]:
        return [u for f in self.files for u in f.inserted_uuids]

    @property
    def updated_uuids(self) -> list[str]:
        return [u for f in self.files for u in f.updated_uuids]

    @property
    def conflict_uuids(self) -> list[str]:
        return [u for f in self.files for u in f.conflict_uuids]

    def as_dict(self) -> dict:
        return {
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected_rows,
            "conflicts": self.conflicts,
            "conflict_uuids": self.conflict_uuids,
            "rejected_rows": [r.as_dict() for r in self.rejected],
            "warnings": [w.as_dict() for w in self.warnings],
            "files": [
                {
                    "file": f.file,
                    "sha256": f.sha256,
                    "office": f.office,
                    "rows": f.rows,
                    "inserted": f.inserted,
                    "updated": f.updated,
                    "unchanged": f.unchanged,
                    "rejected": f.rejected_rows,
                    "conflicts": f.conflicts,
                    "checksum_ok": f.checksum_ok,
                    "refused": f.refused,
                    "fields_in": f.fields_in,
                    "conflict_fields": f.conflict_fields,
                }
                for f in self.files
            ],
        }


@dataclass
class ImportResult(ImportPreview):
    import_id: int | None = None
    changed: Changed = field(default_factory=Changed)

    def as_dict(self) -> dict:
        return {**super().as_dict(), "import_id": self.import_id}


TRAINING_FILE = "training_file"  # UnusableWorkbook code: a training export met a real installation


# -- export -------------------------------------------------------------------------------------


def default_export_name(inst: Installation, now: datetime | None = None) -> str:
    """'fieldapp-ALA-01-20261126-0950.xlsx': the office and the local time of the export."""
    now = now or datetime.now()
    office = re.sub(r"[^A-Za-z0-9_-]", "_", inst.office_code) or "office"
    return f"fieldapp-{office}-{now:%Y%m%d-%H%M}.xlsx"


def export_workbook(
    ws: Workspace,
    path,
    scope: str = "full",
    date_from: date | None = None,
    date_to: date | None = None,
    language: str = "ru",
    progress: Progress = None,
    cancel: Cancel = None,
    office: str | None = None,
    writer=None,
) -> ExportResult:
    """Write an exchange workbook (tombstones included) and log the export.

    scope: 'full' (every record), 'since_last' (written here since the last full or since-last export,
    by anyone, including imports) or 'period' (records starting within date_from..date_to).
    office: only that office's records (a coordinator sending corrections back to one office).
    writer: the workbook writer (exchange.export.write_export; tests pass a faster stand-in).
    The file appears only when complete (written beside it, then renamed).
    """
    from fieldapp.exchange.export import write_export

    if scope not in SCOPES:
        raise BadInput(f"unknown export scope {scope!r}")
    inst = require(ws.store)
    store = ws.store
    path = check_output(path, ws.paths)
    f = RecordFilter(deleted=None)
    since = None
    if scope == "period":
        if date_from and date_to and date_to < date_from:
            raise BadInput(f"the period ends ({date_to}) before it starts ({date_from})")
        f = RecordFilter(deleted=None, date_from=date_from, date_to=date_to)
    elif scope == "since_last":
        last = store.logs.last_counted_export()
        since = last.max_seq if last else None
    if office:
        office = office.strip().upper()
        f = RecordFilter(deleted=None, offices=(office,), date_from=f.date_from, date_to=f.date_to)
    max_seq = store.records.max_seq()
    total = (
        store.records.count_changed_since(since)
        if since is not None and not office
        else store.records.count(f)
    )
    exported_at = now_ms()
    meta = {
        "app_version": __version__,
        "office_code": inst.office_code,
        "office_name": inst.office_name,
        "office_region": inst.region,
        "device_id": inst.device_id,
        "role": inst.role,
        "for_office": office or "",
        "exported_at": ms_to_iso(exported_at),
        "scope": scope,
        "period_from": date_from.isoformat() if date_from else "",
        "period_to": date_to.isoformat() if date_to else "",
        "since_seq": since or 0,
        "language": language,
        "reference_version": ws.reference.version,
    }
    if inst.training:  # the coordinator's installation refuses it: demo records are not outreach
        meta["training"] = "yes"
    tmp = partial_path(path)
    try:
        with store.records.small_page_cache(), writing(path), using(ws.reference):
            create_private(tmp)
            written = (writer or write_export)(
                tmp,
                store.records.iter_records(f, since_seq=since),
                meta,
                language,
                progress=(lambda n: progress(n, total)) if progress else None,
                cancel=cancel,
            )
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    with store.atomic():
        store.logs.log_export(
            file_name=path.name,
            scope=scope,
            period_from=meta["period_from"] or None,
            period_to=meta["period_to"] or None,
            record_count=written.record_count,
            sha256=written.sha256,
            exported_at=exported_at,
            max_seq=max_seq,
        )
    if progress:
        progress(total, total)
    return ExportResult(path, written.record_count, written.sha256, scope, written.sheets)


# -- import -------------------------------------------------------------------------------------


def preview_import(
    ws: Workspace, files: list[Path], progress: Progress = None, cancel: Cancel = None, opener=None
) -> ImportPreview:
    """Everything an import would do, without changing anything (a dry run rolled back)."""
    result = _run_import(ws, files, progress, cancel, commit=False, opener=opener)
    return ImportPreview(files=result.files)


def commit_import(
    ws: Workspace, files: list[Path], progress: Progress = None, cancel: Cancel = None, opener=None
) -> ImportResult:
    """Import the files in one transaction: all or nothing. Rejected rows are left out and reported.

    When the import changes records, the database as it was before it is backed up first (read
    through a second connection while the import's transaction is still open, so the backup holds
    exactly the state the import started from); a re-import that changes nothing writes no backup.
    opener: path → exchange.reader.Opened (default open_workbook; tests pass a faster stand-in)."""
    return _run_import(ws, files, progress, cancel, commit=True, opener=opener)


def _run_import(
    ws: Workspace, files, progress: Progress, cancel: Cancel, commit: bool, opener=None
) -> ImportResult:
    inst = require(ws.store)
    store = ws.store
    files = [Path(f) for f in files]
    if not files:
        raise BadInput("no workbook given")
    result = ImportResult()
    seen_total = [0, 0]  # rows done in finished files, rows expected so far

    with store.atomic() as txn, using(ws.reference):
        stamp = now_ms()
        log_ids: list[int] = []
        batch_id: int | None = None
        for path in files:
            log_id = store.logs.log_import(
                file_name=path.name, sha256="", imported_at=stamp, imported_by=_user(), format_version=0
            )
            log_ids.append(log_id)
            batch_id = batch_id or log_id
        merger = Merger(store, inst, batch_id)
        for path, log_id in zip(files, log_ids, strict=True):
            opened = _open(path, opener)
            try:
                if is_training_file(opened.metadata) and not inst.training:
                    raise UnusableWorkbook(
                        TRAINING_FILE, opened.file, "it was exported by a training installation (demo data)"
                    )
                report = FileReport(opened.file)
                seen_total[1] += sum(lay.height for lay in opened.layouts)
                done_before = seen_total[0]

                def on_rows(n: int, base: int = done_before) -> None:
                    if progress:
                        progress(base + n, max(seen_total[1], base + n))

                merger.run(opened, report, on_rows, cancel)
                opened_version = opened.format_version
                seen_total[0] += report.rows
            finally:
                opened.close()
            result.files.append(report)
            store.logs.update_import(
                log_id,
                sha256=report.sha256,
                office=report.office,
                device_id=report.device_id,
                format_version=opened_version,
                inserted=report.inserted,
                updated=report.updated,
                unchanged=report.unchanged,
                rejected=report.rejected_rows,
                conflicts=report.conflicts,
                first_seq=merger.first_seq if merger.seq > merger.first_seq else None,
                last_seq=merger.seq - 1 if merger.seq > merger.first_seq else None,
            )
        if not commit:
            txn.rollback()
            return result
        if merger.seq > merger.first_seq:
            backups.backup(store, reason="before-import", committed_only=True)
            for log_id in log_ids:  # every file of the batch names the whole batch's change range
                store.logs.update_import(log_id, first_seq=merger.first_seq, last_seq=merger.seq - 1)
    result.import_id = batch_id
    result.changed = Changed(created=tuple(result.inserted_uuids), updated=tuple(result.updated_uuids))
    return result


def _open(path: Path, opener=None):
    """Open an exchange workbook; a reference workbook given here is named as such (issue 15).

    opener: what opens it (default exchange.reader.open_workbook; tests pass a faster stand-in)."""
    from fieldapp.exchange import problems
    from fieldapp.exchange.reader import open_workbook
    from fieldapp.exchange.reference_workbook import is_reference_workbook

    try:
        return (opener or open_workbook)(path)
    except UnusableWorkbook as e:
        if e.code == problems.UNKNOWN_FORMAT and is_reference_workbook(path):
            raise UnusableWorkbook(
                problems.REFERENCE_WORKBOOK,
                path.name,
                "a reference workbook: import it on its own, or in Settings → Reference data",
            ) from None
        raise


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (services, some containers)
        return ""


def undo_last_import(ws: Workspace, dry_run: bool = False) -> Changed:
    """Undo the newest import not yet undone that changed records: records it inserted go, records it
    overwrote come back exactly as they were (with the import that had written them), and so do their
    conflicts. Repeat to go further back, as far as the import log goes.

    Refused (UndoImpossible 'changed_since') when a record the import wrote was changed afterwards (an
    edit here); the message names those records. With dry_run nothing at all is written (not even a
    rolled-back transaction): the result says what an undo would do.
    """
    store = ws.store
    with contextlib.nullcontext() if dry_run else store.atomic():
        batch = undoable_batch(store)
        if not batch:
            raise UndoImpossible("nothing_to_undo", "there is no import to undo")
        batch_id = min(r.id for r in batch)
        olds = store.history.overwritten_by_import(batch_id)
        current = store.records.of_import(batch_id)
        last_seq = batch[0].last_seq
        later = [] if last_seq is None else store.records.changed_after(last_seq, batch_id)
        blocking = store.history.blocking(later, batch_id)
        if blocking:
            names = ", ".join(
                f"{b.uuid} ({b.office} {b.start_date}, {b.reason} {ms_to_iso(b.at)})" for b in blocking[:10]
            )
            more = f" and {len(blocking) - 10} more" if len(blocking) > 10 else ""
            raise UndoImpossible(
                "changed_since",
                f"{len(blocking)} record(s) the import wrote were changed after it: {names}{more}; "
                "undo or revert those changes first",
            )
        created, updated = [], []
        for rec in current:
            (updated if rec.uuid in olds else created).append(rec.uuid)
        if dry_run:
            return Changed(deleted=tuple(created), updated=tuple(updated))
        store.history.add_many(current, "undo")
        seq = store.records.next_seq()
        for rec in current:
            if rec.uuid in olds:
                old, written_by = olds[rec.uuid]
                store.records.replace(old, seq, written_by)
                seq += 1
        store.records.delete_rows(created)
        store.history.delete_for_import(batch_id)
        at = now_ms()
        for r in batch:
            store.logs.update_import(r.id, undone_at=at)
    return Changed(deleted=tuple(created), updated=tuple(updated))


# -- report and template --------------------------------------------------------------------------


def write_report(
    ws: Workspace,
    path,
    date_from: date | None = None,
    date_to: date | None = None,
    language: str = "ru",
    progress: Progress = None,
    cancel: Cancel = None,
) -> Path:
    """The consolidated workbook for people: overview with the method note and map, offices, breakdowns."""
    from fieldapp.exchange.report import write_report_workbook
    from fieldapp.services.reporting import build_report

    if date_from and date_to and date_to < date_from:
        raise BadInput(f"the period ends ({date_to}) before it starts ({date_from})")
    if cancel and cancel():
        raise Cancelled()
    path = check_output(path, ws.paths)
    data = build_report(ws, date_from, date_to)
    steps = ("build",)
    if progress:
        progress(1, len(steps) + 1)
    tmp = partial_path(path)
    try:
        with writing(path), using(ws.reference):
            create_private(tmp)
            write_report_workbook(tmp, data, language)
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(len(steps) + 1, len(steps) + 1)
    return path


def write_template(
    path, language: str = "ru", paths: Paths | None = None, ws: Workspace | None = None
) -> Path:
    """An Activities sheet with pre-filled record IDs, drop-downs of names and date/number checks; its
    rows import as new records, and a corrected re-send updates them.

    The kinds offered are those of `ws`'s reference data (the shipped data without one). `paths` (or
    `ws`'s): the installation whose files the template must never overwrite (the CLI's --home).
    """
    from fieldapp.exchange.template import write_template_workbook

    path = check_output(path, ws.paths if ws is not None else paths)
    tmp = partial_path(path)
    try:
        with writing(path), using(ws.reference if ws is not None else reference()):
            create_private(tmp)
            write_template_workbook(tmp, language)
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
