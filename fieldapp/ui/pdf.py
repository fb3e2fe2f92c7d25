"""The one-page printable summary (issue 14 §7), drawn with Qt's own PDF writer in kk, ru or en.

Headline figures with the counting method, the region map with its legend, the breakdown by kind and by
region, the period and the offices reporting. Used by the app (Exchange page) and by `fieldapp report
FILE.pdf`, which starts a windowless (offscreen) Qt application for it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from fieldapp.domain.geo import BORDER, NO_DATA, Scale, city_discs, fitted
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import Reference, reference, using
from fieldapp.domain.report import ReportModel
from fieldapp.services.outputs import create_private, partial_path
from fieldapp.services.reporting import period_text, words
from fieldapp.ui.formats import number

DPI = 300
MM = DPI / 25.4


def ensure_app() -> QGuiApplication:
    """A Qt application for drawing; without a display (command line, scheduled task) an offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["fieldapp"])
    return app


def write_pdf(model: ReportModel, path: Path, language: str = "ru", ref: Reference | None = None) -> Path:
    """Write the summary to `path` (A4 portrait, one page) and return it; written to a .partial first.
    `ref` is the installation's reference data (`Workspace.reference`: kinds renamed or added by the
    coordinator), as the .xlsx report uses it; without it, the data in use in this process."""
    ensure_app()
    path = Path(path)
    tmp = partial_path(path)
    try:
        create_private(tmp)
        writer = QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        w = words(language)
        writer.setTitle(w["title"])
        writer.setCreator("fieldapp")
        painter = QPainter(writer)
        try:
            with using(ref or reference()):  # names and the map's regions from this installation's data
                _draw(painter, QRectF(painter.viewport()), model, language, w)
        finally:
            painter.end()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def _draw(p: QPainter, page: QRectF, model: ReportModel, language: str, w: dict[str, str]) -> None:
    ref = reference()

    def num(v: int | None) -> str:
        return "—" if v is None else number(language, v)

    x, y, width = page.left(), page.top(), page.width()
    text = QColor("#1A1A1A")
    p.setPen(text)

    def block(s: str, font: QFont, height_lines: float = 1, flags=Qt.TextFlag.TextWordWrap) -> float:
        nonlocal y
        p.setFont(font)
        rect = p.boundingRect(QRectF(x, y, width, 10_000), int(flags), s)
        p.drawText(QRectF(x, y, width, rect.height()), int(flags), s)
        y += rect.height() + 1.5 * MM * height_lines
        return rect.height()

    block(w["title"], _font(17, bold=True))
    share = model.offices_reporting / model.offices_expected if model.offices_expected else 0
    reporting = w["of_expected"].format(
        n=model.offices_reporting, m=model.offices_expected, p=number(language, round(share * 100)) + " %"
    )
    block(f"{w['period']}: {period_text(model, language)}", _font(11, bold=True), 0.4)
    block(f"{w['offices_reporting']}: {reporting}. {w[model.expected_note]}", _font(9), 0.4)
    block(f"{w['by']}: {model.office_code} — {model.office_name}.  {w['generated']}: {model.generated_at}",
          _font(8, italic=True), 0.6)  # fmt: skip

    # headline figures: two rows of cards
    keys = ("records", *MEASURES)
    per_row = 4
    card_w = (width - (per_row - 1) * 3 * MM) / per_row
    card_h = 17 * MM
    for i, key in enumerate(keys):
        cx = x + (i % per_row) * (card_w + 3 * MM)
        cy = y + (i // per_row) * (card_h + 3 * MM)
        p.fillRect(QRectF(cx, cy, card_w, card_h), QColor("#EEF4FA"))
        value = model.total.records if key == "records" else model.total.values[key]
        p.setFont(_font(14, bold=True))
        p.drawText(
            QRectF(cx + 2 * MM, cy + 1 * MM, card_w - 4 * MM, 8 * MM), Qt.AlignmentFlag.AlignLeft, num(value)
        )
        p.setFont(_font(7.5))
        caption = w["records"] if key == "records" else ref.measure(key).name(language)
        p.drawText(
            QRectF(cx + 2 * MM, cy + 9 * MM, card_w - 4 * MM, 8 * MM), int(Qt.TextFlag.TextWordWrap), caption
        )
    y += 2 * (card_h + 3 * MM)
    block(f"{w['method']}: {w['method_note']}", _font(8.5, italic=True), 0.3)
    block(w["na_note"], _font(7.5, italic=True), 0.6)

    # the map and its legend
    measure = ref.measure(model.map_measure).name(language)
    block(w["map_title"].format(m=measure.lower()), _font(10.5, bold=True), 0.2)
    values = model.map_values()
    scale = Scale.of(values)
    legend_w = 42 * MM
    map_w = width - legend_w
    map_h = map_w * 420 / 720
    shapes = fitted(map_w, map_h)
    border = QPen(QColor(*BORDER))
    border.setWidthF(0.25 * MM)
    p.save()
    p.translate(x, y)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    for code, rings in shapes.items():
        path = QPainterPath()
        for ring in rings:
            path.addPolygon([QPointF(a, b) for a, b in ring])
            path.closeSubpath()
        p.fillPath(path, QColor(*scale.colour(values.get(code))))
        p.setPen(border)
        p.drawPath(path)
    for code, (cx, cy, r) in city_discs(map_w, map_h).items():
        p.setBrush(QColor(*scale.colour(values.get(code))))
        p.drawEllipse(QPointF(cx, cy), r, r)
    p.restore()
    lx, ly = x + map_w + 3 * MM, y + 2 * MM
    p.setPen(text)
    p.setFont(_font(8, bold=True))
    p.drawText(QRectF(lx, ly, legend_w - 3 * MM, 10 * MM), int(Qt.TextFlag.TextWordWrap), measure)
    ly += 10 * MM
    p.setFont(_font(7.5))
    rows = [(QColor(*colour), f"{num(lo)} – {num(hi)}") for lo, hi, colour in scale.legend()]
    rows.append((QColor(*NO_DATA), w["no_data"]))
    for colour, label in rows:
        p.fillRect(QRectF(lx, ly, 5 * MM, 4 * MM), colour)
        p.drawRect(QRectF(lx, ly, 5 * MM, 4 * MM))
        p.drawText(
            QRectF(lx + 7 * MM, ly - 0.5 * MM, legend_w - 10 * MM, 5 * MM),
            Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        ly += 5.5 * MM
    y += map_h + 3 * MM

    # two tables side by side: by activity kind, by region (records and people reached)
    people = ref.measure("people_reached").name(language)
    col_w = (width - 6 * MM) / 2
    kinds = [
        (ref.kind(r.key[0]).name(language) if ref.kind(r.key[0]) else r.key[0], r)
        for r in model.tables["kind"].rows
    ]
    regions = [(ref.region(r.key[0]).name(language) if ref.region(r.key[0]) else r.key[0], r)
               for r in model.tables["region"].rows]  # fmt: skip
    bottom = page.bottom()
    for i, (title, rows_) in enumerate(((w["by_kind"], kinds), (w["by_region"], regions))):
        _table(p, QRectF(x + i * (col_w + 6 * MM), y, col_w, bottom - y), title, rows_,
               (w["records"], people), num, model.total)  # fmt: skip


def _table(p: QPainter, box: QRectF, title: str, rows, heads, num, total) -> None:
    p.setPen(QColor("#1A1A1A"))
    p.setFont(_font(9.5, bold=True))
    p.drawText(QRectF(box.left(), box.top(), box.width(), 6 * MM), Qt.AlignmentFlag.AlignLeft, title)
    font = _font(7.2)
    line = 4.1 * MM
    y = box.top() + 6 * MM
    name_w = box.width() * 0.5
    num_w = (box.width() - name_w) / 2
    p.setFont(_font(7.2, bold=True))
    for j, h in enumerate(heads):
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        p.drawText(QRectF(box.left() + name_w + j * num_w, y, num_w - 1 * MM, 2 * line), int(flags), h)
    y += 2 * line
    p.setFont(font)
    room = int((box.bottom() - y) / line) - 1
    for k, (name, row) in enumerate(rows[: max(room, 0)]):
        if k % 2 == 0:
            p.fillRect(QRectF(box.left(), y, box.width(), line), QColor("#F5F7FA"))
        shown = p.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(name_w - 2 * MM))
        p.drawText(
            QRectF(box.left() + 1 * MM, y, name_w - 1 * MM, line), Qt.AlignmentFlag.AlignVCenter, shown
        )
        for j, v in enumerate((row.records, row.values["people_reached"])):
            p.drawText(QRectF(box.left() + name_w + j * num_w, y, num_w - 1 * MM, line),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), num(v))  # fmt: skip
        y += line
    p.setFont(_font(7.2, bold=True))
    p.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    for j, v in enumerate((total.records, total.values["people_reached"])):
        p.drawText(QRectF(box.left() + name_w + j * num_w, y, num_w - 1 * MM, line),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), num(v))  # fmt: skip
