"""Bar charts drawn with pyqtgraph; imported only when the dashboard is first shown (start-up budget)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from fieldapp.ui.formats import number

BAR_COLOUR = QColor("#1CABE2")  # UNICEF cyan
ROW_PX = 24  # height of one horizontal bar's row, so names never overlap


class LocaleAxis(pg.AxisItem):
    """An axis whose numbers are written in the UI language's locale (no SI-prefix scaling)."""

    def __init__(self, orientation: str, language: str = "en", **kwargs):
        super().__init__(orientation, **kwargs)
        self.language = language
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        return [
            number(self.language, round(v)) if v >= 0 and abs(v - round(v)) < 1e-6 else "" for v in values
        ]


class BarChart(QWidget):
    """A titled bar chart: vertical bars over time or horizontal bars with category names."""

    def __init__(self, horizontal: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.horizontal = horizontal
        self.labels: list[str] = []
        self.values: list[int] = []
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("chartEmpty")

        palette = self.palette()
        self._text = palette.color(QPalette.ColorRole.WindowText)
        value_side = "bottom" if horizontal else "left"
        self.value_axis = LocaleAxis(value_side)
        self.plot = pg.PlotWidget(
            self, background=palette.color(QPalette.ColorRole.Base), axisItems={value_side: self.value_axis}
        )
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=horizontal, y=not horizontal, alpha=0.15)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(self._text))
            axis.setTextPen(pg.mkPen(self._text))
        self.category_axis = item.getAxis("left" if horizontal else "bottom")
        if horizontal:
            item.invertY(True)
            self.category_axis.setStyle(tickLength=0)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._stack = QStackedLayout()
        holder = QWidget(self)
        holder.setLayout(self._stack)
        self._stack.addWidget(self.plot)
        self._stack.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(holder, 1)

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def set_bars(self, labels: list[str], values: list[int], language: str) -> None:
        """Draw one bar per label; horizontal charts also write each value at the end of its bar."""
        self.labels, self.values = list(labels), [int(v or 0) for v in values]
        self.value_axis.language = language
        item = self.plot.getPlotItem()
        item.clear()
        if not self.labels or not any(self.values):
            self._stack.setCurrentWidget(self.empty)
            return
        self._stack.setCurrentWidget(self.plot)
        n = len(self.labels)
        top = max(self.values)
        brush = pg.mkBrush(BAR_COLOUR)
        pen = pg.mkPen(BAR_COLOUR.darker(120))
        if self.horizontal:
            bars = pg.BarGraphItem(
                x0=0, y=list(range(n)), height=0.7, width=self.values, brush=brush, pen=pen
            )
            item.addItem(bars)
            for i, v in enumerate(self.values):
                text = pg.TextItem(number(language, v), color=self._text, anchor=(-0.04, 0.5))
                text.setPos(v, i)
                item.addItem(text)
            self.category_axis.setTicks([[(i, label) for i, label in enumerate(self.labels)], []])
            metrics = QFontMetrics(self.font())
            self.category_axis.setWidth(max(metrics.horizontalAdvance(s) for s in self.labels) + 16)
            widest = max(
                QFontMetrics(self.font()).horizontalAdvance(number(language, v)) for v in self.values
            )
            # leave room right of the longest bar for its value (≈ a fifth of the plot width is plenty)
            item.setXRange(0, top * (1.08 + min(widest / 300, 0.3)), padding=0)
            item.setYRange(-0.6, n - 0.4, padding=0)
            self.setMinimumHeight(n * ROW_PX + 70)
            self.setMaximumHeight(n * ROW_PX * 3 // 2 + 70)
        else:
            bars = pg.BarGraphItem(x=list(range(n)), height=self.values, width=0.8, brush=brush, pen=pen)
            item.addItem(bars)
            stride = max(1, -(-n // 12))  # at most about twelve month labels
            ticks = [(i, label) for i, label in enumerate(self.labels) if i % stride == 0]
            self.category_axis.setTicks([ticks, [(i, "") for i in range(n)]])
            item.setXRange(-0.6, n - 0.4, padding=0)
            item.setYRange(0, top * 1.08, padding=0)
            widest = QFontMetrics(self.font()).horizontalAdvance(number(language, top))
            self.value_axis.setWidth(widest + 14)
