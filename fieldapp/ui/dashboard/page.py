"""The dashboard page: totals for a period, charts by month, region and kind, and offices' reporting."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import Cancelled
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.domain.report import BREAKDOWNS, label
from fieldapp.services.changes import Changed
from fieldapp.services.dashboard import DashboardData, load, period_filter
from fieldapp.ui.dashboard.offices import OfficesModel
from fieldapp.ui.dashboard.targets import TargetsBox
from fieldapp.ui.formats import month, number
from fieldapp.ui.texts import kind_name
from fieldapp.ui.widgets.period import PeriodSelector
from fieldapp.ui.widgets.tables import read_only_table

log = logging.getLogger(__name__)

DEFAULT_OVERDUE_DAYS = 30
OVERDUE_SETTING = "dashboard/overdue_days"
CARD_KEYS = ("records", *MEASURES)
CHART_MEASURES = ("people_reached", "children_reached", "items_distributed", "sessions", "volunteers")
# What the second chart breaks the totals down by (issue 14 §2); "kind" comes with every refresh.
BREAKDOWN_CHOICES = ("kind", "target_group", "language", "partner", "site_type", "region_kind")


class Card(QFrame):
    """One total: a big number over its caption."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        self.value.setObjectName("cardValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)


class DashboardPage(QWidget):
    """Queries run on a worker through ctx.tasks; a newer query supersedes an older one still running."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self._stale = True
        self._generation = 0
        self._handle = None
        self.month_chart = self.region_chart = self.kind_chart = None  # built on first show (pyqtgraph)

        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.period = PeriodSelector(self)
        self.office_label = QLabel(self)
        self.office = QComboBox(self)
        self.office.setObjectName("officeFilter")
        self.office.addItem("", "")
        self.office_label.setBuddy(self.office)
        self.measure_label = QLabel(self)
        self.measure = QComboBox(self)
        self.measure.setObjectName("chartMeasure")
        for code in CHART_MEASURES:
            self.measure.addItem("", code)
        self.measure_label.setBuddy(self.measure)
        self.breakdown_label = QLabel(self)
        self.breakdown = QComboBox(self)
        self.breakdown.setObjectName("dashboardBreakdown")
        for code in BREAKDOWN_CHOICES:
            self.breakdown.addItem("", code)
        self.breakdown_label.setBuddy(self.breakdown)
        self.region_map = None  # built with the charts, on first show
        self.targets_box = TargetsBox(self)
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")

        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addSpacing(12)
        bar.addWidget(self.office_label)
        bar.addWidget(self.office)
        bar.addSpacing(12)
        bar.addWidget(self.measure_label)
        bar.addWidget(self.measure)
        bar.addSpacing(12)
        bar.addWidget(self.breakdown_label)
        bar.addWidget(self.breakdown)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.cards = {key: Card(key, self) for key in CARD_KEYS}
        cards = QGridLayout()
        for i, key in enumerate(CARD_KEYS):
            cards.addWidget(self.cards[key], i // 4, i % 4)

        self.charts_box = QWidget(self)
        self.charts_layout = QGridLayout(self.charts_box)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)

        self.offices_box = QWidget(self)
        self.offices_heading = QLabel(self.offices_box)
        self.offices_heading.setFont(self.cards["records"].value.font())
        self.offices_heading.setFont(font)
        self.offices_summary = QLabel(self.offices_box)
        self.offices_summary.setObjectName("officesSummary")
        self.offices_summary.setWordWrap(True)
        self.offices_model = OfficesModel(self)
        self.offices_view = QTableView(self.offices_box)
        self.offices_view.setModel(self.offices_model)
        read_only_table(self.offices_view, wrap=True)
        self.offices_view.setMinimumHeight(160)
        self.offices_view.setMaximumHeight(240)  # at the top: the totals stay in sight below it
        olay = QVBoxLayout(self.offices_box)
        olay.setContentsMargins(0, 0, 0, 0)
        olay.addWidget(self.offices_heading)
        olay.addWidget(self.offices_summary)
        olay.addWidget(self.offices_view)
        self.offices_box.hide()

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        body.addLayout(bar)
        # the coordinator's first question — who has not reported — before the totals (issue 13)
        body.addWidget(self.offices_box)
        body.addLayout(cards)
        body.addWidget(self.charts_box, 1)
        body.addWidget(self.targets_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.period.periodChanged.connect(lambda *_: self.refresh())
        self.office.currentIndexChanged.connect(self.refresh)
        self.measure.currentIndexChanged.connect(self._render_charts)
        self.breakdown.currentIndexChanged.connect(self.refresh)
        self.targets_box.changed.connect(self.refresh)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    # -- contract with the main window ------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.ctx.language
        ref = reference()
        self.heading.setText(self.tr("Dashboard"))
        self.office_label.setText(self.tr("&Office"))
        self.office.setItemText(0, self.tr("All offices"))
        self.measure_label.setText(self.tr("&Charts show"))
        self.breakdown_label.setText(self.tr("&Break down by"))
        names = {
            "kind": self.tr("Activity kind"),
            "target_group": self.tr("Target group"),
            "language": self.tr("Materials language"),
            "partner": self.tr("Partner"),
            "site_type": self.tr("Site type"),
            "region_kind": self.tr("Region and activity kind"),
        }
        for i in range(self.breakdown.count()):
            self.breakdown.setItemText(i, names[self.breakdown.itemData(i)])
        self.targets_box.retranslate()
        for i in range(self.measure.count()):
            self.measure.setItemText(i, ref.measure(self.measure.itemData(i)).name(lang))
        self.cards["records"].caption.setText(self.tr("Records"))
        for key in MEASURES:
            self.cards[key].caption.setText(ref.measure(key).name(lang))
        self.offices_heading.setText(self.tr("Offices"))
        self.offices_model.retranslate(lang)
        for chart in (self.month_chart, self.region_chart, self.kind_chart):
            if chart is not None:
                chart.set_empty_text(self.tr("No records in this period."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._build_charts()
        if self._stale:
            self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if not (changed.records or changed.settings):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    # -- loading ----------------------------------------------------------------------------------

    def overdue_days(self) -> int:
        """Days without an import after which another office counts as not reporting (a setting)."""
        try:
            value = self.ctx.settings.get(OVERDUE_SETTING)
        except (KeyError, AttributeError):  # the option is not declared in this build's registry
            value = DEFAULT_OVERDUE_DAYS
        return value if isinstance(value, int) and value > 0 else DEFAULT_OVERDUE_DAYS

    def refresh(self) -> None:
        """Query again (on a worker); only the newest answer is shown."""
        if not self.isVisible() or self.ctx.workspace is None:
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        if self._handle is not None:
            self._handle.cancel()
        date_from, date_to = self.period.period()
        f = period_filter(date_from, date_to, self.office.currentData() or "")
        days = self.overdue_days()
        chosen = self.breakdown.currentData() or "kind"
        ws = self.ctx.workspace
        self.status.setText(self.tr("Updating…"))
        self._handle = self.ctx.tasks.run(
            lambda progress, cancelled: load(ws, f, days, progress, cancelled, chosen),
            on_done=lambda data: self._loaded(generation, data),
            on_error=lambda error: self._failed(generation, error),
            label=self.tr("Updating the dashboard"),
            write=False,
        )

    def _loaded(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return
        self._handle = None
        self.data = data
        self.status.setText("")
        self._fill_offices_filter()
        self._render()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, Cancelled):
            return
        self._handle = None
        log.error("dashboard query failed", exc_info=error)
        self.status.setText(self.tr("The totals could not be computed: %1").replace("%1", str(error)))

    def _fill_offices_filter(self) -> None:
        current = self.office.currentData() or ""
        codes = [o["office"] for o in self.data.offices] if self.data else []
        self.office.blockSignals(True)
        while self.office.count() > 1:
            self.office.removeItem(1)
        for code in codes:
            self.office.addItem(code, code)
        index = self.office.findData(current)
        self.office.setCurrentIndex(max(index, 0))
        self.office.blockSignals(False)

    # -- drawing ----------------------------------------------------------------------------------

    def _build_charts(self) -> None:
        if self.month_chart is not None:
            return
        from fieldapp.ui.dashboard.charts import BarChart  # pyqtgraph/numpy: only now, never at start-up

        self.month_chart = BarChart(horizontal=False, parent=self.charts_box)
        self.month_chart.setObjectName("monthChart")
        self.month_chart.setMinimumHeight(240)
        self.month_chart.setMaximumHeight(340)
        self.region_chart = BarChart(horizontal=True, parent=self.charts_box)
        self.region_chart.setObjectName("regionChart")
        self.kind_chart = BarChart(horizontal=True, parent=self.charts_box)
        self.kind_chart.setObjectName("kindChart")
        self.charts_layout.addWidget(self.month_chart, 0, 0, 1, 2)
        self.charts_layout.addWidget(self.region_chart, 1, 0, 2, 1)
        self.charts_layout.addWidget(self.kind_chart, 1, 1, Qt.AlignmentFlag.AlignTop)
        from fieldapp.ui.dashboard.regionmap import RegionMap

        self.region_map = RegionMap(self.charts_box)
        self.map_title = QLabel(self.charts_box)
        self.map_title.setFont(self.month_chart.title.font())
        self.charts_layout.addWidget(self.map_title, 3, 0, 1, 2)
        self.charts_layout.addWidget(self.region_map, 4, 0, 1, 2)
        self.region_map.setMinimumHeight(320)
        self.region_map.setMaximumHeight(480)
        self.charts_layout.setColumnStretch(0, 1)
        self.charts_layout.setColumnStretch(1, 1)
        for chart in (self.month_chart, self.region_chart, self.kind_chart):
            chart.set_empty_text(self.tr("No records in this period."))
        self._render_charts()

    def _render(self) -> None:
        lang = self.ctx.language
        totals = self.data.totals if self.data else None
        for key, card in self.cards.items():
            card.value.setText(number(lang, totals[key]) if totals else "—")
        self._render_charts()
        self._render_offices()

    def chart_measure(self) -> str:
        return self.measure.currentData() or CHART_MEASURES[0]

    def _render_charts(self) -> None:
        if self.month_chart is None or self.data is None:
            return
        lang = self.ctx.language
        ref = reference()
        m = self.chart_measure()
        name = ref.measure(m).name(lang)
        d = self.data
        self.month_chart.set_title(self.tr("By month: %1").replace("%1", name))
        self.month_chart.set_bars(
            [month(lang, r["group"]) for r in d.by_month], [r[m] for r in d.by_month], lang
        )

        def named(rows: list[dict], lookup) -> tuple[list[str], list[int]]:
            rows = sorted((r for r in rows if r[m]), key=lambda r: (-r[m], r["group"]))
            names = [(lookup(r["group"]).name(lang) if lookup(r["group"]) else r["group"]) for r in rows]
            return names, [r[m] for r in rows]

        self.region_chart.set_title(self.tr("By region: %1").replace("%1", name))
        self.region_chart.set_bars(*named(d.by_region, ref.region), lang)
        chosen = d.breakdown if d.breakdown in BREAKDOWN_CHOICES else "kind"
        if chosen == "kind":
            self.kind_chart.set_title(self.tr("By activity kind: %1").replace("%1", name))
            kinds = sorted((r for r in d.by_kind if r[m]), key=lambda r: (-r[m], r["group"]))
            names = [kind_name(r["group"], lang) for r in kinds]  # "unknown kind (code)" for newer kinds
            self.kind_chart.set_bars(names, [r[m] for r in kinds], lang)
        else:
            title = (
                self.tr("By %1: %2").replace("%1", self.breakdown.currentText().lower()).replace("%2", name)
            )
            self.kind_chart.set_title(title[:1].upper() + title[1:])
            bars = breakdown_bars(chosen, d.by_breakdown, m, lang, self.tr("(not given)"))
            self.kind_chart.set_bars(*bars, lang)
        values = {r.code: None for r in ref.regions}
        values.update({r["group"]: r[m] for r in d.by_region if r["records"]})
        self.map_title.setText(self.tr("Map: %1 by region").replace("%1", name))
        self.region_map.set_values(values, name, lang, self.tr("no records"))
        self.targets_box.set_rows(d.targets, lang)

    def _render_offices(self) -> None:
        offices = self.data.offices if self.data else []
        days = self.overdue_days()
        self.offices_model.set_rows(offices, self.ctx.language, days)
        # A field office sees only itself: the coordinator's view appears once other offices exist.
        self.offices_box.setVisible(len(offices) > 1)
        late = self.offices_model.overdue()
        if late:
            text = self.tr("Not reported for more than %n day(s):", "", days) + " " + ", ".join(late)
        else:
            text = self.tr("Every office has reported in the last %n day(s).", "", days)
        self.offices_summary.setText(text)


def breakdown_bars(
    name: str, rows: list, measure: str, language: str, not_given: str
) -> tuple[list[str], list[int]]:
    """Names and values of a breakdown's rows that have the measure (not applicable rows are left out)."""
    keys = BREAKDOWNS[name]
    shown = sorted((r for r in rows if r.values.get(measure)), key=lambda r: (-r.values[measure], r.key))[:25]
    names = [
        " — ".join(label(k, c, language) if c else not_given for k, c in zip(keys, r.key, strict=True))
        for r in shown
    ]
    return names, [r.values[measure] for r in shown]
