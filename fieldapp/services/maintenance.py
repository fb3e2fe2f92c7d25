"""Backups, restore and the integrity check."""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.validation import errors, validate
from fieldapp.paths import Paths
from fieldapp.services.outputs import check_backup_dir, writing
from fieldapp.services.workspace import Workspace
from fieldapp.storage import NotAFieldappDatabase, Store, health, high_water, verify
from fieldapp.storage import backup as backups
from fieldapp.storage.store import inspect_file


def backup(ws: Workspace, directory: str | Path | None = None) -> Path:
    if directory is None:
        return backups.backup(ws.store)
    target = check_backup_dir(directory, ws.paths)
    with writing(target):
        return backups.backup(ws.store, target)


@dataclass(frozen=True)
class Restored:
    office_code: str
    office_name: str
    active_records: int
    device_id_kept: bool  # this installation's device id was kept (False: the backup's, or a new one)
    safety: Path | None  # the backup of the database that was replaced (when it was sound)
    damaged_aside: Path | None  # where a damaged database was moved instead


def restore(paths: Paths, source: str | Path, same_device: bool = False) -> Restored:
    """Replace the database with a backup, after checking the backup completely on a temporary copy.

    A failed check raises BackupRejected (BadInput) and changes nothing. A sound current database is
    backed up first and overwritten page by page (other open connections see the swap); a damaged or
    missing one is moved aside into `damaged/` and the checked copy renamed into its place.
    The device id stays this installation's unless `same_device` (the backup is from this laptop);
    when the current one cannot be read, a backup from this installation's own backups folder keeps
    its id, and any other file gets a new one (two laptops never share an id).
    The coordinators' hub is restored on its server (pg_restore), never by fieldapp: refused.
    """
    if paths.database_url:
        raise BadInput(
            "the shared database is restored on its server (pg_restore, see docs/deployment.md); "
            "to copy a laptop's file into it use: fieldapp hub migrate-from FILE"
        )
    paths.ensure()
    source = Path(source)
    # in a folder named after this process, so that another fieldapp starting meanwhile leaves it alone
    workdir = paths.tmp / f"{os.getpid()}-restore"
    try:
        copy = verify.verify_copy(source, workdir)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)  # a refused or failed check leaves no folder behind
        raise
    try:
        _refuse_training_into_real(paths, source, copy)
        current = verify.read_device_id(paths.database)
        if same_device:
            device, kept = copy.device_id, False
        elif current:
            device, kept = current, True
        elif source.resolve().parent == paths.backups.resolve():
            device, kept = copy.device_id, False
        else:
            device, kept = str(uuid.uuid4()), False
        if device and device != copy.device_id:
            verify.set_device_id(copy.path, device)
        if device and device == current:  # the same device goes on: never below the numbers it issued
            verify.raise_meta_numbers(copy.path, _live_marks(paths, device))
        safety = aside = None
        live_sound = paths.database.is_file() and paths.database.stat().st_size > 0 and not _damage(paths)
        if live_sound:
            store = Store(paths.database, paths.backups, verify="never")
            try:
                safety = backups.backup(store, reason="before-restore")
                backups.copy_into(copy.path, store)
            except Exception as e:
                raise store.translated(e) from e
            finally:
                store.close()
        else:
            aside = verify.replace_file(copy.path, paths.database, paths.home / "damaged", backups._stamp())
        health.remember_check(paths.database)
    finally:
        copy.path.unlink(missing_ok=True)
        shutil.rmtree(workdir, ignore_errors=True)
    with Workspace(paths, verify="never") as ws:
        count = ws.records.count()
    return Restored(copy.office_code, copy.office_name, count, kept, safety, aside)


def _live_marks(paths: Paths, device: str) -> dict[str, int]:
    """The live file's high-water marks (storage/high_water.py), as far as it can still be read: a
    restore takes records and reference data back, never the stamps and versions already sent."""
    marks = {high_water.STAMP: verify.own_stamp_high(paths.database, device)}
    try:
        with Store(paths.database, paths.backups, verify="never") as store:
            marks[high_water.REFERENCE] = high_water.reference_high(store)
    except Exception:  # damaged or unreadable: the backup's own marks are all there is
        pass
    return marks


def _refuse_training_into_real(paths: Paths, source: Path, copy: verify.VerifiedCopy) -> None:
    """A training backup would silently make an office's real installation a training one (its
    exports then refused by the coordinator): only a training installation takes one back."""
    if not copy.training or verify.read_meta(paths.database, "office_code") is None:
        return  # not a training backup, or no readable installation here to keep real
    if verify.read_meta(paths.database, "training") != "yes":
        raise verify.BackupRejected(
            source,
            "it is a training installation's backup and this installation holds an office's real data; "
            "restore it into a training installation (fieldapp --home DIR init --training ...)",
        )


def _damage(paths: Paths) -> list[str]:
    try:
        inspect_file(paths.database)
    except NotAFieldappDatabase as e:
        return [str(e)]
    return health.quick_check_live(paths.database)


def user_error(error: BaseException, paths: Paths):
    """The user's error (not a fieldapp database, busy, disk full, read-only, damaged) behind a
    low-level one, or None (a bug)."""
    if isinstance(error, NotAFieldappDatabase):
        return error
    return health.translate(error, paths.database, paths.backups)


def newest_good_backup(paths: Paths) -> Path | None:
    return health.newest_good_backup(paths.backups)


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
    for rec in ws.store.records.iter_records(RecordFilter(deleted=None)):
        report.records += 1
        for issue in errors(validate(rec, keep_unknown_codes=True)):
            key = f"{issue.field}: {issue.code}"
            invalid[key] = invalid.get(key, 0) + 1
    report.problems += [f"{n} record(s) break a rule — {key}" for key, n in sorted(invalid.items())]
    return report
