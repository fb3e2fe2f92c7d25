"""First steps: an empty table says what to do first, with the keys; the first-run dialog is compact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.domain.query import RecordFilter


def test_an_empty_table_says_what_to_do_first(qtbot, window):
    hint = window.activities.empty_hint
    qtbot.waitUntil(hint.isVisible)
    text = hint.text_label.text()
    assert "Ctrl+N" in text and "import" in text.lower()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.activities.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from fieldapp.ui.form.dialog import EntryDialog

    assert any(d.isVisible() for d in window.findChildren(EntryDialog))


def test_the_import_button_of_the_hint_opens_the_exchange_page(qtbot, window):
    hint = window.activities.empty_hint
    qtbot.waitUntil(hint.isVisible)
    chosen = []
    exchange = window.show_page("exchange")
    exchange.choose_import = lambda: chosen.append(True)  # the file dialog itself is the OS's
    window.show_page("activities")
    qtbot.waitUntil(hint.isVisible)
    hint.import_button.click()
    assert window.stack.currentWidget() is window.exchange and chosen == [True]


def test_the_hint_goes_once_there_are_records_and_says_no_match_for_a_filter(qtbot, window, seed):
    hint = window.activities.empty_hint
    qtbot.waitUntil(hint.isVisible)
    seed(window.ctx, 2)
    window.ctx.announce_records_reload()
    qtbot.waitUntil(lambda: not hint.isVisible())
    window.activities._filter_changed(RecordFilter(text="nothing like this"))
    qtbot.waitUntil(hint.isVisible)
    assert "match" in hint.text_label.text() and not hint.new_button.isVisible()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_first_run_dialog_has_no_empty_bands(qtbot, tmp_path, language):
    from fieldapp.paths import Paths
    from fieldapp.ui.app import build_context
    from fieldapp.ui.office import SetupDialog
    from fieldapp.ui.tasks import SyncTaskRunner

    ctx = build_context(Paths(tmp_path / "fresh"), language, tasks=SyncTaskRunner())
    try:
        dialog = SetupDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        intro = dialog.intro
        assert intro.height() <= intro.heightForWidth(intro.width()) + 4  # the text, not a band around it
        gap = dialog.ok.geometry().top() - dialog.office.geometry().bottom()
        assert gap <= 24, gap
    finally:
        QApplication.processEvents()
        ctx.workspace.close()
