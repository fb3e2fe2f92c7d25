"""The consolidated report workbook for people: an overview with the method note and the map, the offices,
and one sheet per breakdown — every sheet for the chosen period, and saying which it is."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Font, PatternFill

from fieldapp.domain.geo import Scale
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.domain.report import OVERLAPPING, ReportModel, Row, Table, label
from fieldapp.exchange.cells import put
from fieldapp.exchange.mappng import render_map
from fieldapp.exchange.sheets import write_lists
from fieldapp.exchange.words import kind_name
from fieldapp.exchange.words import word as w

BOLD = Font(bold=True)
NOTE = Font(italic=True, color="555555")
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
LATE_FILL = PatternFill("solid", fgColor="FCE4D6")
NUMBER = (
    "#,##0"  # thousands separators as a number format: the cell stays a number, Excel shows 1 234 / 1,234
)
PERCENT = "0%"
NA = "—"
HEAD_ROW = 7  # data sheets: title, period, up to three notes, a blank row, then the table

SHEETS = {  # breakdown → (sheet word, column words)
    "office": ("by_office", ("office",)),
    "region": ("by_region", ("region",)),
    "kind": ("by_kind", ("kind",)),
    "region_kind": ("by_region_kind_sheet", ("region", "kind")),
    "target_group": ("by_target_group", ("target_group",)),
    "language": ("by_language", ("language",)),
    "partner": ("by_partner", ("partner",)),
    "site_type": ("by_site_type", ("site_type",)),
    "month": ("by_month", ("month",)),
}
CHARTS = ("office", "region", "kind", "month")


class PngImage(Image):
    """An openpyxl picture from PNG bytes we drew ourselves (openpyxl's own Image needs Pillow)."""

    def __init__(self, data: bytes, width: int, height: int):
        self.ref, self._png = data, data
        self.width, self.height, self.format = width, height, "png"

    def _data(self) -> bytes:
        return self._png


def period_text(data: ReportModel, language: str) -> str:
    if not (data.date_from or data.date_to):
        return w("all", language)
    return f"{data.date_from or '…'} – {data.date_to or '…'}"


def write_report_workbook(path: Path, data: ReportModel, language: str = "ru") -> None:
    ref = reference()
    wb = Workbook()
    _overview(wb.active, data, language)
    _offices(wb.create_sheet(w("offices", language)[:31]), data, language)
    for name, (sheet_word, _cols) in SHEETS.items():
        ws = wb.create_sheet(w(sheet_word, language)[:31])
        _breakdown(ws, data, data.tables[name], language)
    _targets(wb.create_sheet(w("targets", language)[:31]), data, language)
    for ws in wb.worksheets:
        _printable(ws)
    write_lists(wb.create_sheet("Lists"), ref)
    wb.save(path)


def _title(ws, data: ReportModel, title: str, language: str, notes: tuple[str, ...] = ()) -> None:
    put(ws, 1, 1, title)
    ws["A1"].font = Font(bold=True, size=13)
    put(ws, 2, 1, f"{w('period', language)}: {period_text(data, language)}")
    ws["A2"].font = BOLD
    for i, note in enumerate(notes):
        put(ws, 3 + i, 1, note).font = NOTE


def _head(ws, row: int, values: list) -> None:
    for i, v in enumerate(values, 1):
        c = put(ws, row, i, v)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="top")


def _number(cell, value: int | None) -> None:
    """A number with thousands separators, or the not-applicable dash (never a 0 that was not reported)."""
    if value is None:
        cell.value = NA
        cell.alignment = Alignment(horizontal="right")
    else:
        cell.value = value
        cell.number_format = NUMBER


def _label(key: str, code: str, language: str) -> str:
    if not code:
        return w("none_given", language)
    if key == "kind":  # a kind of newer reference data reads "unknown kind (code)"
        return kind_name(code, language)
    return label(key, code, language)


def _breakdown(ws, data: ReportModel, table: Table, language: str) -> None:
    sheet_word, cols = SHEETS[table.name]
    notes = [w("method_note", language), w("na_note", language)]
    if table.name in OVERLAPPING:
        notes.append(w("overlap_note", language))
    _title(ws, data, w(sheet_word, language), language, tuple(notes))
    measures = [reference().measure(m) for m in MEASURES]
    k = len(cols)
    _head(ws, HEAD_ROW, [*(w(c, language) for c in cols), w("records", language),
                         *(m.name(language) for m in measures), w("code", language)])  # fmt: skip
    for i in range(1, k + 1):
        ws.column_dimensions[chr(64 + i)].width = 30
    for i in range(k + 1, k + 3 + len(MEASURES)):
        ws.column_dimensions[chr(64 + i)].width = 15
    ws.row_dimensions[HEAD_ROW].height = 32
    r = HEAD_ROW + 1
    for row in table.rows:
        _data_row(ws, r, k, row, table.keys, language)
        r += 1
    last = r - 1
    total = table.total
    put(ws, r, 1, w("total", language)).font = BOLD
    _data_row(ws, r, k, Row((), total.records, total.values), (), language, bold=True)
    ws.freeze_panes = ws.cell(row=HEAD_ROW + 1, column=k + 1)
    if table.name in CHARTS and last > HEAD_ROW:
        _chart(ws, table.name, last, r + 3, language)


def _data_row(ws, r: int, k: int, row: Row, keys: tuple[str, ...], language: str, bold: bool = False) -> None:
    for i, (key, code) in enumerate(zip(keys, row.key, strict=True), 1):
        put(ws, r, i, _label(key, code, language) if key != "month" else code)
    cells = [ws.cell(row=r, column=k + 1 + j) for j in range(1 + len(MEASURES))]
    _number(cells[0], row.records)
    for j, m in enumerate(MEASURES):
        _number(cells[1 + j], row.values[m])
    if keys:
        put(ws, r, k + 2 + len(MEASURES), " / ".join(row.key))
    if bold:
        for c in cells:
            c.font = BOLD


def _chart(ws, name: str, last: int, at: int, language: str) -> None:
    people = 3 + MEASURES.index("people_reached")
    first = HEAD_ROW
    if name == "month":
        chart = LineChart()
        chart.add_data(Reference(ws, min_col=people, min_row=first, max_row=last), titles_from_data=True)
    else:
        chart = BarChart()
        chart.type = "bar" if name in ("region", "office") else "col"
        chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=True)
        chart.add_data(Reference(ws, min_col=people, min_row=first, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=last))
    chart.title = w(SHEETS[name][0], language)
    chart.height, chart.width = 12, 24
    ws.add_chart(chart, f"A{at}")


def _overview(ws, data: ReportModel, language: str) -> None:
    ws.title = w("overview", language)[:31]
    put(ws, 1, 1, w("title", language))
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 22
    put(ws, 2, 1, w("period", language))
    put(ws, 2, 2, period_text(data, language))
    ws["A2"].font = ws["B2"].font = BOLD
    put(ws, 3, 1, w("generated", language))
    put(ws, 3, 2, data.generated_at)
    put(ws, 4, 1, w("by", language))
    put(ws, 4, 2, f"{data.office_code} — {data.office_name}")
    share = data.offices_reporting / data.offices_expected if data.offices_expected else 0
    put(ws, 5, 1, w("offices_reporting", language))
    put(ws, 5, 2, w("of_expected", language).format(
        n=data.offices_reporting, m=data.offices_expected, p=f"{share:.0%}"))  # fmt: skip
    put(ws, 6, 2, w(data.expected_note, language))
    ws["B6"].font = NOTE
    put(ws, 7, 1, w("method", language))
    ws["A7"].alignment = Alignment(vertical="top")
    put(ws, 7, 2, w("method_note", language))
    ws["B7"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("B7:H7")
    ws.row_dimensions[7].height = 62
    put(ws, 8, 2, w("na_note", language))
    ws["B8"].font = NOTE
    _head(ws, 10, [w("headline", language), ""])
    put(ws, 11, 1, w("records", language))
    _number(ws.cell(row=11, column=2), data.total.records)
    for j, m in enumerate(MEASURES):
        put(ws, 12 + j, 1, reference().measure(m).name(language))
        _number(ws.cell(row=12 + j, column=2), data.total.values[m])
    top = 13 + len(MEASURES)
    measure = reference().measure(data.map_measure).name(language)
    put(ws, top, 1, w("map_title", language).format(m=measure.lower())).font = BOLD
    values = data.map_values()
    put(ws, top + 1, 1, w("region", language)).font = BOLD
    put(ws, top + 1, 2, measure).font = BOLD
    for i, region in enumerate(reference().regions):
        put(ws, top + 2 + i, 1, region.name(language))
        _number(ws.cell(row=top + 2 + i, column=2), values.get(region.code))
    # the map right of the headline figures, its legend under it (the same classes as its colours)
    ws.column_dimensions["C"].width = 3
    put(ws, 10, 4, w("map_title", language).format(m=measure.lower())).font = BOLD
    ws.add_image(PngImage(render_map(values, 600, 350), 600, 350), "D11")
    scale = Scale.of(values)
    legend = 11 + 19
    put(ws, legend, 4, measure).font = BOLD
    classes = scale.legend()
    for i, (lo, hi, colour) in enumerate(classes):
        c = put(ws, legend + 1 + i, 4, f"{lo:,} – {hi:,}".replace(",", "\u202f"))
        c.fill = PatternFill("solid", fgColor="{:02X}{:02X}{:02X}".format(*colour))
        if sum(colour) < 500:  # white text on the three darker blues
            c.font = Font(color="FFFFFF")
    c = put(ws, legend + 1 + len(classes), 4, w("no_data", language))
    c.fill = PatternFill("solid", fgColor="E6E6E6")
    ws.column_dimensions["D"].width = 24


def _printable(ws) -> None:
    """Landscape, as wide as the page: a programme officer prints the sheets."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _offices(ws, data: ReportModel, language: str) -> None:
    _title(ws, data, w("offices", language), language, (w(data.expected_note, language),))
    people = reference().measure("people_reached").name(language)
    heads = ("office", "records", None, "last_activity", "last_import", "reporting", "overdue", "records_all")
    _head(ws, HEAD_ROW, [w(k, language) if k else people for k in heads])
    for i, width in enumerate((16, 12, 16, 18, 24, 16, 20, 16), 1):
        ws.column_dimensions[chr(64 + i)].width = width
    ws.row_dimensions[HEAD_ROW].height = 32
    r = HEAD_ROW + 1
    for o in data.offices:
        last_import = o.get("last_import")
        when = (
            datetime.fromtimestamp(last_import / 1000, UTC).strftime("%Y-%m-%d")
            if last_import
            else ("—" if o.get("own") else w("never", language))
        )
        office = o["office"] if o.get("expected", True) else f"{o['office']} ({w('not_listed', language)})"
        values = [office, None, None, o.get("last_activity") or "", when,
                  w("yes" if o["reporting"] else "no", language),
                  w("yes", language) if o.get("overdue") else "", None]  # fmt: skip
        for j, v in enumerate(values, 1):
            c = put(ws, r, j, v)
            if o.get("overdue") or not o["reporting"]:
                c.fill = LATE_FILL
        _number(ws.cell(row=r, column=2), o["records"])
        c = ws.cell(row=r, column=3)
        _number(c, o["people_reached"]) if o["reporting"] else None
        _number(ws.cell(row=r, column=8), o["records_all"])
        r += 1
    put(ws, r + 1, 1, w("offices_reporting", language)).font = BOLD
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=2)
    share = data.offices_reporting / data.offices_expected if data.offices_expected else 0
    put(ws, r + 1, 3, w("of_expected", language).format(
        n=data.offices_reporting, m=data.offices_expected, p=f"{share:.0%}"))  # fmt: skip
    ws.freeze_panes = f"B{HEAD_ROW + 1}"


def _targets(ws, data: ReportModel, language: str) -> None:
    notes = (w("method_note", language), w("targets_note", language))
    _title(ws, data, w("targets", language), language, notes)
    heads = ("kind", "region", "from", "to", "measure", "planned", "achieved", "percent", "counted_for")
    _head(ws, HEAD_ROW, [w(k, language) for k in heads])
    for i, width in enumerate((30, 26, 12, 12, 26, 14, 14, 12, 26), 1):
        ws.column_dimensions[chr(64 + i)].width = width
    if not data.targets:
        put(ws, HEAD_ROW + 1, 1, w("no_targets", language)).font = NOTE
        return
    ref = reference()
    for r, t in enumerate(data.targets, HEAD_ROW + 1):
        put(ws, r, 1, label("kind", t.kind, language))
        put(ws, r, 2, label("region", t.region, language) if t.region else w("all_regions", language))
        put(ws, r, 3, t.date_from).number_format = "yyyy-mm-dd"
        put(ws, r, 4, t.date_to).number_format = "yyyy-mm-dd"
        m = ref.measure(t.measure)
        put(ws, r, 5, m.name(language) if m else t.measure)
        _number(ws.cell(row=r, column=6), t.planned)
        _number(ws.cell(row=r, column=7), t.achieved)
        c = put(ws, r, 8, t.achieved / t.planned if t.planned else None)
        c.number_format = PERCENT
        put(ws, r, 9, f"{t.counted_from.isoformat()} – {t.counted_to.isoformat()}")
