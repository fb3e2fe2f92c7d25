#!/usr/bin/env python3
"""Draw fieldapp's application icon with Qt and write fieldapp.ico (+ fieldapp.png, 256 px).

    QT_QPA_PLATFORM=offscreen python installer/make_icon.py resources/icons [installer/nsis/wizard.bmp]

A blue rounded square with a white clipboard, three lines of "records" and a green tick.
The .ico holds PNG-compressed images at 16-256 px (valid on Windows Vista and later);
it is written by hand because Qt's ICO writer stores one size only.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
BLUE = QColor("#0072BC")
BLUE_DARK = QColor("#005A95")
GREEN = QColor("#2E9E45")


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    # background
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # clipboard sheet
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(60 * s, 52 * s, 136 * s, 168 * s), 14 * s, 14 * s)
    # clip
    p.setBrush(BLUE_DARK)
    p.drawRoundedRect(QRectF(96 * s, 36 * s, 64 * s, 34 * s), 10 * s, 10 * s)
    # record lines (dropped at the smallest sizes, where they would be mush)
    if size >= 32:
        p.setBrush(QColor("#9FC3E3"))
        for i, width in enumerate((96, 80, 56)):
            p.drawRoundedRect(QRectF(80 * s, (92 + i * 26) * s, width * s, 12 * s), 6 * s, 6 * s)
    # tick
    pen = QPen(
        GREEN, max(2.0, 26 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath(QPointF(120 * s, 180 * s))
    tick.lineTo(QPointF(148 * s, 206 * s))
    tick.lineTo(QPointF(204 * s, 140 * s))
    p.drawPath(tick)
    p.end()
    return img


def draw_wizard_bitmap(width: int = 164, height: int = 314) -> QImage:
    """The installer's welcome/finish-page picture (NSIS MUI: 164 x 314 BMP): no text, so no fonts."""
    from PySide6.QtGui import QLinearGradient

    img = QImage(width, height, QImage.Format.Format_RGB888)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    grad = QLinearGradient(0, 0, 0, height)
    grad.setColorAt(0.0, BLUE)
    grad.setColorAt(1.0, BLUE_DARK)
    p.fillRect(0, 0, width, height, grad)
    p.setPen(Qt.PenStyle.NoPen)
    for x, y, r, alpha in ((140, 250, 90, 28), (20, 300, 60, 22), (150, 40, 40, 18)):
        p.setBrush(QColor(255, 255, 255, alpha))
        p.drawEllipse(QPointF(x, y), r, r)
    icon = draw(112)
    p.drawImage((width - 112) // 2, 36, icon)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data)


def write_ico(path: Path, images: list[tuple[int, bytes]]) -> None:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "resources/icons")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(argv[:1])  # noqa: F841 - fonts/painting need it
    images = [(size, png_bytes(draw(size))) for size in SIZES]
    write_ico(out / "fieldapp.ico", images)
    (out / "fieldapp.png").write_bytes(images[-1][1])
    print(f"wrote {out / 'fieldapp.ico'} ({len(images)} sizes) and {out / 'fieldapp.png'}")
    if len(argv) > 2:  # optional: the installer's wizard picture
        draw_wizard_bitmap().save(argv[2], "BMP")
        print(f"wrote {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
