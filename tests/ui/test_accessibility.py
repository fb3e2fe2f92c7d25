"""Keyboard and screen-reader users: Tab leaves the table, the calendar opens, every input is named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from fieldapp.ui.mainwindow import PAGES

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QCheckBox, QRadioButton)


def focused():
    return QApplication.focusWidget()


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def type_text(widget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def unnamed_inputs(window: QWidget) -> list[str]:
    """Inputs a screen reader would announce without a name or without a description."""
    missing = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isVisibleTo(window) or w.window() is not window:
            continue
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(w.parentWidget(), QAbstractSpinBox):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name).strip() if iface else ""
        description = iface.text(QAccessible.Text.Description).strip() if iface else ""
        if not name or not description:
            missing.append(
                f"{type(w).__name__} {w.objectName() or '?'}: name={name!r} description={description!r}"
            )
    return missing


def open_form(qtbot, window):
    dialog = window.activities.new_record()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_tab_leaves_the_records_table(qtbot, window, seed):
    seed(window.ctx, 3)
    window.ctx.announce_records_reload()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.activities.focus_table()
    assert focused() is window.activities.view
    qtbot.keyClick(window.activities.view, Qt.Key.Key_Tab)
    assert focused() is not window.activities.view


def test_alt_down_opens_the_calendar_and_leaves_the_date_alone(qtbot, window):
    dialog = open_form(qtbot, window)
    start = dialog.fields.start_date
    start.setFocus()
    qtbot.waitUntil(lambda: focused() is start)
    before = start.date()
    qtbot.keyClick(start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendars = [c for c in dialog.findChildren(QCalendarWidget) if c.isVisible()]
    assert calendars, "the calendar popup opened"
    assert start.date() == before
    grid = calendars[0].focusProxy() or calendars[0]  # the calendar's day grid takes the keys
    qtbot.waitUntil(lambda: focused() is grid)
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # the day before
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendars[0].isVisible())
    assert start.date() == before.addDays(-1)


def test_minus_five_is_refused_with_a_message_not_stored_as_five(qtbot, window):
    dialog = open_form(qtbot, window)
    f = dialog.fields
    f.kind.set_code("leaflets")
    edit = f.measures["items_distributed"]
    edit.setFocus()
    qtbot.keyClicks(edit, "-5")
    assert edit.text() == "-5"
    assert f.error_texts().get("items_distributed"), "said at once, under the field"
    assert not dialog.save()
    assert window.ctx.records.count() == 0
    assert "cannot be negative" in f.error_texts()["items_distributed"]
    edit.setText("")
    qtbot.keyClicks(edit, "5")
    assert not f.error_texts().get("items_distributed")  # fixed: the message goes


def test_cyrillic_in_the_office_code_is_explained(qtbot, make_ctx):
    from fieldapp.ui.office import OfficeForm

    make_ctx("ru")
    form = OfficeForm("ru")
    qtbot.addWidget(form)
    form.show()
    form.code.setFocus()
    type_text(form.code, "АЛА")  # a Russian keyboard layout left on
    assert form.code.text() == ""
    assert form.error.isVisible() and "A–Z" in form.error.text()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_input_has_a_name_and_a_description(qtbot, make_ctx, language):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx(language)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    missing = []
    for name in PAGES:
        w.show_page(name)
        qtbot.wait(10)  # a page built just now is shown by a queued call
        missing += [f"{name}: {m}" for m in unnamed_inputs(w)]
    dialog = w.activities.new_record()
    qtbot.waitExposed(dialog)
    dialog.fields.has_end.setChecked(True)
    missing += [f"form: {m}" for m in unnamed_inputs(dialog)]
    dialog.done(0)
    assert missing == [], "\n".join(missing)


def test_required_fields_are_marked(qtbot, window):
    dialog = open_form(qtbot, window)
    for name in ("kind", "start_date", "region"):
        assert "*" in dialog.fields.labels[name].text(), name
        assert "required" in dialog.fields.inputs[name].accessibleDescription().lower()
    assert "*" not in dialog.fields.labels["district"].text()
    assert dialog.fields.required_note.isVisible()


def test_the_focus_is_clearly_visible(qtbot, window):
    from fieldapp.ui.widgets.focus import FocusRing

    dialog = open_form(qtbot, window)
    district = dialog.fields.district
    district.setFocus()
    qtbot.waitUntil(lambda: focused() is district)
    rings = [r for r in dialog.findChildren(FocusRing) if r.isVisible()]
    assert len(rings) == 1 and rings[0].widget() is district
    ring = rings[0]
    assert ring.width() >= district.width() + 4 and ring.height() >= district.height() + 4
    assert ring.thickness >= 2
    background = dialog.palette().color(QPalette.ColorRole.Window)
    assert contrast(ring.color, background) >= 3.0  # WCAG 2.2 non-text contrast


def test_placeholder_and_message_text_contrast(qtbot, window):
    from fieldapp.ui.form.fields import ERROR_STYLE, WARNING_STYLE

    pal = QApplication.palette()
    base = pal.color(QPalette.ColorRole.Base)
    assert contrast(pal.color(QPalette.ColorRole.PlaceholderText), base) >= 4.5
    for style in (ERROR_STYLE, WARNING_STYLE):
        color = QColor(style.split(":")[1].strip(" ;"))
        assert contrast(color, base) >= 4.5


def test_a_refused_key_in_a_count_is_explained(qtbot, window):
    dialog = open_form(qtbot, window)
    f = dialog.fields
    f.kind.set_code("leaflets")
    edit = f.measures["items_distributed"]
    edit.setFocus()
    type_text(edit, "1,000")  # pasted from a spreadsheet, or a thousands separator typed
    assert edit.text() == "1000"  # the comma is not taken
    assert "digits" in f.error_texts().get("items_distributed", "")
