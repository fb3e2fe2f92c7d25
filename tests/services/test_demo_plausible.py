"""A national demo of 100,000 records stays within what the 2020 campaign could have produced (issue 14 §4).

The seed's figures (DESIGN §1): a social-media campaign that reached about 3.5 million people, videos in
350 Kazpost branches, several hundred volunteers, in a country of about 20 million people. Sums of
per-activity reach count a person once per activity, so the bounds are on what such sums could be.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.services.demo import iter_demo_records


@pytest.fixture(scope="module")
def national():
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    count: dict[str, int] = defaultdict(int)
    worst: dict[str, int] = defaultdict(int)
    for rec in iter_demo_records(100_000, 1, "KZ-CO", "device", date(2020, 12, 31)):
        count[rec.kind] += 1
        kind = reference().kind(rec.kind)
        for m in MEASURES:
            v = getattr(rec, m)
            if m not in kind.measures:
                assert v is None, (rec.kind, m)  # a measure the kind does not use is not applicable
                continue
            assert v is not None and v >= 0
            sums[rec.kind][m] += v
            sums["all"][m] += v
            worst[m] = max(worst[m], v)
        assert (rec.children_reached or 0) <= (rec.people_reached or 0)
    return sums, count, worst


def test_people_reached_fits_a_country_of_twenty_million(national):
    sums, _count, _worst = national
    assert 5_000_000 <= sums["all"]["people_reached"] <= 20_000_000
    assert sums["all"]["children_reached"] <= sums["all"]["people_reached"] * 0.6


def test_the_social_media_campaign_reaches_about_three_and_a_half_million(national):
    sums, _count, _worst = national
    assert 2_500_000 <= sums["social_media"]["people_reached"] <= 4_500_000


def test_kazpost_videos_cover_350_branches_once_a_month_at_most(national):
    sums, count, _worst = national
    # one record is one branch's broadcasts in a month: 350 branches × about 8 months of the campaign
    assert sums["kazpost_video"]["sites_covered"] <= 350 * 8
    assert count["kazpost_video"] <= 350 * 8


def test_several_hundred_volunteers_give_plausible_hours(national):
    sums, _count, worst = national
    assert worst["volunteers"] <= 50  # no single activity with more volunteers than a region has
    # several hundred volunteers, ~35 weeks, at most ~10 hours a week each
    assert sums["all"]["volunteer_hours"] <= 800 * 35 * 10


def test_materials_and_equipment_stay_within_a_print_and_procurement_budget(national):
    sums, _count, _worst = national
    assert sums["leaflets"]["items_distributed"] + sums["posters"]["items_distributed"] <= 10_000_000
    assert sums["equipment"]["items_distributed"] <= 20_000  # laptops and tablets, not millions
