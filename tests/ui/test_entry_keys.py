"""Keys as field staff press them: Enter goes on, Ctrl+S / Ctrl+Enter save, a repeated record in few keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.ui.form.dialog import EntryDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


class Keyboard:
    """Real key events to whatever has focus, counted as a person counts them (a chord is one press)."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.presses = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        widget = focused()
        assert widget is not None, "no widget has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        for ch in text:
            self.press(ch)


def the_dialog(window) -> EntryDialog:
    dialogs = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def open_new(qtbot, window, keys: Keyboard) -> EntryDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.activities.view.setFocus()
    keys.press(Qt.Key.Key_N, CTRL)
    dialog = the_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_enter_moves_to_the_next_field_and_never_saves_a_half_filled_record(qtbot, window):
    keys = Keyboard(qtbot)
    dialog = open_new(qtbot, window, keys)
    f = dialog.fields
    qtbot.waitUntil(lambda: focused() is f.kind)
    keys.press(Qt.Key.Key_Down)  # leaflets
    keys.press(Qt.Key.Key_Return)
    assert focused() is f.start_date  # Enter went on, as in 1C / Excel / Epi Info
    keys.press(Qt.Key.Key_Return)
    assert focused() is f.has_end  # out of the date field too
    keys.press(Qt.Key.Key_Return)
    assert focused() is f.region and not f.has_end.isChecked()  # the disabled end date is skipped
    keys.press(Qt.Key.Key_Return)
    assert focused() is f.district
    f.district.setFocus()
    keys.type("Medeu")
    keys.press(Qt.Key.Key_Return)
    assert focused() is f.settlement
    keys.press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter too
    assert focused() is f.site_type
    assert dialog.isVisible() and window.ctx.records.count() == 0

    f.measures["items_distributed"].setFocus()
    keys.type("300")
    keys.press(Qt.Key.Key_Return)
    assert focused() is f.measures["sites_covered"]
    assert dialog.isVisible() and window.ctx.records.count() == 0


def test_ctrl_s_saves_and_closes_and_ctrl_enter_saves_and_starts_the_next(qtbot, window):
    keys = Keyboard(qtbot)
    dialog = open_new(qtbot, window, keys)
    dialog.fields.kind.set_code("posters")
    dialog.fields.measures["items_distributed"].setFocus()
    keys.type("40")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert window.ctx.records.count() == 1
    assert dialog.isVisible() and "Saved" in dialog.banner_message()
    dialog.fields.measures["items_distributed"].setFocus()
    keys.type("41")
    keys.press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.ctx.records.count() == 2


def test_the_save_button_is_not_a_default_button(qtbot, window):
    dialog = open_new(qtbot, window, Keyboard(qtbot))
    for button in (dialog.save_button, dialog.save_new_button, dialog.cancel_button):
        assert not button.isDefault()


def test_a_second_leaflet_record_that_differs_in_the_count_takes_at_most_8_keys(
    qtbot, window, activity_factory
):
    first = activity_factory(start_date=date.today(), items_distributed=500)
    window.ctx.announce(window.ctx.records.create(first))
    qtbot.waitUntil(lambda: window.activities.model.rowCount() == 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.activities.focus_table()
    assert focused() is window.activities.view

    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_D, CTRL)  # copy this record
    dialog = the_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.fields.measures["items_distributed"])
    keys.type("600")  # the first measure's text is selected: typing replaces it
    keys.press(Qt.Key.Key_S, CTRL)  # no duplicate warning: the count differs
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert keys.presses <= 8, keys.presses
    assert window.ctx.records.count() == 2
    model = window.activities.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    second = next(model.record_at(i) for i in range(2) if model.record_at(i).uuid != first.uuid)
    assert second.items_distributed == 600
    same = ("kind", "start_date", "region", "district", "settlement", "site_type", "language",
            "target_groups", "partners", "sites_covered", "people_reached", "children_reached",
            "notes", "entered_by", "office")  # fmt: skip
    assert {k: getattr(second, k) for k in same} == {k: getattr(first, k) for k in same}


def test_a_new_record_keeps_everything_but_the_measures_and_starts_at_the_first_measure(qtbot, window):
    keys = Keyboard(qtbot)
    dialog = open_new(qtbot, window, keys)
    f = dialog.fields
    f.kind.set_code("leaflets")
    f.settlement.setText("Школа №5")
    f.site_type.set_code("school")
    f.language_box.set_code("kk_ru")
    f.target_groups.set_codes(("parents",))
    f.measures["items_distributed"].setText("300")
    f.measures["items_distributed"].setFocus()
    keys.press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    nxt = open_new(qtbot, window, keys)
    g = nxt.fields
    assert (g.kind.code(), g.settlement.text(), g.site_type.code(), g.language_box.code()) == (
        "leaflets",
        "Школа №5",
        "school",
        "kk_ru",
    )
    assert g.target_groups.codes() == ("parents",)
    assert g.measures["items_distributed"].text() == ""
    qtbot.waitUntil(lambda: focused() is g.measures["items_distributed"])


def test_the_same_record_twice_still_asks(qtbot, window, activity_factory):
    first = activity_factory(start_date=date.today())
    window.ctx.announce(window.ctx.records.create(first))
    qtbot.waitUntil(lambda: window.activities.model.rowCount() == 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.activities.focus_table()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_D, CTRL)
    dialog = the_dialog(window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    keys.press(Qt.Key.Key_S, CTRL)
    assert "similar record" in dialog.banner_message()
    assert window.ctx.records.count() == 1
