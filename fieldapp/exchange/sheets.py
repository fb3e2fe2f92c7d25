"""Sheets for people: the Summary (totals with charts) and the Lists of codes in three languages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font

from fieldapp.domain.record import Activity
from fieldapp.domain.reference import LANGUAGES, Coded
from fieldapp.domain.reference import Reference as RefData
from fieldapp.exchange import cells
from fieldapp.exchange.words import kind_name, measure_name, word

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)


@dataclass
class SummaryTotals:
    """Totals gathered while records stream past (tombstones are not counted)."""

    by_region_kind: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    people_by_region: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_month: dict[str, list[int]] = field(default_factory=dict)  # month → [records, people, children, items]

    def add(self, rec: Activity) -> None:
        if rec.deleted or rec.start_date is None:
            return
        self.by_region_kind[(rec.region, rec.kind)] += 1
        self.people_by_region[rec.region] += rec.people_reached or 0
        m = self.by_month.setdefault(rec.start_date.strftime("%Y-%m"), [0, 0, 0, 0])
        m[0] += 1
        m[1] += rec.people_reached or 0
        m[2] += rec.children_reached or 0
        m[3] += rec.items_distributed or 0


def _bold(ws, value: str):
    return cells.text_cell(ws, value, BOLD)


def write_summary(ws, totals: SummaryTotals, language: str, ref: RefData) -> None:
    """Region × kind records and month totals, each with a chart beside it."""
    title = cells.text_cell(ws, word("summary", language), TITLE)
    ws.column_dimensions["A"].width = 30
    ws.append([title])
    ws.append([])
    ws.append([_bold(ws, word("by_region_kind", language))])
    used = {key[1] for key in totals.by_region_kind}
    kinds = [k for k in ref.kinds if k.code in used]
    known = {k.code for k in ref.kinds}
    kinds += [Coded(c, {language: kind_name(c, language)}) for c in sorted(used - known)]
    regions = [r for r in ref.regions if any(key[0] == r.code for key in totals.by_region_kind)]
    head_row = 4
    ws.append(
        [_bold(ws, word("region", language))]
        + [_bold(ws, k.name(language)) for k in kinds]
        + [_bold(ws, word("total", language)), _bold(ws, measure_name("people_reached", language))]
    )
    for r in regions:
        counts = [totals.by_region_kind.get((r.code, k.code), 0) for k in kinds]
        ws.append(
            cells.row(ws, [r.name(language), *counts, sum(counts), totals.people_by_region.get(r.code, 0)])
        )
    last = head_row + len(regions)
    if regions and kinds:
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = word("by_region_kind", language)
        chart.height, chart.width = 12, 22
        data = Reference(ws, min_col=2, max_col=1 + len(kinds), min_row=head_row, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=head_row + 1, max_row=last))
        ws.add_chart(chart, f"{_col(len(kinds) + 4)}3")
    ws.append([])
    ws.append([_bold(ws, word("by_month", language))])
    month_head = last + 3
    heads = [word("month", language), word("records", language)]
    heads += [measure_name(m, language) for m in ("people_reached", "children_reached", "items_distributed")]
    ws.append([_bold(ws, h) for h in heads])
    months = sorted(totals.by_month)
    for m in months:
        ws.append(cells.row(ws, [m, *totals.by_month[m]]))
    if months:
        chart = LineChart()
        chart.title = word("by_month", language)
        chart.height, chart.width = 10, 22
        data = Reference(ws, min_col=3, max_col=4, min_row=month_head, max_row=month_head + len(months))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(
            Reference(ws, min_col=1, min_row=month_head + 1, max_row=month_head + len(months))
        )
        ws.add_chart(chart, f"G{month_head}")


def _col(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def write_lists(ws, ref: RefData) -> None:
    """Every code list with names in Kazakh, Russian and English (validation lists of the template)."""
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 22
    for letter in "CDE":
        ws.column_dimensions[letter].width = 40
    ws.append([_bold(ws, "list"), _bold(ws, "code"), *(_bold(ws, lang) for lang in LANGUAGES)])
    for name, items in code_lists(ref):
        for item in items:
            ws.append(cells.row(ws, [name, item.code, *(item.names[lang] for lang in LANGUAGES)]))
    for alias, code in ref.region_aliases.items():
        ws.append(cells.row(ws, ["region_alias", code, alias, alias, alias]))


def code_lists(ref: RefData) -> tuple:
    """The code lists in the order the Lists sheet holds them (the template's drop-downs point there)."""
    retired = tuple(k for k in ref.kinds if k.retired)
    return (
        ("kind", ref.offered_kinds),
        ("region", ref.regions),
        ("site_type", ref.site_types),
        ("language", ref.material_languages),
        ("target_group", ref.target_groups),
        ("measure", ref.measures),
        *((("kind_retired", retired),) if retired else ()),  # still names old records; not offered
    )


def list_ranges(ref: RefData) -> dict[str, tuple[int, int]]:
    """The rows (first, last) each list occupies on the Lists sheet written by `write_lists`."""
    out: dict[str, tuple[int, int]] = {}
    row = 2
    for name, items in code_lists(ref):
        out[name] = (row, row + len(items) - 1)
        row += len(items)
    return out
