"""One Activities row → an Activity, or the reasons (sheet, row, column, code) it is rejected."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fieldapp.domain import clock as clocks
from fieldapp.domain.record import Activity, ms_to_iso, now_ms
from fieldapp.domain.reference import Reference
from fieldapp.domain.validation import validate
from fieldapp.exchange import columns as c
from fieldapp.exchange import fast_cells as f
from fieldapp.exchange import problems as p
from fieldapp.exchange.columns import CellError
from fieldapp.exchange.fast_row import FastRow, compile_row
from fieldapp.exchange.reader import Layout, Placed


@dataclass
class ParsedRow:
    """A row read from a sheet: the record (None when rejected), its problems and warnings."""

    sheet: str
    row: int
    record: Activity | None
    has_uuid: bool = True
    typed: bool = False  # typed by a person (template or hand-made): no version stamp, this office's
    office_defaulted: bool = False  # the office cell was empty: the importing installation's was taken
    problems: list[p.RowProblem] = field(default_factory=list)
    warnings: list[p.FileWarning] = field(default_factory=list)


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):  # several codes (target groups): as a person types them
        value = "; ".join(str(v) for v in value)
    text = "" if value is None else str(value)
    return text if len(text) <= 200 else text[:199] + "…"


def parse_row(
    file: str,
    layout: Layout,
    row: int,
    values: list,
    ref: Reference,
    today: date,
    default_office: str = "",
    check: bool = True,
    now: int | None = None,
) -> ParsedRow | None:
    """Parse and validate one row; None for a row that is empty in every known column.

    A row without a record ID (typed into the template) takes `default_office` when its office is empty.
    With check=False the domain's rules are left to `check_row` (import checks only rows it will write).
    A timestamp more than a day ahead of `now` (this machine's clock, epoch ms) rejects the row.
    """
    plan = _plan(layout, ref)
    if plan.fast is not None and not (layout.formulas or layout.errors):
        limit_at = p.EXCEL_CELL_LIMIT if layout.long_text else p.EXCEL_CELL_LIMIT + 1
        try:
            record = plan.fast(values, limit_at, (now or now_ms()) + p.CLOCK_SKEW_MS)
        except CellError:  # the general way names the cell
            record = None
        if record is not None:
            out = ParsedRow(layout.name, row, record)
            if check:
                check_row(file, layout, out, ref, today)
            return out
    return parse_row_general(file, layout, row, values, ref, today, default_office, check, now)


def parse_row_general(
    file: str,
    layout: Layout,
    row: int,
    values: list,
    ref: Reference,
    today: date,
    default_office: str = "",
    check: bool = True,
    now: int | None = None,
) -> ParsedRow | None:
    """`parse_row` cell by cell: every row the straight reader (`fast_row`) is not sure of comes here."""
    plan = _plan(layout, ref)
    n = len(values)
    # The template pre-fills every row's record ID: a row with nothing else is still an empty row.
    marked = layout.formulas or layout.errors
    for i in plan.content:
        v = values[i] if i < n else ""
        if v is not None and (not isinstance(v, str) or v.strip()):
            break
    else:
        if not (marked and any((row, pl.letter) in marked for pl in layout.placed)):
            return None
    out = ParsedRow(layout.name, row, None)
    by_field = plan.by_field
    data: dict[str, Any] = {}

    def reject(pl: Placed | None, code: str, value: Any = "", field_name: str = "") -> None:
        out.problems.append(
            p.RowProblem(
                file,
                layout.name,
                row,
                pl.letter if pl else "",
                pl.column.tag if pl else "",
                pl.header if pl else "",
                code,
                field_name or (pl.column.field if pl else ""),
                _show(value),
            )
        )

    limit_at = p.EXCEL_CELL_LIMIT if layout.long_text else p.EXCEL_CELL_LIMIT + 1
    for i, name, pl, parse in plan.cells:
        value = values[i] if i < n else ""
        if marked:
            if (row, pl.letter) in layout.formulas:
                reject(pl, p.FORMULA, value)
                continue
            if (row, pl.letter) in layout.errors:
                reject(pl, p.ERROR_CELL, layout.errors[(row, pl.letter)])
                continue
        if isinstance(value, str) and len(value) >= limit_at:
            reject(pl, p.CELL_TOO_LONG, value)
            continue
        try:
            data[name] = parse(value)
        except CellError as e:
            reject(pl, e.code, value)

    # A name column stands in for a missing code (hand-made files).
    kind_column = "kind"
    if not data.get("kind") and data.get("kind_name"):
        data["kind"] = ref.resolve_code(ref.kinds, data["kind_name"]) or data["kind_name"]
        kind_column = "kind_name"
    kind_text = data.get("kind")
    if kind_text and isinstance(kind_text, str) and ref.kind(kind_text) is None:
        former = ref.former_kind(kind_text)  # a template made before the coordinator renamed the kind
        if former:
            data["kind"] = former
            pl = by_field.get(kind_column)
            out.warnings.append(
                p.FileWarning(file, p.OLD_KIND_NAME, f"{kind_text} → {former}", layout.name, row,
                              pl.letter if pl else "")
            )  # fmt: skip
    region_text = data.get("region") or data.get("region_name") or ""
    data.pop("kind_name", None)
    data.pop("region_name", None)
    if region_text:
        code, was_alias, candidates = plan.region(region_text)
        data["region"] = code or region_text
        if candidates:
            pl = by_field.get("region") or by_field.get("region_name")
            reject(pl, p.AMBIGUOUS_REGION, f"{region_text} → {' / '.join(candidates)}", "region")
        if was_alias:
            pl = by_field.get("region") or by_field.get("region_name")
            out.warnings.append(
                p.FileWarning(
                    file,
                    p.OLD_REGION_NAME,
                    f"{region_text} → {code}",
                    layout.name,
                    row,
                    pl.letter if pl else "",
                )
            )

    uuid = data.pop("uuid", None)
    out.has_uuid = uuid is not None
    # A row without bookkeeping (no ID, or an ID pre-filled by the template and no time of last change
    # column) was typed by a person: it becomes, or corrects, a record of this installation.
    out.typed = uuid is None or "updated_at" not in by_field
    updated = data.get("updated_at")
    if not out.typed and updated is None and not any(x.field == "updated_at" for x in out.problems):
        reject(by_field.get("updated_at"), p.MISSING_TIMESTAMP, "", "updated_at")
    limit = (now or now_ms()) + p.CLOCK_SKEW_MS
    for name in ("created_at", "updated_at"):
        if (data.get(name) or 0) > limit:
            reject(by_field.get(name), p.TIMESTAMP_IN_FUTURE, ms_to_iso(data[name]), name)
    if data.get("clock"):  # a field's edit stamp in the future would win every merge from now on
        latest = _latest(data["clock"])
        if latest > limit:
            reject(by_field.get("clock"), p.TIMESTAMP_IN_FUTURE, _moment(latest), "clock")
    # A typed row (template, hand-made) marked deleted: a typed row never deletes, so it is refused rather
    # than arriving as an active record.
    if out.typed and data.get("deleted"):
        reject(by_field.get("deleted"), p.DELETED_WITHOUT_ID, "1", "deleted")
    if out.problems:
        return out

    data["updated_at"] = updated or 0
    data["created_at"] = data.get("created_at") or data["updated_at"]
    data["version"] = data.get("version") or 1
    for key in ("origin_office", "origin_device", "updated_device", "district", "settlement", "partners"):
        data.setdefault(key, "")
    if not data.get("office") and out.typed:
        data["office"] = default_office
        out.office_defaulted = True
    if not data.get("origin_office"):
        data["origin_office"] = data.get("office", "")
    record = Activity(**data) if uuid is None else Activity(uuid=uuid, **data)
    if record.updated_at < record.created_at:
        reject(by_field.get("updated_at"), p.TIMESTAMP_ORDER, updated, "updated_at")
        return out
    out.record = record
    if check:
        check_row(file, layout, out, ref, today)
    return out


def check_row(file: str, layout: Layout, parsed: ParsedRow, ref: Reference, today: date) -> bool:
    """The domain's rules on a parsed row: errors reject it (record set to None), warnings are kept."""
    record = parsed.record
    by_field = _plan(layout, ref).by_field
    for issue in validate(record, today=today, ref=ref, keep_unknown_codes=not parsed.typed):
        pl = by_field.get(issue.field)
        if issue.is_error:
            parsed.problems.append(
                p.RowProblem(
                    file,
                    layout.name,
                    parsed.row,
                    pl.letter if pl else "",
                    pl.column.tag if pl else "",
                    pl.header if pl else "",
                    str(issue.code),
                    issue.field,
                    _show(getattr(record, issue.field, "")),
                )
            )
        else:
            detail = issue.field
            if str(issue.code).startswith("unknown_"):  # a kept code of newer reference data: name it
                value = getattr(record, issue.field, "")
                detail += ": " + (" ".join(value) if isinstance(value, tuple) else str(value))
            parsed.warnings.append(
                p.FileWarning(file, str(issue.code), detail, layout.name, parsed.row, pl.letter if pl else "")
            )
    if parsed.problems:
        parsed.record = None
        return False
    return True


@dataclass
class _Plan:
    """How one sheet's rows are read with one reference data: made once per sheet, not per cell."""

    cells: list[tuple[int, str, Placed, Callable[[Any], Any]]]  # (index, field, placed, parser)
    content: list[int]  # the indexes of every column but the record ID (an empty row has none)
    by_field: dict[str, Placed]
    ref: Reference
    fast: FastRow | None = None  # the sheet's straight reader of exported rows (`fast_row`)
    regions: dict[str, tuple[str | None, bool, tuple[str, ...]]] = field(default_factory=dict)

    def region(self, text: str) -> tuple[str | None, bool, tuple[str, ...]]:
        """The region `text` names: (code or None, was an old name, the candidates when ambiguous)."""
        got = self.regions.get(text)
        if got is None:
            code, was_alias = self.ref.resolve_region(text)
            got = (code, was_alias, () if code else self.ref.region_candidates(text))
            if len(self.regions) < 1000:
                self.regions[text] = got
        return got


def _plan(layout: Layout, ref: Reference) -> _Plan:
    got = layout.cache.get("plan")
    if got is None or got[0] is not ref:
        cells = [(pl.index, pl.column.field, pl, _parser(pl.column.type, pl.column.field, ref))
                 for pl in layout.placed]  # fmt: skip
        content = [pl.index for pl in layout.placed if pl.column.field != "uuid"]
        by_field = {pl.column.field: pl for pl in layout.placed}
        fast = compile_row([x[2] for x in cells], [x[3] for x in cells], ref, _latest)
        got = layout.cache["plan"] = (ref, _Plan(cells, content, by_field, ref, fast))
    return got[1]


def _parser(kind: str, field_name: str, ref: Reference) -> Callable[[Any], Any]:
    """The parser of a column type (`columns` fast paths, each equal to its general parser)."""
    if kind == "code":
        items = {"kind": ref.kinds, "site_type": ref.site_types, "language": ref.material_languages}
        return f.fast_code(items[field_name], ref)
    if kind == "codes":
        return f.remembered(f.fast_codes(ref.target_groups, ref))
    if kind == "office":
        return f.remembered(c.parse_office)
    return _DIRECT[kind]


def _stamps(value: Any) -> str:
    """= parse_stamps, keeping the clock's newest time for the row's check of its times (`_latest`)."""
    if value.__class__ is str:
        m = _CREATED_CLOCK.fullmatch(value)
        if m is not None:  # the clock of a record written once, as Clock.text() writes it
            _last_clock[0] = (value, int(m[1]))
            return value
    text = c.parse_text(value).strip()
    if text:
        try:
            _latest(text)
        except ValueError:
            raise CellError("bad_stamps") from None
    return text


# {"d":{device:[L,office]},"s":{"*":[L,device,ms]}} with plain JSON strings and non-negative JSON
# integers (up to 18 digits): json.loads gives that one device and stamp, so the clock is valid and
# ms is its newest time.
_JSON_STRING = r'"[^"\\\x00-\x1f]*"'
_JSON_UINT = r"(?:0|[1-9][0-9]{0,17})"  # short enough for any int() (no digit limit reached)
_CREATED_CLOCK = re.compile(
    rf'\{{"d":\{{{_JSON_STRING}:\[{_JSON_UINT},{_JSON_STRING}\]\}},'
    rf'"s":\{{"\*":\[{_JSON_UINT},{_JSON_STRING},({_JSON_UINT})\]\}}\}}'
)

_last_clock: list[tuple[str, int]] = [("", 0)]


def _latest(text: str) -> int:
    """The newest time of the clock `text` (clocks.parse; ValueError when it is not a clock),
    remembering the last text read (a row's clock is read by its cell, then checked).
    The one slot is swapped whole (threads)."""
    last, got = _last_clock[0]
    if last != text or not last:
        got = max(s[2] for s in clocks.parse(text).stamps.values())
        _last_clock[0] = (text, got)
    return got


_DIRECT: dict[str, Callable[[Any], Any]] = {
    "text": c.parse_free_text,
    "name_of": f.fast_text,
    "version": f.fast_version,
    "int": f.fast_int,
    "date": f.fast_date,
    "timestamp": f.fast_timestamp,
    "bool": f.fast_bool,
    "uuid": f.fast_uuid,
    "stamps": _stamps,
    "conflicts": f.fast_conflicts,
    "region": f.fast_text,
}


def _moment(ms: int) -> str:
    """A stamp's time as ISO text for a problem report, or the number where no date can hold it."""
    try:
        return ms_to_iso(ms)
    except (ValueError, OverflowError, OSError):
        return str(ms)
