"""One Activities row → an Activity, or the reasons (sheet, row, column, code) it is rejected."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fieldapp.domain.record import Activity
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
    parse_int,
    parse_stamps,
    parse_text,
    parse_timestamp,
    parse_uuid,
)
from fieldapp.exchange.reader import Layout, Placed


@dataclass
class ParsedRow:
    """A row read from a sheet: the record (None when rejected), its problems and warnings."""

    sheet: str
    row: int
    record: Activity | None
    has_uuid: bool = True
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
) -> ParsedRow | None:
    """Parse and validate one row; None for a row that is empty in every known column.

    A row without a record ID (typed into the template) takes `default_office` when its office is empty.
    With check=False the domain's rules are left to `check_row` (import checks only rows it will write).
    """
    n = len(values)
    cells = [(pl, values[pl.index] if pl.index < n else "") for pl in layout.placed]
    if all(is_blank(v) for _, v in cells) and not any((row, pl.letter) in layout.formulas for pl, _ in cells):
        return None
    out = ParsedRow(layout.name, row, None)
    by_field: dict[str, Placed] = {}
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

    for pl, value in cells:
        col = pl.column
        by_field[col.field] = pl
        if (row, pl.letter) in layout.formulas:
            reject(pl, p.FORMULA, value)
            continue
        if isinstance(value, str) and (
            len(value) > p.EXCEL_CELL_LIMIT or (layout.long_text and len(value) == p.EXCEL_CELL_LIMIT)
        ):
            reject(pl, p.CELL_TOO_LONG, value)
            continue
        try:
            data[col.field] = _parse(col.type, col.field, value, ref)
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
    updated = data.get("updated_at")
    if out.has_uuid and updated is None and not any(x.field == "updated_at" for x in out.problems):
        reject(by_field.get("updated_at"), p.MISSING_TIMESTAMP, "", "updated_at")
    if out.problems:
        return out

    data["updated_at"] = updated or 0
    data["created_at"] = data.get("created_at") or data["updated_at"]
    data["version"] = data.get("version") or 1
    for key in ("origin_office", "origin_device", "updated_device", "district", "settlement", "partners"):
        data.setdefault(key, "")
    if not data.get("office") and uuid is None:
        data["office"] = default_office
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
    by_field = {pl.column.field: pl for pl in layout.placed}
    for issue in validate(record, today=today, ref=ref):
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
            parsed.warnings.append(
                p.FileWarning(
                    file, str(issue.code), issue.field, layout.name, parsed.row, pl.letter if pl else ""
                )
            )
    if parsed.problems:
        parsed.record = None
        return False
    return True


def _parse(kind: str, field_name: str, value: Any, ref: Reference) -> Any:
    if kind in ("text", "name_of"):
        return parse_text(value)
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
