"""Writing the exchange workbook, streaming: Activities (sheet XML written here), Summary, Lists, Metadata."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
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
from fieldapp.exchange.sheetxml import RowWriter

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
    """A write-only Activities sheet with its two header rows (headers, then HXL tags) and a probe row.

    The probe (one date in row 3) only makes openpyxl register the date style and show where rows
    go: `_SheetFrame` cuts it out, and the records are written in its place by `sheetxml`."""
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
    ws.append([None] * _FIRST_DATE + [date(2020, 1, 1)])
    return ws


_FIRST_DATE = next(i for i, c in enumerate(COLUMNS) if c.type == "date")
_STYLE = re.compile(rb'\ss="(\d+)"')


@dataclass(frozen=True)
class _SheetFrame:
    """An Activities sheet's XML around its records: `head` (up to and with the header rows), `tail`
    (from `</sheetData>`), and the style number of date cells, as openpyxl writes them."""

    head: bytes
    tail: bytes
    date_style: int

    @classmethod
    def cut(cls, xml: bytes) -> _SheetFrame:
        start = xml.find(b'<row r="3"')
        end = xml.find(b"</sheetData>")
        style = _STYLE.search(xml, start, end) if 0 < start < end else None
        if style is None or xml.count(b"</sheetData>") != 1:
            raise RuntimeError("openpyxl wrote the Activities sheet in an unexpected form")
        return cls(xml[:start], xml[end:], int(style.group(1)))


def _sheet_part(n: int) -> str:
    return f"xl/worksheets/sheet{n}.xml"  # openpyxl's name for the workbook's n-th worksheet


def _open_part(zf: zipfile.ZipFile, n: int):
    info = zipfile.ZipInfo(_sheet_part(n), date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return zf.open(info, "w", force_zip64=True)


def _frame(language: str) -> _SheetFrame:
    """The frame of an Activities sheet in this language (a workbook of that sheet alone, in memory)."""
    wb = Workbook(write_only=True)
    activities_sheet(wb, "Activities", language)
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as z:
        return _SheetFrame.cut(z.read(_sheet_part(1)))


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
    The records' rows are written as sheet XML straight into the zip (`sheetxml`); the rest of the
    workbook (header rows, styles, Summary with charts, Lists, Metadata) is openpyxl's, written once
    the records are counted and copied in beside them.
    """
    ref = reference()
    frame = _frame(language)
    rows = RowWriter(len(COLUMNS), frame.date_style)
    digest = ContentHash()
    totals = SummaryTotals()
    getters = formatters(ref, language)
    hashed_at = [i for i, c in enumerate(COLUMNS) if c.type != "name_of"]
    sheets = 1
    # The zip is built in a temporary file (in the data folder's private tmp when fieldapp set it up,
    # removed at the next start if the process is killed: no record content is left beside the output)
    # and copied to `path` when complete.
    with tempfile.NamedTemporaryFile(prefix="export-", suffix=".xlsx") as spool:
        with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            out = _open_part(zf, 1)
            try:
                out.write(frame.head)
                buf: list[str] = []
                in_sheet = 0
                for n, rec in enumerate(records, 1):
                    if in_sheet == rows_per_sheet:
                        out.write("".join(buf).encode())
                        buf.clear()
                        out.write(frame.tail)
                        out.close()
                        sheets += 1
                        out = _open_part(zf, sheets)
                        out.write(frame.head)
                        in_sheet = 0
                    row = [get(rec) for get in getters]
                    digest.add_row([row[i] for i in hashed_at])
                    in_sheet += 1
                    buf.append(rows.row(in_sheet + 2, row))
                    totals.add(rec)
                    if n % 1000 == 0:
                        out.write("".join(buf).encode())
                        buf.clear()
                        if cancel and cancel():
                            raise Cancelled()  # the caller removes the partial file
                        if progress:
                            progress(n)
                out.write("".join(buf).encode())
                out.write(frame.tail)
            finally:
                out.close()
            meta = dict(meta)
            meta["record_count"] = digest.count
            meta["content_sha256"] = digest.hexdigest()
            _write_rest(zf, sheets, frame, language, ref, totals, meta)
        spool.seek(0)
        with open(path, "wb") as target:
            shutil.copyfileobj(spool, target, 1 << 20)
    return Written(Path(path), digest.count, str(meta["content_sha256"]), sheets)


def _write_rest(zf: zipfile.ZipFile, sheets: int, frame: _SheetFrame, language, ref, totals, meta) -> None:
    """Every part but the records' sheets: openpyxl writes the workbook with empty Activities sheets
    (their frames must be the ones the records were written into), then its parts are copied."""
    wb = Workbook(write_only=True)
    for i in range(1, sheets + 1):
        activities_sheet(wb, "Activities" if i == 1 else f"Activities {i}", language)
    write_summary(wb.create_sheet("Summary"), totals, language, ref)
    write_lists(wb.create_sheet("Lists"), ref)
    write_metadata(wb.create_sheet("Metadata"), meta)
    buf = io.BytesIO()
    wb.save(buf)
    ours = {_sheet_part(i) for i in range(1, sheets + 1)}
    with zipfile.ZipFile(buf) as z:
        for info in z.infolist():
            data = z.read(info)
            if info.filename in ours:
                if _SheetFrame.cut(data) != frame:
                    raise RuntimeError(f"{info.filename}: the Activities frame changed while writing")
                continue
            zf.writestr(info, data)


def write_metadata(ws, meta: dict[str, object]) -> None:
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    head = [cells.text_cell(ws, "key", HEADER_FONT), cells.text_cell(ws, "value", HEADER_FONT)]
    ws.append(head)
    ordered = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, **meta}
    for key, value in ordered.items():
        value = "" if value is None else value
        ws.append([key, cells.text_cell(ws, value) if isinstance(value, str) else value])
