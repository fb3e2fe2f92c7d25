"""Settings → Reference data (issue 15): an office previews and applies the coordinator's reference
workbook; a coordinator adds a kind in the table and saves it as a new version; mistakes are messages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from fieldapp.domain.reference import activate, reference
from fieldapp.services import reference as rd
from fieldapp.ui.reference_box import ReferenceBox

NAMES = {"en": "Peer mentoring", "ru": "Наставничество сверстников", "kk": "Құрдастар тәлімгерлігі"}


@pytest.fixture(autouse=True)
def shipped_after():
    yield
    activate(None)


def _coordinator_workbook(make_workspace_at, tmp_path):
    coordinator = make_workspace_at("coordinator")
    rd.set_role(coordinator, "coordinator")
    rd.add_kind(coordinator, "peer_mentoring", NAMES, ["sessions", "people_reached"])
    path = rd.export_workbook(coordinator, tmp_path / "reference.xlsx")
    coordinator.close()
    return path


@pytest.fixture
def make_workspace_at(tmp_path):
    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    def make(name):
        ws = Workspace(Paths(tmp_path / name))
        installation.configure(ws.store, "UNICEF-KZ", "UNICEF", "KZ-71", "en")
        return ws

    return make


def test_an_office_previews_then_applies_the_reference_workbook(qtbot, make_ctx, make_workspace_at, tmp_path):
    path = _coordinator_workbook(make_workspace_at, tmp_path)
    ctx = make_ctx("en")
    box = ReferenceBox(ctx)
    qtbot.addWidget(box)
    assert not box.editor.isVisibleTo(box)  # an office does not edit
    box.preview_import(path)
    assert "peer_mentoring" in box.note.text() and box.apply_button.isEnabled()
    assert ctx.workspace.reference.version == 1  # a preview writes nothing
    box.apply_import()
    assert ctx.workspace.reference.version == 2
    assert reference().kind("peer_mentoring").name("en") == "Peer mentoring"  # the app uses it now
    box.preview_import(path)
    assert not box.apply_button.isEnabled() and "Nothing to import" in box.note.text()
    box.undo()
    assert ctx.workspace.reference.version == 1 and reference().kind("peer_mentoring") is None


def test_a_bad_file_is_a_message_not_a_crash(qtbot, make_ctx, tmp_path):
    ctx = make_ctx("ru")
    box = ReferenceBox(ctx)
    qtbot.addWidget(box)
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    box.preview_import(bad)
    assert not box.apply_button.isEnabled() and box.note.text()
    box.export_to(tmp_path)  # a folder, not a file
    assert box.note.text()


def test_a_coordinator_adds_a_kind_in_the_table(qtbot, make_ctx, workspace):
    rd.set_role(workspace, "coordinator")
    ctx = make_ctx("kk")
    box = ReferenceBox(ctx)
    qtbot.addWidget(box)
    assert box.editor.isVisibleTo(box)
    box.add_row()
    row = box.table.rowCount() - 1
    for col, value in enumerate(
        ["peer_mentoring", NAMES["kk"], NAMES["ru"], NAMES["en"], "sessions people_reached"]
    ):
        box.table.setItem(row, col, QTableWidgetItem(value))
    box.save_edits()
    assert ctx.workspace.reference.kind("peer_mentoring").name("kk") == NAMES["kk"]
    assert ctx.workspace.reference.version == 2
    # a mistake (no names) changes nothing and says so
    box.add_row()
    box.table.setItem(box.table.rowCount() - 1, 0, QTableWidgetItem("quiz"))
    box.save_edits()
    assert ctx.workspace.reference.version == 2 and "атауы жоқ" in box.note.text()  # "a name is missing"


def test_a_kind_added_in_settings_is_at_once_in_the_filter_and_named_in_the_table(qtbot, window, workspace):
    rd.set_role(workspace, "coordinator")
    box = window.settings_page.reference_box
    box.add_row()
    row = box.table.rowCount() - 1
    for col, value in enumerate(
        ["peer_mentoring", NAMES["kk"], NAMES["ru"], NAMES["en"], "sessions people_reached"]
    ):
        box.table.setItem(row, col, QTableWidgetItem(value))
    box.save_edits()
    kinds = window.activities.filters.kind
    assert "Peer mentoring" in [kinds.itemText(i) for i in range(kinds.count())]


def test_a_coordinator_changes_a_warning_threshold(qtbot, make_ctx, workspace):
    rd.set_role(workspace, "coordinator")
    ctx = make_ctx("en")
    box = ReferenceBox(ctx)
    qtbot.addWidget(box)
    box.list_choice.setCurrentIndex(box.list_choice.findData("measures"))
    row = next(r for r in range(box.table.rowCount()) if box.table.item(r, 0).text() == "people_reached")
    box.table.setItem(row, 4, QTableWidgetItem("9000000"))
    box.save_edits()
    assert ctx.workspace.reference.measure("people_reached").implausible_above == 9_000_000
    box.table.setItem(row, 4, QTableWidgetItem("lots"))
    box.save_edits()
    assert ctx.workspace.reference.measure("people_reached").implausible_above == 9_000_000
    assert "not a whole number" in box.note.text()


def test_a_training_copy_s_reference_workbook_is_refused_in_the_user_s_language(
    qtbot, make_ctx, make_workspace_at, tmp_path
):
    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    practice = Workspace(Paths(tmp_path / "practice-training"))
    installation.configure(practice.store, "UNICEF-KZ", "UNICEF", "KZ-71", "en", training=True)
    rd.set_role(practice, "coordinator")
    rd.add_kind(practice, "peer_mentoring", NAMES, ["sessions", "people_reached"])
    path = rd.export_workbook(practice, tmp_path / "practice-reference.xlsx")
    practice.close()
    ctx = make_ctx("kk")
    box = ReferenceBox(ctx)
    qtbot.addWidget(box)
    box.preview_import(path)
    assert "оқу көшірмесінен" in box.note.text() and not box.apply_button.isEnabled()
    assert "training_file" not in box.note.text()
    assert ctx.workspace.reference.version == 1


@pytest.mark.parametrize(
    "language, active_again, added_word",
    [
        ("en", "Active again", "New:"),
        ("ru", "Снова в употреблении", "Новые:"),
        ("kk", "Қайта қолданыста", "Жаңа:"),
    ],
)
def test_the_undo_says_what_it_does_in_the_user_s_language(qtbot, make_ctx, workspace, language, active_again,
                                                             added_word):  # fmt: skip
    """Finding 12: undoing a version that retired `equipment` (and added a kind) says equipment is active
    again and the kind is removed, never "Retired: equipment" or "New: …"."""
    rd.set_role(workspace, "coordinator")
    rd.add_kind(workspace, "peer_mentoring", NAMES, ["sessions", "people_reached"])
    data = rd.current_data(workspace)
    retired = [{**k, "retired": True} if k["code"] == "equipment" else k for k in data["kinds"]]
    rd.save_edit(workspace, {**data, "kinds": retired})
    ctx = make_ctx(language)
    box = ReferenceBox(ctx)
    qtbot.addWidget(box)
    box.undo()
    text = box.note.text()
    assert active_again in text and "equipment" in text, text
    assert added_word not in text
    assert ctx.workspace.reference.kind("equipment").retired is False
    box.undo()  # back past the version that added the kind: it is removed, and said so
    assert "peer_mentoring" in box.note.text() and added_word not in box.note.text()
