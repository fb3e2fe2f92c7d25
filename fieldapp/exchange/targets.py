"""The Targets sheet: a coordinator's planned figures per kind × region × period × measure, in a workbook.

Row 1 holds headers in the chosen language, row 2 HXL tags (what import reads, in any column order),
targets from row 3. The same hostile-file checks as exchange workbooks run first (zip/XML bombs …).
A Metadata sheet (key, value rows) says what wrote it: `format = fieldapp-targets` and, from a training
installation, `training = yes` (a real installation refuses that workbook). Older workbooks have none.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from fieldapp.domain.errors import BadInput
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.exchange import guard
from fieldapp.exchange import problems as p
from fieldapp.exchange.cells import put
from fieldapp.exchange.sheets import write_lists

SHEET = "Targets"
MAX_ROWS = 10_000
COLUMNS = (  # field, HXL tag, header (en, ru, kk)
    ("kind", "#activity+code", ("Activity code", "Код мероприятия", "Іс-шара коды")),
    ("region", "#adm1+code", ("Region code (empty: all regions)", "Код региона (пусто: все)",
                              "Өңір коды (бос: барлығы)")),
    ("date_from", "#date+start", ("From", "С", "Бастап")),
    ("date_to", "#date+end", ("To", "По", "Дейін")),
    ("measure", "#indicator+code", ("Measure code", "Код показателя", "Көрсеткіш коды")),
    ("planned", "#indicator+num+planned", ("Planned", "План", "Жоспар")),
)  # fmt: skip
LANG_INDEX = {"en": 0, "ru": 1, "kk": 2}
FORMAT = "fieldapp-targets"


def write_targets_template(
    path: Path, language: str = "ru", rows: list[dict] | None = None, meta: dict[str, str] | None = None
) -> None:
    ref = reference()
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    fill = PatternFill("solid", fgColor="DDEBF7")
    for i, (_f, tag, heads) in enumerate(COLUMNS, 1):
        c = put(ws, 1, i, heads[LANG_INDEX.get(language, 0)])
        c.font, c.fill = Font(bold=True), fill
        put(ws, 2, i, tag).font = Font(color="808080")
        ws.column_dimensions[chr(64 + i)].width = 18 if i != 2 else 26
    kinds = DataValidation(type="list", formula1='"' + ",".join(k.code for k in ref.kinds) + '"')
    measures = DataValidation(type="list", formula1='"' + ",".join(MEASURES) + '"')
    whole = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    for dv, col in ((kinds, "A"), (measures, "E"), (whole, "F")):
        dv.add(f"{col}3:{col}{MAX_ROWS}")
        ws.add_data_validation(dv)
    for r, row in enumerate(rows or [], 3):
        for i, (f, _tag, _h) in enumerate(COLUMNS, 1):
            c = put(ws, r, i, row[f])
            if isinstance(row[f], date):
                c.number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A3"
    write_lists(wb.create_sheet("Lists"), ref)
    info = wb.create_sheet("Metadata")
    for r, (k, v) in enumerate({"key": "value", "format": FORMAT, **(meta or {})}.items(), 1):
        put(info, r, 1, k)
        put(info, r, 2, v)
    info.column_dimensions["A"].width = 20
    wb.save(path)


def read_targets(path: Path) -> tuple[list[dict], dict[str, str]]:
    """The rows of the workbook's Targets sheet as dicts of raw values (checked by the service), and its
    Metadata (key → text; empty for a workbook without that sheet)."""
    inspection = guard.inspect(path)
    name = path.name
    if SHEET not in inspection.sheet_parts:
        raise p.UnusableWorkbook(p.NO_ACTIVITIES_SHEET, name, f"no sheet named {SHEET!r}")
    if inspection.formulas.get(SHEET):
        row, col = sorted(inspection.formulas[SHEET])[0]
        raise BadInput(f"{name}: {SHEET}!{col}{row} holds a formula; type the value instead")
    if inspection.rows.get(SHEET, 0) > MAX_ROWS:
        raise BadInput(f"{name}: the {SHEET} sheet has more than {MAX_ROWS:,} rows")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:
        raise p.UnusableWorkbook(p.NOT_XLSX, name, f"cannot be read ({e.__class__.__name__})") from None
    try:
        rows = wb[SHEET].iter_rows(values_only=True)
        next(rows, None)
        tags = [str(t).strip() if t is not None else "" for t in next(rows, ())]
        where = {}
        for field, tag, _h in COLUMNS:
            if tag not in tags:
                raise BadInput(f"{name}: the {SHEET} sheet has no {tag} column in row 2")
            where[field] = tags.index(tag)
        out = []
        for number, values in enumerate(rows, 3):
            if not any(v not in (None, "") for v in values):
                continue
            row = {f: (values[i] if i < len(values) else None) for f, i in where.items()}
            for k in ("date_from", "date_to"):
                if isinstance(row[k], datetime):
                    row[k] = row[k].date()
            row["_row"] = number
            out.append(row)
        return out, _metadata(wb)
    finally:
        wb.close()


def _metadata(wb) -> dict[str, str]:
    if "Metadata" not in wb.sheetnames:
        return {}
    out: dict[str, str] = {}
    for row in wb["Metadata"].iter_rows(max_row=200, max_col=2, values_only=True):
        if len(row) >= 2 and isinstance(row[0], str) and row[0].strip():
            out[row[0].strip()] = "" if row[1] is None else str(row[1]).strip()
    return out
