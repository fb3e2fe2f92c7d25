"""The Conflicts view: both values side by side in the user's language, keep one or type another."""

from __future__ import annotations

import re

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


def test_the_role_changes_only_after_a_confirmation(qtbot, make_ctx):
    from fieldapp.ui.settings_page import SettingsPage

    ctx = make_ctx("ru")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.role.currentIndex() == 0 and not ctx.workspace.installation.is_coordinator
    page.confirm_role = lambda coordinator: False
    page.role.setCurrentIndex(1)
    page.role.activated.emit(1)
    assert page.role.currentIndex() == 0 and not ctx.workspace.installation.is_coordinator
    page.confirm_role = lambda coordinator: True
    page.role.setCurrentIndex(1)
    page.role.activated.emit(1)
    assert ctx.workspace.installation.is_coordinator


def test_the_preview_says_which_fields_come_in_and_what_is_refused(qtbot, workspace, tmp_path):
    from fieldapp.ui.exchange.preview import ImportPreviewDialog

    coord = Workspace(Paths(tmp_path / "coord"))
    installation.configure(coord.store, "UN-KZ", "Coordinator", "KZ-71", role="coordinator")
    uuid = workspace.records.create(make_activity()).created[0]
    ex.export_workbook(workspace, tmp_path / "a.xlsx")
    ex.commit_import(coord, [tmp_path / "a.xlsx"])
    coord.records.update(coord.records.get(uuid).copy(notes="исправлено"))
    coord.records.create(make_activity(office="AST-01", region="KZ-71"))
    ex.export_workbook(coord, tmp_path / "c.xlsx")
    other = Workspace(Paths(tmp_path / "other"))
    installation.configure(other.store, "AST-01", "Astana", "KZ-71")
    other.records.create(make_activity(office="AST-01", region="KZ-71"))
    ex.export_workbook(other, tmp_path / "ast.xlsx")
    coord.close()
    other.close()
    preview = ex.preview_import(workspace, [tmp_path / "c.xlsx", tmp_path / "ast.xlsx"])
    dialog = ImportPreviewDialog(preview, [tmp_path / "c.xlsx", tmp_path / "ast.xlsx"], "en")
    qtbot.addWidget(dialog)
    text = dialog.changes_note.text()
    assert f"{uuid[:8]}: Notes" in text
    assert re.search(r"1 row(\(s\))? would be refused: records of another office\.", text)


def test_a_refused_value_is_explained_in_the_users_language(
    qtbot, make_ctx, workspace, tmp_path, monkeypatch
):
    """A typed value that breaks a rule of its field is refused with the rule in words, not codes."""
    from PySide6.QtCore import QCoreApplication

    import fieldapp.ui.conflicts as page

    coord = Workspace(Paths(tmp_path / "coord"))
    installation.configure(coord.store, "UN-KZ", "Coordinator", "KZ-71", role="coordinator")
    uuid = workspace.records.create(make_activity()).created[0]  # 450 people, 300 children
    ex.export_workbook(workspace, tmp_path / "a.xlsx")
    ex.commit_import(coord, [tmp_path / "a.xlsx"])
    workspace.records.update(workspace.records.get(uuid).copy(children_reached=310))
    coord.records.update(coord.records.get(uuid).copy(children_reached=320))
    ex.export_workbook(coord, tmp_path / "c.xlsx", office="ALA-01")
    coord.close()
    ex.commit_import(workspace, [tmp_path / "c.xlsx"])
    ctx = make_ctx("kk")
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(
        page, "inform", lambda parent, title, text, detail="", error=False: shown.append(detail)
    )
    dialog.ask_value = lambda c: "500"
    dialog.type_value.click()
    rule = QCoreApplication.translate("Texts", "Children reached cannot exceed people reached.")
    assert rule != "Children reached cannot exceed people reached."  # the Kazakh catalogue has it
    assert shown == [rule]
    assert ctx.records.get(uuid).children_reached in (310, 320) and dialog.table.rowCount() == 1
