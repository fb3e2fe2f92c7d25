"""The dashboard's figures come from services, headless, and agree with the report's (one totals loop)."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.services import reporting
from fieldapp.services.dashboard import Cancelled, load, period_filter


def test_the_dashboard_is_gathered_without_qt_and_agrees_with_the_report(workspace, activity_factory):
    for day, region, people in ((date(2020, 4, 2), "KZ-75", 120), (date(2020, 6, 9), "KZ-19", 30),
                                (date(2021, 1, 5), "KZ-75", 7)):  # fmt: skip
        workspace.records.create(
            activity_factory(start_date=day, region=region, people_reached=people, children_reached=0)
        )
    steps = []
    year = period_filter(date(2020, 1, 1), date(2020, 12, 31))
    data = load(workspace, year, 30, progress=lambda done, total: steps.append((done, total)))
    report = reporting.build_report(workspace, date(2020, 1, 1), date(2020, 12, 31))
    total = report.tables["office"].total
    assert data.totals["records"] == total.records == 2
    assert data.totals["people_reached"] == total.values["people_reached"] == 150
    assert [m["group"] for m in data.by_month] == ["2020-04", "2020-05", "2020-06"]  # the gap is a zero month
    assert data.by_month[1]["records"] == 0
    assert {r["group"] for r in data.by_region} == {"KZ-75", "KZ-19"}
    assert steps[-1][0] == steps[-1][1]  # progress reaches the end


def test_a_replaced_dashboard_load_stops_between_queries(workspace):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # let the first query run, then a newer load replaces this one

    with pytest.raises(Cancelled):
        load(workspace, period_filter(None, None), 30, cancelled=cancelled)
    assert len(asked) == 2


def test_the_shared_loop_reports_progress_and_stops_when_asked():
    done = []
    out = reporting.gather({"a": lambda: 1, "b": lambda: 2}, progress=lambda d, t: done.append((d, t)))
    assert out == {"a": 1, "b": 2} and done == [(1, 2), (2, 2)]
    with pytest.raises(Cancelled):
        reporting.gather({"a": lambda: 1}, cancelled=lambda: True)
