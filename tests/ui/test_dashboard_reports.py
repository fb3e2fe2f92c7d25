"""The dashboard's region map, breakdown choices and targets (issue 14 §2, §5, §6), with real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog

from fieldapp.domain.geo import NO_DATA, PALETTE, label_points
from fieldapp.services import targets
from fieldapp.ui.context import AppContext
from fieldapp.ui.settings import Settings
from fieldapp.ui.tasks import SyncTaskRunner
from tests.ui.test_dashboard import plain, show_page

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def ctx(workspace, tmp_path, qapp):
    return AppContext(workspace.paths, workspace, Settings(tmp_path / "settings.ini"), SyncTaskRunner(), "ru")


@pytest.fixture
def seeded(workspace, activity_factory):
    """Two leaflet records in Almaty city in April 2020 (500 people), a poster one in Astana (1,000)."""
    records = workspace.records
    records.create(activity_factory(people_reached=450, children_reached=300, items_distributed=500))
    records.create(activity_factory(start_date=date(2020, 4, 28), people_reached=50, children_reached=20))
    posters = dict(kind="posters", region="KZ-71", start_date=date(2021, 6, 1), items_distributed=40)
    records.create(activity_factory(**posters, people_reached=1000, children_reached=100))
    return workspace


def _map_colour(page, code: str):
    m = page.region_map
    x, y = label_points(720, 420)[code]
    image = m.grab().toImage()
    p = m.widget_point(x, y)
    return image.pixelColor(int(p.x() * image.devicePixelRatio()), int(p.y() * image.devicePixelRatio()))


def test_the_map_shades_regions_by_the_chosen_measure_and_names_them_on_hover(qtbot, ctx, seeded):
    page = show_page(qtbot, ctx)
    m = page.region_map
    assert m is not None and len(m.paths) == 20
    # Astana has 1,000 people (the most), Almaty 500, every other region no records at all
    assert m.values["KZ-71"] == 1000 and m.values["KZ-75"] == 500 and m.values["KZ-10"] is None
    assert _map_colour(page, "KZ-71").getRgb()[:3] == PALETTE[-1]
    assert _map_colour(page, "KZ-10").getRgb()[:3] == NO_DATA
    almaty = _map_colour(page, "KZ-75").getRgb()[:3]
    assert almaty != PALETTE[-1] and sum(almaty) > sum(PALETTE[-1])  # lighter: fewer people
    x, y = label_points(720, 420)["KZ-75"]
    point = m.widget_point(x, y)
    assert m.region_at(point) == "KZ-75"
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y())))
    assert m.selected == "KZ-75"
    assert plain(m.toolTip()) == "г. Алматы: 500"
    assert m.region_at(QPointF(1, 1)) is None
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))  # outside the country: unselects
    assert m.selected is None

    page.measure.setCurrentIndex(page.measure.findData("items_distributed"))
    assert m.values["KZ-75"] == 1000 and m.values["KZ-71"] == 40
    assert _map_colour(page, "KZ-75").getRgb()[:3] == PALETTE[-1]


def test_the_breakdown_choice_draws_target_groups_languages_partners_and_site_types(qtbot, ctx, seeded):
    page = show_page(qtbot, ctx)
    page.breakdown.setCurrentIndex(page.breakdown.findData("target_group"))
    assert page.data.breakdown == "target_group"
    names = dict(zip(page.kind_chart.labels, page.kind_chart.values, strict=True))
    # both records in Almaty name children affected by migration and parents; the Astana one too
    assert names["Дети, затронутые миграцией"] == 1500 and names["Родители и опекуны"] == 1500
    page.breakdown.setCurrentIndex(page.breakdown.findData("region_kind"))
    names = dict(zip(page.kind_chart.labels, page.kind_chart.values, strict=True))
    assert names == {"г. Астана — Размещение плакатов": 1000, "г. Алматы — Распространение листовок": 500}
    page.breakdown.setCurrentIndex(page.breakdown.findData("partner"))
    assert page.kind_chart.labels == ["Казпочта"]


def test_targets_are_set_in_the_app_and_shown_planned_against_achieved(qtbot, ctx, seeded, monkeypatch):
    page = show_page(qtbot, ctx)
    box = page.targets_box
    assert box.table.isHidden() and not box.empty.isHidden()

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("leaflets"))
        dialog.region.setCurrentIndex(dialog.region.findData("KZ-75"))
        dialog.date_from.setDate(date(2020, 4, 1))
        dialog.date_to.setDate(date(2020, 6, 30))
        dialog.measure.setCurrentIndex(dialog.measure.findData("people_reached"))
        dialog.planned.setText("1 000")
        return QDialog.DialogCode.Accepted

    from fieldapp.ui.dashboard import targets as ui_targets

    monkeypatch.setattr(ui_targets.TargetDialog, "exec", fill)  # a person typing into the real dialog
    box.add_target()
    assert [(t.planned, t.achieved) for t in targets.progress(ctx.workspace)] == [(1000, 500)]
    assert not box.table.isHidden()
    row = [box.table.item(0, c).text() for c in range(7)]
    assert row[1] == "г. Алматы" and plain(row[4]) == "1 000" and row[5] == "500" and row[6] == "50 %"


def test_a_wrong_planned_figure_is_explained_in_the_ui_language_and_nothing_is_saved(
    qtbot, make_ctx, workspace
):
    from fieldapp.ui.dashboard import targets as ui_targets

    ctx = make_ctx("kk")
    page = show_page(qtbot, ctx)
    seen = []

    def typed(dialog):
        if seen:  # the second time round the person gives up
            return QDialog.DialogCode.Rejected
        dialog.planned.setText("мың")
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    ui_targets.TargetDialog.exec, old = typed, ui_targets.TargetDialog.exec
    try:
        page.targets_box.add_target()
    finally:
        ui_targets.TargetDialog.exec = old
    assert seen[0].problem.text() == "Жоспарланған көрсеткіш 0 немесе одан үлкен бүтін сан болуы керек."
    assert targets.list_targets(ctx.workspace) == []


def test_the_map_legend_gives_each_painted_region_the_row_whose_range_holds_its_value(qtbot, ctx, seeded):
    """Issue 14 retest: the legend showed each class the next class's colour. Astana (1,000) and Almaty
    (500) are painted with the colour of the one legend row whose range holds their value."""
    page = show_page(qtbot, ctx)
    m = page.region_map
    rows = m.legend_rows()[:-1]  # the last row is "no data"
    ranges = []
    for _colour, text in rows:
        lo, hi = (int("".join(ch for ch in part if ch.isdigit())) for part in text.split("–"))
        ranges.append((lo, hi))
    assert [lo for lo, _hi in ranges[1:]] == [hi + 1 for _lo, hi in ranges[:-1]]  # no overlap
    for code in ("KZ-71", "KZ-75"):
        holding = [c.getRgb()[:3] for (c, _t), (lo, hi) in zip(rows, ranges, strict=True)
                   if lo <= m.values[code] <= hi]  # fmt: skip
        assert holding == [_map_colour(page, code).getRgb()[:3]], code
    assert rows[0][0].getRgb()[:3] == PALETTE[0]  # the lightest colour has its row


def test_the_targets_box_counts_achieved_inside_the_period_and_shows_those_dates(qtbot, ctx, seeded):
    """Issue 14 retest: a year's target on a shorter period counted the whole year. Of the two Almaty leaflet
    records (20 April: 450 people, 28 April: 50), a period from 25 April counts 50, and the row says for
    which dates."""
    targets.set_targets(ctx.workspace, [{"kind": "leaflets", "region": "KZ-75", "date_from": date(2020, 1, 1),
                                         "date_to": date(2020, 12, 31), "measure": "people_reached",
                                         "planned": 1000}])  # fmt: skip
    page = show_page(qtbot, ctx)
    page.period.set_period(date(2020, 4, 25), date(2021, 3, 31))
    box = page.targets_box
    assert box.table.columnCount() == 8  # kind, region, period, measure, planned, achieved, %, counted for
    row = [box.table.item(0, c).text() for c in range(8)]
    assert (row[5], row[6]) == ("50", "5 %")
    assert "25.04.2020" in row[7] and "31.12.2020" in row[7], row[7]
    assert "01.01.2020" in row[2] and "31.12.2020" in row[2], row[2]  # the target's own period stays
    page.period.set_period(date(2020, 1, 1), date(2020, 12, 31))
    assert box.table.item(0, 5).text() == "500"


def test_a_training_copy_s_targets_workbook_is_refused_with_a_plain_reason(qtbot, ctx, seeded, tmp_path):
    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    with Workspace(Paths(tmp_path / "practice-training")) as practice:
        installation.configure(practice.store, "KZ-CO", "Practice", "KZ-71", "ru", training=True)
        targets.set_targets(practice, [{"kind": "posters", "region": "", "date_from": date(2020, 1, 1),
                                        "date_to": date(2020, 12, 31), "measure": "sites_covered",
                                        "planned": 30}])  # fmt: skip
        book = targets.write_template(practice, tmp_path / "practice-targets.xlsx")
    page = show_page(qtbot, ctx)
    page.targets_box.read_workbook(book)
    text = page.targets_box.message.text()
    assert "training copy" in text and "training_file" not in text
    assert targets.list_targets(ctx.workspace) == []
