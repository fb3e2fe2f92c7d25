"""The map of Kazakhstan's 20 regions shaded by a measure, drawn with QPainterPath (no web view, no GIS).

Shapes, projection and colour classes come from fieldapp.domain.geo, so the dashboard and the report
workbook's picture shade a region alike. Hovering a region shows its name and value; clicking selects it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fieldapp.domain.geo import BORDER, NO_DATA, Scale, city_discs, fitted
from fieldapp.domain.reference import reference
from fieldapp.ui.formats import number

MAP_W, MAP_H = 720.0, 420.0  # the map's own coordinates, scaled to the widget keeping proportions
LEGEND_W = 170


class RegionMap(QWidget):
    regionSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regionMap")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.values: dict[str, int | None] = {}
        self.scale = Scale(0)
        self.language = "en"
        self.measure_name = ""
        self.no_data_text = "no records"
        self.selected: str | None = None
        self.paths: dict[str, QPainterPath] = {}
        for code, rings in fitted(MAP_W, MAP_H).items():  # larger regions first: cities drawn on top
            path = QPainterPath()
            for ring in rings:
                path.addPolygon([QPointF(x, y) for x, y in ring])
                path.closeSubpath()
            self.paths[code] = path
        for code, (cx, cy, r) in city_discs(MAP_W, MAP_H).items():  # cities: discs a reader can see and hover
            disc = QPainterPath()
            disc.addEllipse(QPointF(cx, cy), r, r)
            self.paths.pop(code, None)
            self.paths[code] = disc  # last: drawn on top and found first

    def sizeHint(self) -> QSize:
        return QSize(720 + LEGEND_W, 420)

    def heightForWidth(self, width: int) -> int:
        return int((width - LEGEND_W) * MAP_H / MAP_W)

    def set_values(self, values: dict[str, int | None], measure: str, language: str, no_data: str) -> None:
        self.values, self.measure_name, self.language = values, measure, language
        self.no_data_text = no_data
        self.scale = Scale.of(values)
        self.update()

    def colour(self, code: str) -> QColor:
        return QColor(*self.scale.colour(self.values.get(code)))

    def text(self, code: str) -> str:
        region = reference().region(code)
        name = region.name(self.language) if region else code
        value = self.values.get(code)
        shown = number(self.language, value) if value is not None else self.no_data_text
        return f"{name}: {shown}"

    # -- geometry ---------------------------------------------------------------------------------

    def _frame(self) -> tuple[float, float, float]:
        w = max(self.width() - LEGEND_W, 10)
        s = min(w / MAP_W, self.height() / MAP_H)
        return s, (w - MAP_W * s) / 2, (self.height() - MAP_H * s) / 2

    def region_at(self, pos: QPointF) -> str | None:
        s, dx, dy = self._frame()
        p = QPointF((pos.x() - dx) / s, (pos.y() - dy) / s)
        for code in reversed(list(self.paths)):  # cities are last, on top
            if self.paths[code].contains(p):
                return code
        return None

    def widget_point(self, x: float, y: float) -> QPointF:
        """A point of the map's own coordinates (geo.fitted(720, 420)) in widget coordinates."""
        s, dx, dy = self._frame()
        return QPointF(x * s + dx, y * s + dy)

    # -- events -----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        code = self.region_at(event.position())
        if code:
            QToolTip.showText(event.globalPosition().toPoint(), self.text(code), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        code = self.region_at(event.position())
        self.selected = code
        self.update()
        if code:
            self.setToolTip(self.text(code))
            self.regionSelected.emit(code)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s, dx, dy = self._frame()
        p.save()
        p.translate(dx, dy)
        p.scale(s, s)
        border = QPen(QColor(*BORDER))
        border.setCosmetic(True)
        border.setWidthF(0.8)
        for code, path in self.paths.items():
            p.setPen(border)
            p.fillPath(path, self.colour(code))
            p.drawPath(path)
        if self.selected in self.paths:
            pen = QPen(QColor("#E2231A"))
            pen.setCosmetic(True)
            pen.setWidthF(2.5)
            p.setPen(pen)
            p.drawPath(self.paths[self.selected])
        p.restore()
        self._legend(p)
        if self.selected:
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(4, self.height() - 22, self.width() - LEGEND_W, 20), self.text(self.selected))
        p.end()

    def legend_rows(self) -> list[tuple[QColor, str]]:
        """The legend, lightest class first: each class's colour (the one its regions are painted), range."""
        rows = [(QColor(*colour), f"{number(self.language, lo)} – {number(self.language, hi)}")
                for lo, hi, colour in self.scale.legend()]  # fmt: skip
        rows.append((QColor(*NO_DATA), self.no_data_text))
        return rows

    def _legend(self, p: QPainter) -> None:
        x = self.width() - LEGEND_W + 10
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 4
        y = 8
        p.setPen(self.palette().windowText().color())
        p.drawText(QRectF(x, y, LEGEND_W - 12, line * 2), Qt.TextFlag.TextWordWrap, self.measure_name)
        y += line * 2 + 4
        rows = self.legend_rows()
        for colour, text in rows:
            p.fillRect(QRectF(x, y + 2, 16, line - 6), colour)
            p.drawRect(QRectF(x, y + 2, 16, line - 6))
            p.drawText(QRectF(x + 22, y, LEGEND_W - 34, line), Qt.AlignmentFlag.AlignVCenter, text)
            y += line
