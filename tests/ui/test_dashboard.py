"""The dashboard page: totals for a period, charts in the UI language, offices that have not reported."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from fieldapp.domain.record import now_ms
from fieldapp.domain.reference import reference
from fieldapp.services.changes import Changed
from fieldapp.ui.context import AppContext
from fieldapp.ui.dashboard.offices import COL_STATUS, OfficesModel
from fieldapp.ui.dashboard.page import DashboardPage
from fieldapp.ui.settings import Settings
from fieldapp.ui.tasks import SyncTaskRunner, TaskRunner
from tests.ui.conftest import stored_as_imported

DAY_MS = 86_400_000

# The offscreen platform plugin says this whenever a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def plain(text: str) -> str:
    """Locale digits with ordinary spaces (Russian groups thousands with a no-break space)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def ctx(workspace, tmp_path, qapp):
    return AppContext(workspace.paths, workspace, Settings(tmp_path / "settings.ini"), SyncTaskRunner(), "ru")


@pytest.fixture
def seeded(workspace, activity_factory):
    """Three records: two in Almaty city in April 2020, one poster placement in Astana in June 2021."""
    records = workspace.records
    records.create(activity_factory(people_reached=450, children_reached=300, items_distributed=500))
    records.create(activity_factory(start_date=date(2020, 4, 28), people_reached=50, children_reached=20))
    records.create(
        activity_factory(
            kind="posters",
            region="KZ-71",
            start_date=date(2021, 6, 1),
            items_distributed=40,
            people_reached=1000,
            children_reached=100,
            sites_covered=2,
        )
    )
    return workspace


def show_page(qtbot, ctx) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_totals_cards_show_the_sums_in_the_locale(qtbot, ctx, seeded):
    page = show_page(qtbot, ctx)
    assert page.cards["records"].value.text() == "3"
    assert plain(page.cards["people_reached"].value.text()) == "1 500"
    assert page.cards["children_reached"].value.text() == "420"
    assert plain(page.cards["items_distributed"].value.text()) == "1 040"


def test_period_limits_the_totals(qtbot, ctx, seeded):
    page = show_page(qtbot, ctx)
    page.period.set_period(date(2021, 1, 1), date(2021, 12, 31))
    assert page.cards["records"].value.text() == "1"
    assert page.cards["children_reached"].value.text() == "100"
    page.period.set_period(date(2022, 1, 1), date(2022, 12, 31))
    assert page.cards["records"].value.text() == "0"
    assert page.region_chart.labels == []


def test_charts_name_regions_and_kinds_in_the_ui_language(qtbot, ctx, seeded):
    page = show_page(qtbot, ctx)
    ref = reference()
    # people reached: Astana (1000) before Almaty city (500); kinds likewise
    assert page.region_chart.labels == [ref.region("KZ-71").name("ru"), ref.region("KZ-75").name("ru")]
    assert page.region_chart.values == [1000, 500]
    assert page.kind_chart.labels == [ref.kind("posters").name("ru"), ref.kind("leaflets").name("ru")]
    # months from April 2020 to June 2021 with the empty ones in between
    assert len(page.month_chart.labels) == 15
    assert page.month_chart.values[0] == 500 and page.month_chart.values[-1] == 1000

    ctx.language = "kk"
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.region_chart.labels[0] == "Астана"
    assert page.kind_chart.labels[1] == ref.kind("leaflets").name("kk")
    assert page.cards["people_reached"].caption.text() == ref.measure("people_reached").name("kk")


def test_chart_measure_can_be_chosen(qtbot, ctx, seeded):
    page = show_page(qtbot, ctx)
    page.measure.setCurrentIndex(page.measure.findData("items_distributed"))
    assert page.region_chart.values == [1000, 40]  # both Almaty records gave out 500 leaflets
    leaflets = reference().measure("items_distributed").name("ru")
    assert page.region_chart.title.text() == "By region: " + leaflets


def test_refreshes_on_change_when_shown_and_lazily_when_hidden(qtbot, ctx, seeded, activity_factory):
    page = show_page(qtbot, ctx)
    changed = ctx.workspace.records.create(activity_factory(people_reached=5, children_reached=1))
    ctx.changed.emit(changed)
    assert page.cards["records"].value.text() == "4"

    page.hide()
    changed = ctx.workspace.records.create(activity_factory(people_reached=5, children_reached=1))
    ctx.changed.emit(changed)
    assert page.cards["records"].value.text() == "4"  # not queried while hidden
    page.show()
    assert page.cards["records"].value.text() == "5"

    ctx.changed.emit(Changed())  # nothing changed: no query
    assert page.status.text() == ""


def test_queries_run_off_the_ui_thread(qtbot, workspace, seeded, tmp_path):
    runner = TaskRunner()
    ctx = AppContext(workspace.paths, workspace, Settings(tmp_path / "s.ini"), runner, "en")
    page = show_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.cards["records"].value.text() == "3")
    assert page.cards["people_reached"].value.text() == "1,500"
    runner.wait()


def test_offices_that_have_not_reported(qtbot, ctx, seeded, activity_factory, qtmodeltester):
    store = ctx.workspace.store
    stored_as_imported(ctx.workspace, activity_factory(office="AST-02"))  # as the offices' files bring them
    stored_as_imported(ctx.workspace, activity_factory(office="SHY-03"))
    now = now_ms()
    store.logs.log_import(
        file_name="ast.xlsx", sha256="a" * 64, office="AST-02", imported_at=now - 2 * DAY_MS
    )
    store.logs.log_import(
        file_name="shy.xlsx", sha256="b" * 64, office="SHY-03", imported_at=now - 45 * DAY_MS
    )
    # an undone import does not count as a report
    store.logs.log_import(
        file_name="shy2.xlsx", sha256="c" * 64, office="SHY-03", imported_at=now - DAY_MS, undone_at=now
    )
    page = show_page(qtbot, ctx)
    assert page.offices_box.isVisible()
    model = page.offices_model
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert list(rows) == ["ALA-01", "AST-02", "SHY-03"]  # own office first
    assert model.overdue() == ["SHY-03"]
    assert "SHY-03" in page.offices_summary.text() and "AST-02" not in page.offices_summary.text()
    assert "45" in model.index(rows["SHY-03"], COL_STATUS).data()


def test_a_field_office_alone_does_not_see_the_offices_table(qtbot, ctx, seeded):
    page = show_page(qtbot, ctx)
    assert not page.offices_box.isVisible()


def test_offices_model_passes_the_model_tester_when_empty_and_filled(qapp, qtmodeltester):
    model = OfficesModel()
    qtmodeltester.check(model)
    row = {"office": "X", "records": 1, "last_activity": "2020-04-01", "last_import": None, "imports": 0}
    model.set_rows([{**row, "own": False, "overdue": True}], "kk", 30)
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "—"


def test_pyqtgraph_is_not_imported_until_the_dashboard_is_shown():
    code = (
        "import sys; import fieldapp.ui.dashboard.page; "
        "assert 'pyqtgraph' not in sys.modules and 'numpy' not in sys.modules, 'imported at start-up'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
