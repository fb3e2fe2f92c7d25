"""The bulk-entry template: an empty Activities sheet with drop-downs and date/number checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from fieldapp.domain.reference import reference
from fieldapp.domain.validation import EARLIEST_DATE
from fieldapp.exchange.cells import put
from fieldapp.exchange.columns import COLUMNS
from fieldapp.exchange.sheets import list_ranges, write_lists

ENTRY_ROWS = 2000  # rows below the headers that carry the validation
LIST_FOR_FIELD = {"kind": "kind", "region": "region", "site_type": "site_type", "language": "language"}
PROMPTS = {
    "kind": {"en": "Pick an activity code", "ru": "Выберите код мероприятия", "kk": "Іс-шара кодын таңдаңыз"},
    "date": {"en": "A date from 2020-01-01", "ru": "Дата не ранее 01.01.2020", "kk": "2020-01-01 бастап күн"},
    "int": {"en": "A whole number, 0 or more", "ru": "Целое число от 0", "kk": "0-ден бастап бүтін сан"},
}  # fmt: skip


def write_template_workbook(path: Path, language: str = "ru") -> None:
    """Only the people's columns (no record ID or bookkeeping): every row typed in becomes a new record."""
    ref = reference()
    wb = Workbook()
    ws = wb.active
    ws.title = "Activities"
    lists = wb.create_sheet("Lists")
    write_lists_normal(lists, ref)
    columns = [c for c in COLUMNS if not c.bookkeeping]
    ranges = list_ranges(ref)
    last = 2 + ENTRY_ROWS
    for i, col in enumerate(columns, 1):
        letter = get_column_letter(i)
        h = put(ws, 1, i, col.header(language))
        h.font = Font(bold=True)
        h.fill = PatternFill("solid", fgColor="DDEBF7")
        h.alignment = Alignment(wrap_text=True, vertical="top")
        t = put(ws, 2, i, col.tag)
        t.font = Font(italic=True, color="666666")
        ws.column_dimensions[letter].width = col.width
        area = f"{letter}3:{letter}{last}"
        dv = None
        if col.field in LIST_FOR_FIELD:
            first, end = ranges[LIST_FOR_FIELD[col.field]]
            dv = DataValidation(type="list", formula1=f"Lists!$B${first}:$B${end}", allow_blank=True)
            dv.prompt = PROMPTS["kind"].get(language) if col.field == "kind" else None
        elif col.type == "date":
            dv = DataValidation(
                type="date", operator="between", allow_blank=True,
                formula1=str((EARLIEST_DATE - date(1899, 12, 30)).days), formula2="2958465",
            )  # fmt: skip
            dv.prompt = PROMPTS["date"].get(language)
            for r in range(3, last + 1):
                ws.cell(row=r, column=i).number_format = "yyyy-mm-dd"
        elif col.type == "int":
            dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
            dv.prompt = PROMPTS["int"].get(language)
        if dv is not None:
            dv.showErrorMessage = True
            dv.showInputMessage = bool(dv.prompt)
            dv.add(area)
            ws.add_data_validation(dv)
    ws.freeze_panes = "A3"
    wb.save(path)


def write_lists_normal(ws, ref) -> None:
    """`write_lists` works on a normal sheet too (it only appends rows)."""
    write_lists(ws, ref)
