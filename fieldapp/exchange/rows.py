"""One Activities row → an Activity, or the reasons (sheet, row, column, code) it is rejected."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from fieldapp.domain import clock as clocks
from fieldapp.domain.record import Activity, ms_to_iso, now_ms
from fieldapp.domain.reference import Reference
from fieldapp.domain.validation import validate
from fieldapp.exchange import problems as p
from fieldapp.exchange.columns import (
    CellError,
    is_blank,
    parse_bool,
    parse_code,
    parse_codes,
    parse_conflicts,
    parse_date,
    parse_free_text,
    parse_int,
    parse_office,
    parse_stamps,
    parse_text,
    parse_timestamp,
    parse_uuid,
    parse_version,
)
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
    n = len(values)
    cells = [(pl, values[pl.index] if pl.index < n else "") for pl in layout.placed]
    # The template pre-fills every row's record ID: a row with nothing else is still an empty row.
    marked = layout.formulas or layout.errors
    if all(is_blank(v) or pl.column.field == "uuid" for pl, v in cells) and not (
        marked and any((row, pl.letter) in marked for pl, _ in cells)
    ):
        return None
    out = ParsedRow(layout.name, row, None)
    by_field = _by_field(layout)
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

    parsers = _parsers(layout, ref)
    for (pl, value), parse in zip(cells, parsers, strict=True):
        col = pl.column
        if marked:
            if (row, pl.letter) in layout.formulas:
                reject(pl, p.FORMULA, value)
                continue
            if (row, pl.letter) in layout.errors:
                reject(pl, p.ERROR_CELL, layout.errors[(row, pl.letter)])
                continue
        if isinstance(value, str) and (
            len(value) > p.EXCEL_CELL_LIMIT or (layout.long_text and len(value) == p.EXCEL_CELL_LIMIT)
        ):
            reject(pl, p.CELL_TOO_LONG, value)
            continue
        try:
            data[col.field] = parse(value)
        except CellError as e:
            reject(pl, e.code, value)

    # A name column stands in for a missing code (hand-made files).
    if not data.get("kind") and data.get("kind_name"):
        data["kind"] = ref.resolve_code(ref.kinds, data["kind_name"]) or data["kind_name"]
    region_text = data.get("region") or data.get("region_name") or ""
    data.pop("kind_name", None)
    data.pop("region_name", None)
    if region_text:
        code, was_alias = ref.resolve_region(region_text)
        data["region"] = code or region_text
        candidates = () if code else ref.region_candidates(region_text)
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
        latest = max(s[2] for s in clocks.parse(data["clock"]).stamps.values())
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
    by_field = _by_field(layout)
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


def _parsers(layout: Layout, ref: Reference) -> list:
    """The parser of each placed column of `layout` (value → field value), made once per sheet and
    reference data instead of choosing by column type for every cell."""
    key = ("parsers", id(ref))
    got = layout.cache.get(key)
    if got is None or got[0] is not ref:
        fns = [partial(_parse, pl.column.type, pl.column.field, ref=ref) for pl in layout.placed]
        for i, pl in enumerate(layout.placed):
            direct = _DIRECT.get(pl.column.type)
            if direct is not None:
                fns[i] = direct
        got = layout.cache[key] = (ref, fns)
    return got[1]


def _by_field(layout: Layout) -> dict[str, Placed]:
    got = layout.cache.get("by_field")
    if got is None:
        got = layout.cache["by_field"] = {pl.column.field: pl for pl in layout.placed}
    return got


_DIRECT = {
    "text": parse_free_text,
    "name_of": parse_text,
    "office": parse_office,
    "version": parse_version,
    "int": parse_int,
    "date": parse_date,
    "timestamp": parse_timestamp,
    "bool": parse_bool,
    "uuid": parse_uuid,
    "stamps": parse_stamps,
    "conflicts": parse_conflicts,
    "region": parse_text,
}


def _parse(kind: str, field_name: str, value: Any, ref: Reference) -> Any:
    if kind == "text":
        return parse_free_text(value)
    if kind == "name_of":
        return parse_text(value)
    if kind == "office":
        return parse_office(value)
    if kind == "version":
        return parse_version(value)
    if kind == "int":
        return parse_int(value)
    if kind == "date":
        return parse_date(value)
    if kind == "timestamp":
        return parse_timestamp(value)
    if kind == "bool":
        return parse_bool(value)
    if kind == "uuid":
        return parse_uuid(value)
    if kind == "stamps":
        return parse_stamps(value)
    if kind == "conflicts":
        return parse_conflicts(value)
    if kind == "region":
        return parse_text(value)
    if kind == "codes":
        return parse_codes(ref.target_groups, value, ref)
    if kind == "code":
        items = {"kind": ref.kinds, "site_type": ref.site_types, "language": ref.material_languages}[
            field_name
        ]
        return parse_code(items, value, ref)
    raise ValueError(kind)


def _moment(ms: int) -> str:
    """A stamp's time as ISO text for a problem report, or the number where no date can hold it."""
    try:
        return ms_to_iso(ms)
    except (ValueError, OverflowError, OSError):
        return str(ms)
