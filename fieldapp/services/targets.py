"""Targets a coordinator plans per activity kind × region × period and measure, and how far records got.

A target counts the records of its kind (and region, unless it is for every region) whose start date is
within the target's own period; the dashboard and the report list the targets whose period overlaps the
period being looked at.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.domain.report import TargetRow
from fieldapp.services.outputs import check_output, create_private, partial_path
from fieldapp.services.workspace import Workspace
from fieldapp.storage import targets as table


def check(row: dict) -> dict:
    """A target as stored, or BadInput naming what is wrong (kind, region, dates, measure, number)."""
    ref = reference()
    kind = ref.kind(str(row.get("kind") or "").strip())
    if kind is None:
        raise BadInput(f"unknown activity kind {row.get('kind')!r}")
    region_text = str(row.get("region") or "").strip()
    region = ""
    if region_text:
        region, _alias = ref.resolve_region(region_text)
        if region is None:
            raise BadInput(f"unknown region {region_text!r}")
    start, end = _date(row.get("date_from"), "from"), _date(row.get("date_to"), "to")
    if end < start:
        raise BadInput(f"the target's period ends ({end}) before it starts ({start})")
    measure = str(row.get("measure") or "").strip()
    if measure not in MEASURES:
        raise BadInput(f"unknown measure {measure!r} (one of: {', '.join(MEASURES)})")
    if measure not in kind.measures:
        raise BadInput(f"{kind.code} does not record {measure}")
    planned = row.get("planned")
    if planned is not None:
        if isinstance(planned, float) and planned.is_integer():
            planned = int(planned)
        if isinstance(planned, str) and planned.strip().isdigit():
            planned = int(planned.strip())
        if not isinstance(planned, int) or isinstance(planned, bool) or not 0 <= planned < 10**12:
            raise BadInput(f"the planned figure must be a whole number of 0 or more, not {planned!r}")
    return {"kind": kind.code, "region": region, "date_from": start, "date_to": end, "measure": measure,
            "planned": planned}  # fmt: skip


def _date(value, which: str) -> date:
    if isinstance(value, date):
        return value if type(value) is date else value.date()
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise BadInput(f"the target's '{which}' date {value!r} is not a date (YYYY-MM-DD)") from None


def set_targets(ws: Workspace, rows: list[dict]) -> tuple[int, int]:
    """Check every row first, then write them in one transaction: (written, deleted)."""
    checked = []
    for r in rows:
        try:
            checked.append(check(r))
        except BadInput as e:
            raise BadInput(f"Targets row {r['_row']}: {e}" if "_row" in r else str(e)) from None
    return table.put_targets(ws.store, checked)


def list_targets(ws: Workspace) -> list[dict]:
    return table.list_targets(ws.store)


def progress(
    ws: Workspace, date_from: date | None = None, date_to: date | None = None, offices: tuple[str, ...] = ()
) -> list[TargetRow]:
    """Planned against achieved for every target whose period overlaps [date_from, date_to]."""
    out = []
    for t in table.list_targets(ws.store):
        if (date_to and t["date_from"] > date_to) or (date_from and t["date_to"] < date_from):
            continue
        f = RecordFilter(
            kinds=(t["kind"],),
            regions=(t["region"],) if t["region"] else (),
            offices=tuple(offices),
            date_from=t["date_from"],
            date_to=t["date_to"],
        )
        [total] = ws.store.breakdown(f)
        achieved = total[1 + MEASURES.index(t["measure"])] or 0
        out.append(TargetRow(t["kind"], t["region"], t["date_from"], t["date_to"], t["measure"],
                             t["planned"], achieved))  # fmt: skip
    return out


def import_workbook(ws: Workspace, path) -> tuple[int, int]:
    """Targets from a workbook's Targets sheet (see write_template); all or nothing."""
    from fieldapp.exchange.targets import read_targets

    return set_targets(ws, read_targets(Path(path)))


def write_template(ws: Workspace, path, language: str = "ru") -> Path:
    """A Targets workbook holding the current targets (empty rows below for new ones)."""
    from fieldapp.exchange.targets import write_targets_template

    path = check_output(path, ws.paths)
    tmp = partial_path(path)
    try:
        create_private(tmp)
        write_targets_template(tmp, language, table.list_targets(ws.store))
        tmp.replace(path)
    except PermissionError as e:
        raise BadInput(f"cannot write {path}: {e.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return path
