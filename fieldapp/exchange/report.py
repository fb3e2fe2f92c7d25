"""The consolidated report workbook for people: totals by office, region, kind and month, with charts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font, PatternFill

from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.exchange.cells import put
from fieldapp.exchange.sheets import write_lists
from fieldapp.exchange.words import word as w

BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
LATE_FILL = PatternFill("solid", fgColor="FCE4D6")


@dataclass
class ReportData:
    office_code: str
    office_name: str
    generated_at: str
    date_from: date | None
    date_to: date | None
    groups: dict[str, list[dict]]  # group → rows of {"group", "records", *MEASURES}
    offices: list[dict] = field(default_factory=list)


def write_report_workbook(path: Path, data: ReportData, language: str = "ru") -> None:
    ref = reference()
    wb = Workbook()
    ws = wb.active
    ws.title = w("offices", language)[:31]
    _overview(ws, data, language)
    for group in ("office", "region", "kind", "month"):
        sheet = wb.create_sheet(w(f"by_{group}", language)[:31])
        _totals(sheet, group, data.groups.get(group, []), data.groups.get("none", []), language, ref)
    write_lists(wb.create_sheet("Lists"), ref)
    wb.save(path)


def _label(group: str, value: str, language: str, ref) -> str:
    if group == "region":
        r = ref.region(value)
        return r.name(language) if r else value
    if group == "kind":
        k = ref.kind(value)
        return k.name(language) if k else value
    return value or ""


def _head(ws, row: int, values: list) -> None:
    for i, v in enumerate(values, 1):
        c = put(ws, row, i, v)
        c.font = BOLD
        c.fill = HEAD_FILL


def _totals(ws, group: str, rows: list[dict], overall: list[dict], language: str, ref) -> None:
    measures = [ref.measure(m) for m in MEASURES]
    _head(ws, 1, [w(group, language), w("records", language), *(m.name(language) for m in measures)])
    ws.column_dimensions["A"].width = 34
    for i in range(2, 3 + len(MEASURES)):
        ws.column_dimensions[chr(64 + i)].width = 16
    r = 2
    for row in rows:
        put(ws, r, 1, _label(group, row["group"], language, ref))
        put(ws, r, 2, row["records"])
        for j, m in enumerate(MEASURES):
            put(ws, r, 3 + j, row[m])
        r += 1
    last = r - 1
    if overall:
        put(ws, r, 1, w("total", language)).font = BOLD
        put(ws, r, 2, overall[0]["records"]).font = BOLD
        for j, m in enumerate(MEASURES):
            put(ws, r, 3 + j, overall[0][m]).font = BOLD
    ws.freeze_panes = "B2"
    if last < 2:
        return
    people = 3 + MEASURES.index("people_reached")
    if group == "month":
        chart = LineChart()
        chart.add_data(
            Reference(ws, min_col=people, max_col=people + 1, min_row=1, max_row=last), titles_from_data=True
        )
    else:
        chart = BarChart()
        chart.type = "bar" if group in ("region", "office") else "col"
        chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
        chart.add_data(Reference(ws, min_col=people, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    chart.title = w(f"by_{group}", language)
    chart.height, chart.width = 12, 24
    ws.add_chart(chart, f"A{r + 3}")


def _overview(ws, data: ReportData, language: str) -> None:
    put(ws, 1, 1, w("title", language)).font = Font(bold=True, size=14)
    period = (
        f"{data.date_from or '…'} – {data.date_to or '…'}"
        if (data.date_from or data.date_to)
        else w("all", language)
    )
    for r, (label, text) in enumerate(
        (
            (w("generated", language), data.generated_at),
            (w("by", language), f"{data.office_code} — {data.office_name}"),
            (w("period", language), period),
        ),
        2,
    ):
        put(ws, r, 1, label)
        put(ws, r, 2, text)
    _head(ws, 6, [w(k, language) for k in ("office", "records", "last_activity", "last_import", "overdue")])
    for i, width in enumerate((16, 12, 18, 26, 24), 1):
        ws.column_dimensions[chr(64 + i)].width = width
    r = 7
    for o in data.offices:
        last_import = o.get("last_import")
        when = (
            datetime.fromtimestamp(last_import / 1000, UTC).strftime("%Y-%m-%d")
            if last_import
            else ("—" if o.get("own") else w("never", language))
        )
        values = [
            o["office"],
            o["records"],
            o.get("last_activity", ""),
            when,
            w("yes", language) if o.get("overdue") else "",
        ]
        for j, v in enumerate(values, 1):
            c = put(ws, r, j, v)
            if o.get("overdue"):
                c.fill = LATE_FILL
        r += 1
