"""Import use-cases: preview and commit workbooks (one transaction), undo the newest import.

The path goes down once: the seam (exchange.incoming) gives batches of rows that may change something,
the merge (services.exchange_merge, with the rule in services.merge_rule) writes them through storage."""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.domain.record import ms_to_iso, now_ms
from fieldapp.domain.reference import using
from fieldapp.exchange.incoming import FileReport
from fieldapp.exchange.problems import AddressedElsewhere, FileWarning, RowProblem, UnusableWorkbook
from fieldapp.services import coordinators
from fieldapp.services.changes import Changed
from fieldapp.services.exchange_merge import Merger, forget_typed_rows
from fieldapp.services.import_log import undoable_batch
from fieldapp.services.installation import Installation, require
from fieldapp.services.training import is_training_file
from fieldapp.services.workspace import Workspace
from fieldapp.storage import backup as backups

__all__ = [
    "FileReport",
    "ImportPreview",
    "ImportResult",
    "UndoImpossible",
    "commit_import",
    "preview_import",
    "undo_last_import",
]

Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None


class UndoImpossible(BadInput):
    """The last import cannot be undone: `code` is 'nothing_to_undo' or 'changed_since'."""

    def __init__(self, code: str, detail: str):
        self.code = code
        super().__init__(detail)


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

    with store.atomic() as txn, using(ws.reference), contextlib.ExitStack() as bulk:
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
        bulk_load: list[str] | None = None
        for path, log_id in zip(files, log_ids, strict=True):
            opened = _open(path, opener)
            try:
                if is_training_file(opened.metadata) and not inst.training:
                    raise UnusableWorkbook(
                        TRAINING_FILE, opened.file, "it was exported by a training installation (demo data)"
                    )
                _check_addressee(opened, inst)
                report = FileReport(opened.file)
                seen_total[1] += sum(lay.height for lay in opened.layouts)
                done_before = seen_total[0]
                if bulk_load is None and store.records.bulk_load_pays(seen_total[1] - seen_total[0]):
                    # a large file into a smaller table: its indexes are built once, not row by row
                    bulk_load = bulk.enter_context(store.records.indexes_set_aside(rebuild=commit))

                def on_rows(n: int, base: int = done_before) -> None:
                    if progress:
                        progress(base + n, max(seen_total[1], base + n))

                merger.run(opened, report, on_rows, cancel)
                opened.check_unchanged()  # its rows were all read from the file its SHA-256 names
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
            if merger.file_role == "coordinator":  # its office is not expected to report (reports.md)
                coordinators.remember(store, report.office)
        bulk.close()  # the indexes set aside are built again (or, for a dry run, left to the rollback)
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


def _check_addressee(opened, inst: Installation) -> None:
    """A file exported for one office (Metadata `for_office`) is that office's: another office refuses
    it (a coordinator takes any file; a file without an addressee is anyone's)."""
    addressee = str(opened.metadata.get("for_office") or "").strip().upper()
    if addressee and not inst.is_coordinator and addressee != inst.office_code.strip().upper():
        raise AddressedElsewhere(opened.file, addressee, inst.office_code)


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
        forget_typed_rows(store, batch_id)  # a partner's re-send is judged as before the import
        store.history.delete_for_import(batch_id)
        at = now_ms()
        for r in batch:
            store.logs.update_import(r.id, undone_at=at)
    return Changed(deleted=tuple(created), updated=tuple(updated))
