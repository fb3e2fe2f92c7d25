"""The bulk-entry template: an Activities sheet with pre-filled record IDs, drop-downs of names and checks."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from fieldapp.domain.reference import LANGUAGES, reference
from fieldapp.domain.validation import EARLIEST_DATE
from fieldapp.exchange.cells import put
from fieldapp.exchange.columns import BY_FIELD, COLUMNS
from fieldapp.exchange.sheets import list_ranges, write_lists

ENTRY_ROWS = 2000  # rows below the headers that carry the validation and a pre-filled record ID
LIST_FOR_FIELD = {"kind": "kind", "region": "region", "site_type": "site_type", "language": "language"}
# The code columns offer names, so they are headed with the name column's header ("Activity", "Region").
HEADER_FROM = {"kind": "kind_name", "region": "region_name"}
PROMPTS = {
    "uuid": {"en": "Leave this ID as it is: a corrected re-send of this row then updates the record. "
                   "One template per partner: copies of this file share the IDs",
             "ru": "Не меняйте этот ID: тогда исправленная строка при повторной отправке обновит запись. "
                   "Каждому партнёру свой шаблон: копии этого файла имеют те же ID",
             "kk": "Бұл ID-ді өзгертпеңіз: сонда қайта жіберілген түзетілген жол жазбаны жаңартады. "
                   "Әр серіктеске өз үлгісі: бұл файлдың көшірмелерінде ID-лер бірдей"},
    "kind": {"en": "Pick an activity", "ru": "Выберите мероприятие", "kk": "Іс-шараны таңдаңыз"},
    "target_groups": {"en": "Several groups: separate them with ;",
                      "ru": "Несколько групп: разделяйте точкой с запятой (;)",
                      "kk": "Бірнеше топ: нүктелі үтірмен (;) бөліңіз"},
    "date": {"en": "A date from 2020-01-01", "ru": "Дата не ранее 01.01.2020", "kk": "2020-01-01 бастап күн"},
    "int": {"en": "A whole number, 0 or more", "ru": "Целое число от 0", "kk": "0-ден бастап бүтін сан"},
}  # fmt: skip


def template_columns() -> list:
    """The record ID (pre-filled), then the people's columns; a code column stands for its name column."""
    return [c for c in COLUMNS if c.field == "uuid" or not (c.bookkeeping or c.type == "name_of")]


def write_template_workbook(path: Path, language: str = "ru") -> None:
    """Every row carries a fresh record ID, so that a partner who corrects a row and sends the file again
    updates that record instead of adding a second one. Drop-downs offer names in the sheet's language
    (the import reads names in any language, and codes)."""
    ref = reference()
    wb = Workbook()
    ws = wb.active
    ws.title = "Activities"
    lists = wb.create_sheet("Lists")
    write_lists_normal(lists, ref)
    names_column = "CDE"[LANGUAGES.index(language)] if language in LANGUAGES else "E"
    ranges = list_ranges(ref)
    last = 2 + ENTRY_ROWS
    for i, col in enumerate(template_columns(), 1):
        letter = get_column_letter(i)
        header = BY_FIELD[HEADER_FROM[col.field]] if col.field in HEADER_FROM else col
        h = put(ws, 1, i, header.header(language))
        h.font = Font(bold=True)
        h.fill = PatternFill("solid", fgColor="DDEBF7")
        h.alignment = Alignment(wrap_text=True, vertical="top")
        t = put(ws, 2, i, col.tag)
        t.font = Font(italic=True, color="666666")
        ws.column_dimensions[letter].width = max(col.width, header.width)
        area = f"{letter}3:{letter}{last}"
        dv = None
        if col.field == "uuid":
            grey = Font(color="808080")
            for r in range(3, last + 1):
                put(ws, r, i, str(uuidlib.uuid4())).font = grey
            dv = DataValidation(type="textLength", operator="equal", formula1="36", allow_blank=True)
            dv.prompt = PROMPTS["uuid"].get(language)
        elif col.field in LIST_FOR_FIELD:
            first, end = ranges[LIST_FOR_FIELD[col.field]]
            formula = f"Lists!${names_column}${first}:${names_column}${end}"
            # A warning, not a stop: a code or another spelling ("ВКО", "KZ-63") is accepted on import.
            dv = DataValidation(type="list", formula1=formula, allow_blank=True, errorStyle="warning")
            dv.prompt = PROMPTS["kind"].get(language) if col.field == "kind" else None
        elif col.field == "target_groups":
            dv = DataValidation(
                type="textLength", operator="lessThanOrEqual", formula1="2000", allow_blank=True
            )
            dv.prompt = PROMPTS["target_groups"].get(language)
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
    ws.freeze_panes = "B3"
    wb.save(path)


def write_lists_normal(ws, ref) -> None:
    """`write_lists` works on a normal sheet too (it only appends rows)."""
    write_lists(ws, ref)
