"""What a new user tripped over when trying the app in Kazakh and Russian (keyboard paths, words, sizes)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp.ui.form.dialog import EntryDialog
from fieldapp.ui.office import SetupDialog
from fieldapp.ui.widgets.screen import available_size, fit_to_screen


def focused():
    return QApplication.focusWidget()


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes are recorded instead of shown: (text, button words) for each."""
    shown = []

    def exec_(box):
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_enter_in_the_table_opens_the_row_the_user_sees_without_selecting_it_first(qtbot, window, seed):
    seed(window.ctx, 3)
    window.ctx.announce_records_reload()
    page = window.activities
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into the table: no click, no arrow key
    qtbot.waitUntil(lambda: focused() is page.view)
    assert len(page.selected_uuids()) == 1 and page.open_action.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert [d for d in window.findChildren(EntryDialog) if d.isVisible()]


def test_down_or_enter_in_the_search_field_goes_on_to_the_results(qtbot, window, seed):
    seed(window.ctx, 3)
    seed(window.ctx, 1, settlement="Мектеп №12")
    window.ctx.announce_records_reload()
    page = window.activities
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.focus_search()
    qtbot.waitUntil(lambda: focused() is page.filters.text)
    page.filters.text.setText("мектеп")
    qtbot.keyClick(page.filters.text, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert focused() is page.view and len(page.selected_uuids()) == 1

    page.focus_search()
    qtbot.waitUntil(lambda: focused() is page.filters.text)
    qtbot.keyClick(page.filters.text, Qt.Key.Key_Down)
    assert focused() is page.view


def test_after_undoing_a_delete_the_record_is_selected_again_for_history(qtbot, window, seed):
    uuids = seed(window.ctx, 3)
    window.ctx.announce_records_reload()
    page = window.activities
    assert page.select_uuid(uuids[1])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.row_of(uuids[1]) == -1
    page.undo_action.trigger()
    assert page.selected_uuids() == (uuids[1],)
    assert page.history_action.isEnabled()


def test_a_typed_future_date_is_refused_with_a_message_not_silently_changed(qtbot, window):
    dialog = window.activities.new_record()
    qtbot.waitExposed(dialog)
    fields = dialog.fields
    fields.kind.set_code("leaflets")
    future = date.today() + timedelta(days=400)
    fields.start_date.setDate(QDate(future))
    assert fields.start_date.date().toPython() == future  # kept as typed, not clamped to today
    assert not dialog.save()
    assert "future" in fields.error_texts()["start_date"]
    assert window.ctx.records.count() == 0


def test_the_discard_question_does_not_reuse_the_forms_cancel_word_in_kazakh(qtbot, make_ctx, boxes):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx("kk")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    dialog = w.activities.new_record()
    dialog.fields.district.setText("Медеу ауданы")
    dialog.fields.edited.emit()
    dialog.reject()  # Esc with typed text
    assert dialog.isVisible()  # the box said nothing was chosen: keep editing
    (text, words), *_ = boxes
    assert "?" in text  # the question is in the box, not only in its title bar
    assert dialog.cancel_button.text() not in words
    assert all(not word.isascii() for word in words)


def test_undo_import_asks_in_the_users_language(qtbot, make_ctx, boxes):
    from fieldapp.ui.exchange.page import ExchangePage

    ctx = make_ctx("kk")
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.undo_last_import()
    (_text, words), *_ = boxes
    assert "Yes" not in words and "No" not in words and len(words) == 2
    assert all(not word.isascii() for word in words)


def test_setup_tabs_in_the_order_shown_and_goes_to_the_missing_field(qtbot, tmp_path, qapp):
    from fieldapp.paths import Paths
    from fieldapp.ui.app import build_context
    from fieldapp.ui.tasks import SyncTaskRunner

    ctx = build_context(Paths(tmp_path / "fresh"), "ru", tasks=SyncTaskRunner())
    try:
        dialog = SetupDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        office = dialog.office
        dialog.activateWindow()
        office.language.setFocus()
        qtbot.waitUntil(lambda: focused() is office.language)
        for expected in (office.code, office.name, office.region):
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            assert focused() is expected
        office.code.setText("AST-03")
        office.region.setFocus()
        dialog.accept()  # Enter with the name still empty
        assert dialog.isVisible() and office.error.isVisible()
        assert focused() is office.name
        office.name.setText("Астана кеңсесі")
        office.name.textEdited.emit("Астана кеңсесі")
        assert not office.error.isVisible()  # the old message does not linger while fixing it
    finally:
        ctx.workspace.close()


def test_windows_fit_a_small_screen(qtbot, window):
    room = available_size(window)
    fit_to_screen(window, 5000, 5000)
    assert window.width() <= max(room.width(), window.minimumSizeHint().width())
    netbook = (1024 - 16, 600 - 48)  # a 1024×600 screen less the window frame
    hint = window.minimumSizeHint()
    assert hint.width() <= netbook[0] and hint.height() <= netbook[1]
    dialog = window.activities.new_record()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.save_button.isVisible()


def test_the_search_field_keeps_room_on_a_1024_pixel_window(qtbot, window):
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    text = window.activities.filters.text
    qtbot.waitUntil(lambda: text.width() >= text.fontMetrics().horizontalAdvance("x" * 22))
    bar = window.activities.filters
    assert bar.clear_button.geometry().right() <= bar.width()


def test_status_bar_does_not_say_both_everything_exported_and_never_exported(qtbot, window):
    bar = window.status_bar
    qtbot.waitUntil(lambda: bar.pending is not None)
    assert bar.pending == 0 and not bar.last_export
    assert bar.pending_label.text() == ""
    assert bar.export_label.text() == "Never exported"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_main_window_fits_a_netbook_with_the_period_dates_showing(qtbot, make_ctx, language):
    """Choosing "this year" shows two date fields; the window must still fit 1024 px in Kazakh."""
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx(language)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.activities.filters.period.set_preset("this_year")
    w.show()
    qtbot.waitExposed(w)
    assert w.activities.filters.period.date_from.isVisible()
    assert w.minimumSizeHint().width() <= 1024 - 16


def test_target_group_names_are_readable_in_kazakh_without_scrolling(qtbot, make_ctx):
    """The longest Kazakh target-group name fits: the list spans its column instead of sharing it."""
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx("kk")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    dialog = w.activities.new_record()
    qtbot.waitExposed(dialog)
    groups = dialog.fields.target_groups
    qtbot.waitUntil(lambda: groups.isVisible())
    assert not groups.horizontalScrollBar().isVisible()
