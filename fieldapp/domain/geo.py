"""Region shapes (data in `resources/geo/`), a flat projection, and the colour scale of the region map.

Shared by the dashboard's map (drawn with Qt) and the report workbook's picture (drawn without Qt),
so both shade the same region in the same colour for the same values.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from fieldapp.paths import resource

# A sequential single-hue scale (light to dark blue), readable in grey print and by colour-blind readers.
PALETTE = ((0xEF, 0xF3, 0xFF), (0xC6, 0xDB, 0xEF), (0x9E, 0xCA, 0xE1), (0x6B, 0xAE, 0xD6),
           (0x31, 0x82, 0xBD), (0x08, 0x51, 0x9C))  # fmt: skip
NO_DATA = (0xE6, 0xE6, 0xE6)
BORDER = (0x55, 0x55, 0x55)
CITIES = ("KZ-71", "KZ-75", "KZ-79")  # Astana, Almaty, Shymkent: a few pixels at country scale
CITY_RADIUS = 0.013  # of the map's width: cities are drawn as discs at least this big, over their area
LAT0 = 48.0  # Kazakhstan's middle latitude: x is shrunk by cos(48°) so shapes keep their proportions


@cache
def shapes() -> dict[str, tuple[tuple[tuple[float, float], ...], ...]]:
    """ISO 3166-2:KZ code → its rings of (lon, lat) points."""
    with open(resource("geo", "kz-regions.json"), encoding="utf-8") as f:
        data = json.load(f)["regions"]
    return {code: tuple(tuple((x, y) for x, y in ring) for ring in rings) for code, rings in data.items()}


def bounds() -> tuple[float, float, float, float]:
    """(min x, min y, max x, max y) of the projected shapes."""
    pts = [project(p) for rings in shapes().values() for ring in rings for p in ring]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def project(point: tuple[float, float]) -> tuple[float, float]:
    """Equirectangular at 48°N, y growing downwards (screen order)."""
    lon, lat = point
    return lon * math.cos(math.radians(LAT0)), -lat


def fitted(width: float, height: float, margin: float = 4) -> dict[str, list[list[tuple[float, float]]]]:
    """The shapes projected and scaled to fit a width × height box (pixels), centred."""
    x0, y0, x1, y1 = bounds()
    scale = min((width - 2 * margin) / (x1 - x0), (height - 2 * margin) / (y1 - y0))
    dx = (width - (x1 - x0) * scale) / 2
    dy = (height - (y1 - y0) * scale) / 2
    out = {}
    # largest first, so the cities (enclaves in their regions) are drawn over the region around them
    for code, rings in sorted(shapes().items(), key=lambda kv: -sum(abs(_area(r)) for r in kv[1])):
        out[code] = [
            [((x - x0) * scale + dx, (y - y0) * scale + dy) for x, y in (project(p) for p in ring)]
            for ring in rings
        ]
    return out


@dataclass(frozen=True)
class Scale:
    """Classes of equal width from 0 to the largest value; None (no data) is grey, not the lightest blue."""

    top: int
    classes: int = len(PALETTE)

    @classmethod
    def of(cls, values: dict[str, int | None]) -> Scale:
        return cls(max([v for v in values.values() if v is not None] or [0]))

    def index(self, value: int | None) -> int | None:
        """The class of a value: class i holds i·top/classes ≤ value < (i+1)·top/classes, top in the last."""
        if value is None:
            return None
        if self.top <= 0 or value <= 0:
            return 0
        return min(value * self.classes // self.top, self.classes - 1)  # integers: exact at the boundaries

    def colour(self, value: int | None) -> tuple[int, int, int]:
        i = self.index(value)
        return NO_DATA if i is None else PALETTE[i]

    def legend(self) -> list[tuple[int, int, tuple[int, int, int]]]:
        """(lowest, highest value, colour) of each class that a whole number can fall in, lightest first:
        the colour is the one `colour` paints for every value in lowest..highest, and the ranges neither
        overlap nor leave gaps between 0 and the top. Every legend (PDF, report, dashboard) reads this."""
        if self.top <= 0:
            return [(0, 0, PALETTE[0])]
        out = []
        for i in range(self.classes):
            lo = -(-i * self.top // self.classes)  # the smallest whole v with v·classes ≥ i·top
            hi = self.top if i == self.classes - 1 else -(-(i + 1) * self.top // self.classes) - 1
            if lo <= hi:
                out.append((lo, hi, PALETTE[i]))
        return out


def label_points(width: float, height: float) -> dict[str, tuple[float, float]]:
    """A point well inside each region (outside the cities' discs), for labels and hit tests; a city's
    is its disc's centre. The middle of the widest free stretch of a horizontal line through the region."""
    shapes = fitted(width, height)
    discs = city_discs(width, height)

    def taken(code: str, point: tuple[float, float]) -> bool:
        x, y = point
        if any((x - cx) ** 2 + (y - cy) ** 2 <= (r + 2) ** 2 for cx, cy, r in discs.values()):
            return True
        return any(c != code and any(_inside(r, point) for r in shapes[c]) for c in shapes)

    out = {code: (cx, cy) for code, (cx, cy, _r) in discs.items()}
    for code, rings in shapes.items():
        if code in discs:
            continue
        ring = max(rings, key=lambda r: abs(_area(r)))
        ys = [p[1] for p in ring]
        best = None
        for frac in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
            y = min(ys) + (max(ys) - min(ys)) * frac
            for x0, x1 in _spans(ring, y):
                mid = ((x0 + x1) / 2, y)
                if not taken(code, mid) and (best is None or x1 - x0 > best[0]):
                    best = (x1 - x0, mid)
            if best:
                break
        out[code] = best[1] if best else (sum(p[0] for p in ring) / len(ring), sum(ys) / len(ys))
    return out


def city_discs(width: float, height: float) -> dict[str, tuple[float, float, float]]:
    """(x, y, radius) of a disc for each city, centred on its shape, so a reader sees and can point at it."""
    out = {}
    for code, rings in fitted(width, height).items():
        if code in CITIES:
            pts = [p for ring in rings for p in ring]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            r = max(CITY_RADIUS * width, (max(xs) - min(xs)) / 2, (max(ys) - min(ys)) / 2)
            out[code] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, r)
    return out


def region_at(point: tuple[float, float], width: float, height: float) -> str | None:
    """The region under a point of a width × height map (a city's disc before the region around it)."""
    for code, (cx, cy, r) in city_discs(width, height).items():
        if (point[0] - cx) ** 2 + (point[1] - cy) ** 2 <= r * r:
            return code
    for code, rings in reversed(list(fitted(width, height).items())):
        if any(_inside(r, point) for r in rings):
            return code
    return None


def _spans(ring, y: float) -> list[tuple[float, float]]:
    xs = sorted(
        a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True)
        if (a[1] <= y < b[1]) or (b[1] <= y < a[1])
    )
    return list(zip(xs[::2], xs[1::2], strict=False))


def _inside(ring, point) -> bool:
    x, y = point
    return any(x0 <= x <= x1 for x0, x1 in _spans(ring, y))


def _area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2
