"""Targets a coordinator plans per activity kind × region × period and measure, and how far records got.

A target counts the records of its kind (and region, unless it is for every region) whose start date is
within the target's own period AND the period being looked at (the report's, the dashboard's): a year's
target in a quarter's report shows what was achieved in that quarter, and says for which dates it counted.
The dashboard and the report list the targets whose period overlaps the period being looked at.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import Reference, reference, using
from fieldapp.domain.report import TargetRow
from fieldapp.services.outputs import check_output, create_private, partial_path
from fieldapp.services.workspace import Workspace
from fieldapp.storage import targets as table


def check(row: dict, ref: Reference | None = None) -> dict:
    """A target as stored, or BadInput naming what is wrong (kind, region, dates, measure, number);
    checked against `ref`, the installation's reference data (kinds added, measures taken off a kind)."""
    ref = ref or reference()
    kind = ref.kind(str(row.get("kind") or "").strip())
    if kind is None:
        raise BadInput(f"unknown activity kind {row.get('kind')!r}")
    region_text = str(row.get("region") or "").strip()
    region = ""
    if region_text:
        region, _alias = ref.resolve_region(region_text)  # the spellings imports read ("ВКО", "г.Алматы")
        if region is None:
            candidates = ref.region_candidates(region_text)
            if candidates:
                names = " or ".join(f"{c} ({ref.region(c).name('en')})" for c in candidates)
                raise BadInput(f"the region {region_text!r} is ambiguous: {names}; give the code")
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
    seen: dict[tuple, object] = {}
    ref = ws.reference  # the coordinator's kinds and their measures, not the shipped ones
    for r in rows:
        try:
            t = check(r, ref)
        except BadInput as e:
            raise BadInput(f"Targets row {r['_row']}: {e}" if "_row" in r else str(e)) from None
        key = (t["kind"], t["region"], t["date_from"], t["date_to"], t["measure"])
        if key in seen:  # which one was meant? the person decides, not the order of the rows
            where = f"rows {seen[key]} and {r['_row']}" if "_row" in r else "two rows"
            raise BadInput(f"Targets {where} are the same target ({key[0]}, {key[1] or 'all regions'}, "
                           f"{key[2]} – {key[3]}, {key[4]}); keep one of them")  # fmt: skip
        seen[key] = r.get("_row")
        checked.append(t)
    return table.put_targets(ws.store, checked)


def list_targets(ws: Workspace) -> list[dict]:
    return table.list_targets(ws.store)


def progress(
    ws: Workspace, date_from: date | None = None, date_to: date | None = None, offices: tuple[str, ...] = ()
) -> list[TargetRow]:
    """Planned against achieved for every target whose period overlaps [date_from, date_to]; achieved
    counts the overlap only (the target's whole period when no period is given)."""
    out = []
    for t in table.list_targets(ws.store):
        if (date_to and t["date_from"] > date_to) or (date_from and t["date_to"] < date_from):
            continue
        lo = max(t["date_from"], date_from) if date_from else t["date_from"]
        hi = min(t["date_to"], date_to) if date_to else t["date_to"]
        f = RecordFilter(
            kinds=(t["kind"],),
            regions=(t["region"],) if t["region"] else (),
            offices=tuple(offices),
            date_from=lo,
            date_to=hi,
        )
        [total] = ws.store.records.breakdown(f)
        achieved = total[1 + MEASURES.index(t["measure"])] or 0
        out.append(TargetRow(t["kind"], t["region"], t["date_from"], t["date_to"], t["measure"],
                             t["planned"], achieved, lo, hi))  # fmt: skip
    return out


def import_workbook(ws: Workspace, path) -> tuple[int, int]:
    """Targets from a workbook's Targets sheet (see write_template); all or nothing."""
    from fieldapp.exchange.targets import read_targets
    from fieldapp.services.training import refuse_training_file

    path = Path(path)
    rows, meta = read_targets(path)
    refuse_training_file(meta, ws.installation, path.name, "targets workbook")  # never practice targets
    return set_targets(ws, rows)


def write_template(ws: Workspace, path, language: str = "ru") -> Path:
    """A Targets workbook holding the current targets (empty rows below for new ones)."""
    from fieldapp.exchange.targets import write_targets_template
    from fieldapp.services.training import mark

    path = check_output(path, ws.paths)
    tmp = partial_path(path)
    try:
        create_private(tmp)
        meta = mark({}, ws.installation)  # a training copy's workbook says so: real installations refuse it
        with using(ws.reference):  # the drop-down and the Lists sheet: this installation's kinds
            write_targets_template(tmp, language, table.list_targets(ws.store), meta)
        tmp.replace(path)
    except PermissionError as e:
        raise BadInput(f"cannot write {path}: {e.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return path
