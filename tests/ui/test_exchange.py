"""The exchange page: export, import through the preview and commit, drag-and-drop, undo, report, history."""

from __future__ import annotations

import threading
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from fieldapp.paths import Paths
from fieldapp.services import exchange, installation
from fieldapp.services.workspace import Workspace
from fieldapp.ui.context import AppContext
from fieldapp.ui.exchange.page import ExchangePage
from fieldapp.ui.settings import Settings
from fieldapp.ui.tasks import SyncTaskRunner, TaskRunner

# The offscreen platform plugin says this whenever a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def ctx(workspace, tmp_path, qapp):
    installation.set_role(workspace.store, "coordinator")  # it imports other offices' workbooks
    return AppContext(workspace.paths, workspace, Settings(tmp_path / "settings.ini"), SyncTaskRunner(), "ru")


@pytest.fixture
def other_office(tmp_path, activity_factory):
    """Another installation (Shymkent) with three records; yields a function that exports its workbook."""
    ws = Workspace(Paths(tmp_path / "shymkent"))
    installation.configure(ws.store, "SHY-02", "Shymkent office", "KZ-79", "ru")
    for day in (1, 2, 3):
        ws.records.create(activity_factory(office="SHY-02", region="KZ-79", start_date=date(2020, 5, day)))

    def export(name: str = "shy.xlsx") -> Path:
        return exchange.export_workbook(ws, tmp_path / name, scope="full").path

    yield export
    ws.close()


def with_bad_rows(source: Path, target: Path) -> Path:
    """The workbook as a person might have edited it: one unknown region, one impossible date."""
    wb = openpyxl.load_workbook(source)
    sheet = wb["Activities"]
    col = {c.value: c.column for c in sheet[2]}
    sheet.cell(3, col["#adm1+code"]).value = "KZ-99"
    sheet.cell(4, col["#date+start"]).value = "31.02.2020"
    wb.save(target)
    return target


def show(qtbot, ctx) -> ExchangePage:
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_export_writes_the_workbook_and_logs_it(qtbot, ctx, activity_factory, tmp_path, qtmodeltester):
    ctx.workspace.records.create(activity_factory())
    ctx.workspace.records.create(activity_factory())
    page = show(qtbot, ctx)
    assert page.scope() == "since_last"
    assert page.pending.text().startswith("2 ")
    target = tmp_path / "out" / "ala.xlsx"
    target.parent.mkdir()
    page.ask_save_path = lambda title, name: target
    page.export_button.click()

    assert zipfile.is_zipfile(target)
    assert "2" in page.notice.text() and str(target) in page.notice.text()
    assert page.pending.text().startswith("0 ")  # nothing left to send
    model = page.history.exports_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.index(0, 1).data() == "ala.xlsx"
    assert model.index(0, 2).data() == "since the last export"
    assert ctx.settings.get("exchange/last_folder") == str(target.parent)


def test_export_of_a_period_passes_the_dates(qtbot, ctx, activity_factory, tmp_path):
    ctx.workspace.records.create(activity_factory(start_date=date(2020, 4, 1)))
    ctx.workspace.records.create(activity_factory(start_date=date(2021, 4, 1)))
    page = show(qtbot, ctx)
    page.scope_buttons["period"].click()
    page.export_period.set_period(date(2021, 1, 1), date(2021, 12, 31))
    page.export_to(tmp_path / "p.xlsx")
    row = ctx.workspace.store.logs.exports()[0]
    assert (row.scope, row.record_count) == ("period", 1)


def test_import_goes_through_the_preview_then_commits(qtbot, ctx, other_office, tmp_path, qtmodeltester):
    source = with_bad_rows(other_office(), tmp_path / "shy-edited.xlsx")
    page = show(qtbot, ctx)
    page.ask_open_paths = lambda: [source]
    page.import_button.click()

    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert ctx.workspace.records.count() == 0  # a preview changes nothing
    for model in (dialog.counts_model, dialog.rejected_model, dialog.warnings_model):
        qtmodeltester.check(model)
    counts = dialog.counts_model.rows[0]
    assert (counts["inserted"], counts["rejected"]) == (1, 2)
    problems = {dialog.rejected_model.index(r, 2).data(): r for r in range(dialog.rejected_model.rowCount())}
    assert set(problems) == {"3", "4"}  # Excel rows
    region_problem = dialog.rejected_model.index(problems["3"], 4).data()
    assert region_problem.startswith("Region")
    assert dialog.rejected_model.index(problems["3"], 5).data() == "KZ-99"
    assert dialog.tabs.tabText(0) == "Rejected rows (2)"

    with qtbot.waitSignal(ctx.changed) as announced:
        dialog.import_button.click()
    assert len(announced.args[0].created) == 1
    assert ctx.workspace.records.count() == 1
    assert "1" in page.notice.text()
    imports = page.history.imports_model
    qtmodeltester.check(imports)
    assert imports.rowCount() == 1 and imports.index(0, 2).data() == "SHY-02"
    assert page.undo_button.isEnabled()


def test_cancelling_the_preview_changes_nothing(qtbot, ctx, other_office):
    page = show(qtbot, ctx)
    page.preview([other_office()])
    page.preview_dialog.cancel_button.click()
    assert ctx.workspace.records.count() == 0
    assert ctx.workspace.store.logs.imports() == []


def drop(page: ExchangePage, files: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    pos = QPointF(page.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, event)
    return True


def test_dropping_several_workbooks_previews_them_together(qtbot, ctx, other_office, tmp_path):
    first = other_office("a.xlsx")
    second = with_bad_rows(first, tmp_path / "b.xlsx")
    page = show(qtbot, ctx)
    assert not drop(page, [tmp_path / "notes.txt"])  # only workbooks are accepted
    assert drop(page, [first, second])
    dialog = page.preview_dialog
    rows = dialog.counts_model.rows
    assert [r["file"] for r in rows] == ["a.xlsx", "b.xlsx", None]  # and a total line
    assert dialog.counts_model.index(2, 0).data() == "Total"
    assert rows[2]["inserted"] == 3 and rows[2]["rejected"] == 2
    dialog.import_button.click()
    assert ctx.workspace.records.count() == 3


def test_an_unusable_file_is_refused_with_a_reason(qtbot, ctx, tmp_path):
    fake = tmp_path / "broken.xlsx"
    fake.write_text("this is not a workbook")
    page = show(qtbot, ctx)
    page.preview([fake])
    assert page.preview_dialog is None
    assert page.notice.text().startswith("broken.xlsx: ")
    assert "(.xlsx)" in page.notice.text()
    assert page.import_button.isEnabled()


def test_undo_of_the_last_import(qtbot, ctx, other_office):
    page = show(qtbot, ctx)
    assert not page.undo_button.isEnabled()
    page.preview([other_office()])
    page.preview_dialog.import_button.click()
    assert ctx.workspace.records.count() == 3

    page.ask_confirm = lambda *_args: False
    page.undo_button.click()
    assert ctx.workspace.records.count() == 3  # the person said no

    page.ask_confirm = lambda *_args: True
    with qtbot.waitSignal(ctx.changed) as announced:
        page.undo_button.click()
    assert len(announced.args[0].deleted) == 3
    assert ctx.workspace.records.count() == 0
    assert not page.undo_button.isEnabled()
    assert page.history.imports_model.index(0, 9).data() != ""  # shown as undone


def test_report_and_template_are_written(qtbot, ctx, activity_factory, tmp_path):
    ctx.workspace.records.create(activity_factory())
    page = show(qtbot, ctx)
    page.ask_save_path = lambda title, name: tmp_path / name
    page.report_button.click()
    page.template_button.click()
    written = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert len(written) == 2 and all(zipfile.is_zipfile(tmp_path / n) for n in written)
    assert "template" in page.notice.text()


def test_long_work_runs_off_the_ui_thread_and_can_be_cancelled(qtbot, workspace, tmp_path):
    runner = TaskRunner()
    installation.set_role(workspace.store, "coordinator")
    ctx = AppContext(workspace.paths, workspace, Settings(tmp_path / "s.ini"), runner, "en")
    page = show(qtbot, ctx)
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        progress(1, 10)
        while not cancelled():
            threading.Event().wait(0.01)
        raise exchange.Cancelled()

    page._start(work, lambda result: None, "Working")
    qtbot.waitUntil(lambda: page.panel.isVisible() and started.is_set())
    assert not page.export_button.isEnabled()  # one exchange task at a time
    qtbot.waitUntil(lambda: page.panel.bar.maximum() == 10)
    page.panel.cancel_button.click()
    qtbot.waitUntil(lambda: not page.panel.isVisible())
    assert page.notice.text() == "Cancelled; nothing was changed."
    assert page.export_button.isEnabled()
    runner.wait()


def test_preview_runs_on_a_worker_too(qtbot, workspace, tmp_path, other_office):
    runner = TaskRunner()
    installation.set_role(workspace.store, "coordinator")
    ctx = AppContext(workspace.paths, workspace, Settings(tmp_path / "s.ini"), runner, "en")
    page = show(qtbot, ctx)
    page.preview([other_office()])
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    with qtbot.waitSignal(ctx.changed):
        page.preview_dialog.import_button.click()
    assert workspace.records.count() == 3
    runner.wait()


def test_the_pages_speak_kazakh_from_the_catalogue(qtbot, ctx, tmp_path):
    from PySide6.QtCore import QLocale

    from fieldapp.ui.dashboard.page import DashboardPage
    from fieldapp.ui.i18n import Translators

    exchange_page = show(qtbot, ctx)
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    saved = QLocale()
    ctx.translators = Translators(tmp_path / "qm")
    try:
        ctx.set_language("kk", persist=False)  # installs the compiled catalogue: LanguageChange everywhere
        qtbot.waitUntil(lambda: exchange_page.heading.text() == "Алмасу")
        assert exchange_page.export_box.title() == "Деректерді жіберу: кітапты экспорттау"
        assert exchange_page.history.tabText(0) == "Импорттар"
        assert dashboard.heading.text() == "Жиынтық"
        assert dashboard.cards["records"].caption.text() == "Жазбалар"
    finally:
        ctx.set_language("en", persist=False)
        QLocale.setDefault(saved)
    qtbot.waitUntil(lambda: exchange_page.heading.text() == "Exchange")


def test_openpyxl_is_not_imported_until_an_exchange_task_runs():
    import subprocess
    import sys

    code = (
        "import sys; import fieldapp.ui.exchange.page; "
        "assert 'openpyxl' not in sys.modules and 'fieldapp.services.exchange' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("button", ["export_button", "report_button", "template_button"])
def test_save_dialogs_never_write_onto_the_data(qtbot, ctx, activity_factory, tmp_path, button):
    """A name typed into the save dialog goes through the same guard as the command line."""
    from fieldapp.ui.exchange.problems import output_refused_text

    ctx.workspace.records.create(activity_factory())
    page = show(qtbot, ctx)
    db = ctx.paths.database
    victim = tmp_path / "notes.xlsx"
    victim.write_text("not a workbook")
    targets = [db.with_name(db.name + "-wal.xlsx"), victim]
    (db.parent / (db.name + "-wal.xlsx")).symlink_to(db)  # a .xlsx name that is the database
    before = db.read_bytes()
    for target in targets:
        page.ask_save_path = lambda title, name, t=target: t
        getattr(page, button).click()
        assert page.notice.isVisible() and page.notice.text(), target
        assert page.export_button.isEnabled(), "nothing started"
    assert victim.read_text() == "not a workbook"
    assert db.read_bytes() == before
    assert page.notice.text() == output_refused_text("not_workbook", str(victim)), "the UI's own words"
