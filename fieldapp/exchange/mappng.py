"""The region map as a PNG, drawn without Qt or Pillow: scan-line polygon fill and a small zlib PNG writer.

The report workbook is written in the exchange layer, where Qt is not allowed (docs/decisions.md), so
the picture is rasterised here from the same shapes and colour scale the dashboard draws with Qt.
"""

from __future__ import annotations

import struct
import zlib

from fieldapp.domain.geo import BORDER, Scale, city_discs, fitted

WHITE = (255, 255, 255)


def render_map(values: dict[str, int | None], width: int = 720, height: int = 420) -> bytes:
    """PNG bytes: every region filled with the colour of its value on `Scale.of(values)`, borders dark."""
    scale = Scale.of(values)
    px = bytearray(bytes(WHITE) * (width * height))
    shapes = fitted(width, height)
    for code, rings in shapes.items():
        _fill(px, width, height, rings, scale.colour(values.get(code)))
    for rings in shapes.values():
        for ring in rings:
            for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
                _line(px, width, height, a, b, BORDER)
    for code, (cx, cy, r) in city_discs(width, height).items():
        _disc(px, width, height, cx, cy, r + 1, BORDER)
        _disc(px, width, height, cx, cy, r, scale.colour(values.get(code)))
    return png(px, width, height)


def _disc(px: bytearray, w: int, h: int, cx: float, cy: float, r: float, colour) -> None:
    rgb = bytes(colour)
    for y in range(max(0, int(cy - r)), min(h, int(cy + r) + 2)):
        dy = y + 0.5 - cy
        if dy * dy > r * r:
            continue
        half = (r * r - dy * dy) ** 0.5
        start, end = max(0, round(cx - half)), min(w, round(cx + half))
        if end > start:
            px[(y * w + start) * 3 : (y * w + end) * 3] = rgb * (end - start)


def _fill(px: bytearray, w: int, h: int, rings, colour) -> None:
    """Even-odd scan-line fill of the rings, sampling each row at its pixel centre."""
    edges = [(a, b) for ring in rings for a, b in zip(ring, ring[1:] + ring[:1], strict=True) if a[1] != b[1]]
    if not edges:
        return
    top = max(0, int(min(min(a[1], b[1]) for a, b in edges)))
    bottom = min(h - 1, int(max(max(a[1], b[1]) for a, b in edges)) + 1)
    rgb = bytes(colour)
    for y in range(top, bottom + 1):
        yc = y + 0.5
        xs = sorted(
            a[0] + (yc - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            for a, b in edges
            if (a[1] <= yc < b[1]) or (b[1] <= yc < a[1])
        )
        for x0, x1 in zip(xs[::2], xs[1::2], strict=False):
            start, end = max(0, round(x0)), min(w, round(x1))
            if end > start:
                px[(y * w + start) * 3 : (y * w + end) * 3] = rgb * (end - start)


def _line(px: bytearray, w: int, h: int, a, b, colour) -> None:
    steps = int(max(abs(b[0] - a[0]), abs(b[1] - a[1]))) + 1
    rgb = bytes(colour)
    for i in range(steps + 1):
        t = i / steps
        x, y = int(a[0] + (b[0] - a[0]) * t), int(a[1] + (b[1] - a[1]) * t)
        if 0 <= x < w and 0 <= y < h:
            px[(y * w + x) * 3 : (y * w + x) * 3 + 3] = rgb


def png(px: bytes, width: int, height: int) -> bytes:
    """An 8-bit RGB PNG from row-major RGB bytes."""
    stride = width * 3
    raw = b"".join(b"\x00" + bytes(px[y * stride : (y + 1) * stride]) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def pixel(data: bytes, x: int, y: int) -> tuple[int, int, int]:
    """The colour at (x, y) of a PNG written by `png` (for tests and checks; not a general PNG reader)."""
    width, _height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        if data[pos + 4 : pos + 8] == b"IDAT":
            idat += data[pos + 8 : pos + 8 + n]
        pos += 12 + n
    raw = zlib.decompress(idat)
    row = 1 + width * 3
    i = y * row + 1 + x * 3
    return tuple(raw[i : i + 3])
