"""Writing the exchange workbook, streaming: Activities, Summary, Lists, Metadata (openpyxl write-only)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from fieldapp.domain.errors import Cancelled
from fieldapp.domain.record import Activity
from fieldapp.domain.reference import reference
from fieldapp.exchange import FORMAT_NAME, FORMAT_VERSION, cells
from fieldapp.exchange.checksum import ContentHash
from fieldapp.exchange.columns import COLUMNS, formatters
from fieldapp.exchange.problems import EXCEL_MAX_ROWS
from fieldapp.exchange.sheets import SummaryTotals, write_lists, write_summary

ROWS_PER_SHEET = EXCEL_MAX_ROWS - 2  # two header rows
HEADER_FONT = Font(bold=True)
TAG_FONT = Font(italic=True, color="666666")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOOKKEEPING_FILL = PatternFill("solid", fgColor="EEEEEE")


@dataclass(frozen=True)
class Written:
    path: Path
    record_count: int
    sha256: str
    sheets: int


def activities_sheet(wb: Workbook, title: str, language: str):
    """A write-only Activities sheet with its two header rows (headers, then HXL tags)."""
    ws = wb.create_sheet(title)
    for i, col in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "B3"
    headers, tags = [], []
    for col in COLUMNS:
        h = cells.text_cell(ws, col.header(language), HEADER_FONT)
        h.fill = BOOKKEEPING_FILL if col.bookkeeping else HEADER_FILL
        h.alignment = Alignment(wrap_text=True, vertical="top")
        t = cells.text_cell(ws, col.tag, TAG_FONT)
        headers.append(h)
        tags.append(t)
    ws.append(headers)
    ws.append(tags)
    return ws


def write_export(
    path: Path,
    records: Iterable[Activity],
    meta: dict[str, object],
    language: str = "ru",
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    rows_per_sheet: int = ROWS_PER_SHEET,
) -> Written:
    """Stream `records` into a new workbook at `path`; `meta` fills the Metadata sheet.

    More records than a sheet holds continue on 'Activities 2', 'Activities 3', … (same two header rows).
    """
    ref = reference()
    wb = Workbook(write_only=True)
    title = "Activities"
    ws = activities_sheet(wb, title, language)
    sheets, in_sheet = 1, 0
    digest = ContentHash()
    totals = SummaryTotals()
    getters = formatters(ref, language)
    # every column that may carry text from a person or from another file (not the generated uuid and
    # timestamps): it goes through the one text-cell writer when plain writing would change it
    text_at = [
        i for i, c in enumerate(COLUMNS) if c.type in ("text", "office", "code", "region", "codes", "name_of")
    ]
    needs_cell, text_cell = cells.needs_cell, cells.text_cell
    hashed_at = [i for i, c in enumerate(COLUMNS) if c.type != "name_of"]
    for n, rec in enumerate(records, 1):
        if in_sheet == rows_per_sheet:
            sheets += 1
            ws = activities_sheet(wb, f"{title} {sheets}", language)
            in_sheet = 0
        row = [get(rec) for get in getters]
        digest.add_row([row[i] for i in hashed_at])
        for i in text_at:
            v = row[i]
            if v and needs_cell(v):
                row[i] = text_cell(ws, v)
        ws.append(row)
        in_sheet += 1
        totals.add(rec)
        if n % 1000 == 0:
            if cancel and cancel():
                raise Cancelled()  # the caller removes the partial file
            if progress:
                progress(n)
    meta = dict(meta)
    meta["record_count"] = digest.count
    meta["content_sha256"] = digest.hexdigest()
    write_summary(wb.create_sheet("Summary"), totals, language, ref)
    write_lists(wb.create_sheet("Lists"), ref)
    write_metadata(wb.create_sheet("Metadata"), meta)
    wb.save(path)
    return Written(Path(path), digest.count, str(meta["content_sha256"]), sheets)


def write_metadata(ws, meta: dict[str, object]) -> None:
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    head = [cells.text_cell(ws, "key", HEADER_FONT), cells.text_cell(ws, "value", HEADER_FONT)]
    ws.append(head)
    ordered = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, **meta}
    for key, value in ordered.items():
        value = "" if value is None else value
        ws.append([key, cells.text_cell(ws, value) if isinstance(value, str) else value])
