"""Exchange use-cases: export, report and template; the import use-cases live in `services.importing`
and are named here too, so that callers keep one door for the workbook (`services.exchange`)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fieldapp import __version__
from fieldapp.domain.errors import BadInput, Cancelled
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import ms_to_iso, now_ms
from fieldapp.domain.reference import reference, using
from fieldapp.domain.reference_rules import OFFICE_CODE
from fieldapp.exchange.problems import FileWarning, RowProblem, UnusableWorkbook
from fieldapp.paths import Paths
from fieldapp.services.importing import (
    FileReport,
    ImportPreview,
    ImportResult,
    UndoImpossible,
    commit_import,
    preview_import,
    undo_last_import,
)
from fieldapp.services.installation import Installation, require
from fieldapp.services.outputs import check_output, create_private, partial_path, writing
from fieldapp.services.workspace import Workspace

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


@dataclass(frozen=True)
class ExportResult:
    path: Path
    record_count: int
    sha256: str  # of the record content (the Metadata sheet's content_sha256)
    scope: str
    sheets: int = 1


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

    scope: 'full' (every record), 'since_last' (written here since the last full or since-last export
    of the same scope, by anyone, including imports) or 'period' (records starting within date_from..
    date_to).
    office: only that office's records (a coordinator sending corrections back to one office). Such an
    export is a scope of its own: it does not move the whole set's "since last" marker, and with
    'since_last' it holds that office's records written since the last full or since-last export to it.
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
    if office is not None:  # given, so it must name an office: an empty one would send the whole set
        office = office.strip().upper()
        if not OFFICE_CODE.match(office):
            raise BadInput(f"{office!r} is not an office code (letters, digits, '-' and '_', up to 32)")
    office = office or ""
    if scope == "period":
        if date_from and date_to and date_to < date_from:
            raise BadInput(f"the period ends ({date_to}) before it starts ({date_from})")
        f = RecordFilter(deleted=None, date_from=date_from, date_to=date_to)
    elif scope == "since_last":  # since the last export of the same scope: the whole set, or this office
        last = store.logs.last_counted_export(office)
        since = last.max_seq if last else None
    if office:
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
            for_office=office,
        )
    if progress:
        progress(total, total)
    return ExportResult(path, written.record_count, written.sha256, scope, written.sheets)


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
