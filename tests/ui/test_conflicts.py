"""The Conflicts view: both values side by side in the user's language, keep one or type another."""

from __future__ import annotations

from fieldapp.paths import Paths
from fieldapp.services import conflicts, installation
from fieldapp.services import exchange as ex
from fieldapp.services.workspace import Workspace
from fieldapp.ui.conflicts import ConflictsDialog
from fieldapp.ui.exchange.page import ExchangePage
from fieldapp.ui.statusbar import StatusBar
from tests.conftest import make_activity


def make_conflict(workspace, tmp_path, notes=("офис", "координатор")):
    """The test workspace (office ALA-01) and a coordinator edited one record's notes concurrently."""
    coord = Workspace(Paths(tmp_path / "coord"))
    installation.configure(coord.store, "UN-KZ", "Coordinator", "KZ-71", role="coordinator")
    uuid = workspace.records.create(make_activity()).created[0]
    ex.export_workbook(workspace, tmp_path / "a.xlsx")
    ex.commit_import(coord, [tmp_path / "a.xlsx"])
    workspace.records.update(workspace.records.get(uuid).copy(notes=notes[0]))
    coord.records.update(coord.records.get(uuid).copy(notes=notes[1]))
    ex.export_workbook(coord, tmp_path / "c.xlsx", office="ALA-01")
    coord.close()
    ex.commit_import(workspace, [tmp_path / "c.xlsx"])
    return uuid


def test_the_dialog_shows_both_values_and_keeping_the_other_settles_it(qtbot, make_ctx, workspace, tmp_path):
    uuid = make_conflict(workspace, tmp_path)
    ctx = make_ctx("ru")
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    texts = [dialog.table.item(0, c).text() for c in range(4)]
    assert texts[1] == "Примечания"
    assert {texts[2].splitlines()[0], texts[3].splitlines()[0]} == {"офис", "координатор"}
    other = texts[3].splitlines()[0]
    dialog.keep_other.click()
    assert dialog.table.rowCount() == 0 and not dialog.keep_other.isEnabled()
    assert ctx.records.get(uuid).notes == other
    assert conflicts.list_conflicts(ctx.workspace.store) == []


def test_a_typed_value_is_checked_and_saved(qtbot, make_ctx, workspace, tmp_path):
    uuid = make_conflict(workspace, tmp_path)
    ctx = make_ctx("kk")
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Қайшылықтар"
    dialog.ask_value = lambda c: "біріктірілді"
    dialog.type_value.click()
    assert ctx.records.get(uuid).notes == "біріктірілді"
    assert dialog.table.rowCount() == 0


def test_the_exchange_page_and_status_bar_count_open_conflicts(qtbot, make_ctx, workspace, tmp_path):
    make_conflict(workspace, tmp_path)
    ctx = make_ctx("en")
    page, bar = ExchangePage(ctx), StatusBar(ctx)
    qtbot.addWidget(page)
    qtbot.addWidget(bar)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    assert page.conflicts_label.text() == "1 open conflict"
    bar.refresh()
    assert bar.conflicts_label.text() == "1 open conflict"
