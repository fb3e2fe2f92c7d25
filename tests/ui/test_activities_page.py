"""The Activities page: edit, delete with undo, restore, history, filters, columns, sorting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from fieldapp.domain.query import RecordFilter
from fieldapp.ui.activities.history import HistoryDialog
from fieldapp.ui.activities.model import COLUMNS, SortRole
from fieldapp.ui.form.dialog import EntryDialog


def select(window, uuid):
    assert window.activities.select_uuid(uuid)
    window.activities.view.setFocus()


def visible(window, cls):
    found = [d for d in window.findChildren(cls) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_edit_a_record_from_the_table(qtbot, window, seed):
    uuid = seed(window.ctx, 3)[1]
    window.ctx.announce_records_reload()
    select(window, uuid)
    window.activities.open_action.trigger()
    dialog = visible(window, EntryDialog)
    assert dialog.windowTitle() == "Edit activity" and not dialog.save_new_button.isVisible()
    dialog.fields.measures["people_reached"].setText("777")
    assert dialog.save()
    model = window.activities.model
    row = model.row_of(uuid)
    assert model.index(row, COLUMNS.index("people_reached")).data(SortRole) == 777
    assert window.ctx.records.get(uuid).version == 2
    assert len(window.ctx.records.history(uuid)) == 1


def test_delete_then_undo(qtbot, window, seed):
    uuids = seed(window.ctx, 4)
    window.ctx.announce_records_reload()
    select(window, uuids[0])
    qtbot.keyClick(window.activities.view, Qt.Key.Key_Delete)
    model = window.activities.model
    assert model.rowCount() == 3 and model.row_of(uuids[0]) == -1
    assert window.ctx.records.get(uuids[0]).deleted
    assert window.status_bar.count == 3
    qtbot.keyClick(window.activities.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 4 and not window.ctx.records.get(uuids[0]).deleted
    assert window.status_bar.count == 4


def test_restore_a_deleted_record_from_the_deleted_view(qtbot, window, seed):
    uuid = seed(window.ctx, 2)[0]
    window.ctx.announce(window.ctx.records.delete(uuid))
    window.activities.filters.show_which.setCurrentIndex(1)  # deleted records
    assert window.activities.model.rowCount() == 1
    select(window, uuid)
    assert window.activities.restore_action.isEnabled()
    window.activities.restore_action.trigger()
    assert not window.ctx.records.get(uuid).deleted
    assert window.activities.model.rowCount() == 0


def test_undoing_a_restore_in_the_deleted_view_shows_the_records_again(qtbot, window, seed):
    """Undo deletes them again: in the deleted view they must come back to the table, not only to the
    database and the status bar (an outside tester saw the table stay stale)."""
    uuids = seed(window.ctx, 3)
    window.ctx.announce(window.ctx.records.delete_many(uuids[:2]))
    window.activities.filters.show_which.setCurrentIndex(1)  # deleted records
    model = window.activities.model
    assert model.rowCount() == 2
    window.activities.view.selectAll()
    window.activities.restore_action.trigger()
    assert model.rowCount() == 0
    window.activities.view.setFocus()
    qtbot.keyClick(window.activities.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(window.ctx.records.get(u).deleted for u in uuids[:2])
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert {model.record_at(r).uuid for r in range(2)} == set(uuids[:2])


def test_history_returns_to_an_earlier_version(qtbot, window, seed):
    uuid = seed(window.ctx, 1)[0]
    rec = window.ctx.records.get(uuid)
    window.ctx.announce(window.ctx.records.update(rec.copy(notes="ошибка"), rec.version))
    window.ctx.announce_records_reload()
    select(window, uuid)
    qtbot.keyClick(window.activities.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(window, HistoryDialog)
    assert dialog.model.rowCount() == 2
    dialog.select_row(1)
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert window.ctx.records.get(uuid).notes == rec.notes


def test_filters_narrow_the_table_and_the_count(qtbot, window, seed):
    seed(window.ctx, 3)
    seed(window.ctx, 2, kind="psychosocial", region="KZ-71", items_distributed=None, sites_covered=None,
         sessions=3, start_date=date(2021, 5, 1))  # fmt: skip
    window.ctx.announce_records_reload()
    bar, model = window.activities.filters, window.activities.model
    assert model.rowCount() == 5
    bar.kind.set_code("psychosocial")
    assert model.rowCount() == 2 and window.status_bar.count == 2
    assert "match the filters" in window.status_bar.count_label.text()
    bar.kind.set_code("")
    bar.region.set_code("KZ-75")
    assert model.rowCount() == 3
    bar.clear()
    bar.period.set_period(date(2021, 1, 1), date(2021, 12, 31))
    assert model.rowCount() == 2
    bar.clear()
    bar.text.setText("site 1")
    qtbot.waitUntil(lambda: model.rowCount() == 2)  # "Site 1" of each batch, after the typing pause
    assert model.filter == RecordFilter(text="site 1")


def test_columns_can_be_hidden_and_stay_hidden(qtbot, window, make_ctx):
    page = window.activities
    col = COLUMNS.index("partners")
    assert not page.view.isColumnHidden(col)
    page.column_actions["partners"].setChecked(False)
    assert page.view.isColumnHidden(col)
    assert "partners" in window.ctx.settings.get("table/hidden_columns")


def test_clicking_a_header_sorts_in_sql(qtbot, window, seed):
    seed(window.ctx, 30)
    window.ctx.announce_records_reload()
    view, model = window.activities.view, window.activities.model
    model.page_size = 10
    col = COLUMNS.index("people_reached")
    view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert model.index(0, col).data(SortRole) == 10
    view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    assert model.index(0, col).data(SortRole) == 39
    assert window.ctx.settings.get("table/sort_column") == "people_reached"
