"""Accessible names and descriptions every input gets, so that a screen reader never says only "combo box".

Installed once on the application (`install(app)`): when an input is shown or the language changes, an
input without its own name takes the words of its label (its buddy), its group box or its tab; an
input without its own description (or tooltip) gets one that says how the keyboard works it. Texts a
widget sets itself always win; ours are re-made after a language switch.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QAbstractButton)
AUTO_NAME, AUTO_DESCRIPTION = "_a11yAutoName", "_a11yAutoDescription"


def keyboard_hint(w: QWidget) -> str:
    """How the keyboard works this kind of input, in the UI language."""
    if isinstance(w, QDateEdit):
        return QCoreApplication.translate(
            "Accessibility", "Type day, month and year; Alt+Down opens a calendar."
        )
    if isinstance(w, QComboBox):
        return QCoreApplication.translate("Accessibility", "Arrow keys choose; Alt+Down opens the list.")
    if isinstance(w, QAbstractSpinBox):
        return QCoreApplication.translate("Accessibility", "Type a number, or change it with the arrow keys.")
    if isinstance(w, QRadioButton):
        return QCoreApplication.translate("Accessibility", "Arrow keys choose one of the options.")
    if isinstance(w, QCheckBox):
        return QCoreApplication.translate("Accessibility", "Space ticks or unticks it.")
    if isinstance(w, QAbstractButton):
        return QCoreApplication.translate("Accessibility", "Space or Enter presses it.")
    if isinstance(w, QAbstractItemView):
        return QCoreApplication.translate(
            "Accessibility", "Arrow keys move through the rows; Tab leaves the list."
        )
    if isinstance(w, QLineEdit | QPlainTextEdit):
        return w.placeholderText() or QCoreApplication.translate(
            "Accessibility", "Type the text; Tab goes on."
        )
    return ""


def label_for(w: QWidget) -> str:
    """The words a person sees next to the input: its label, else its group box, else its tab."""
    window = w.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is w and label.text():
            return label.text().replace("&", "").rstrip(" *:")
    p = w
    while p is not None and p is not window:
        if isinstance(p, QGroupBox) and p.title():
            return p.title().replace("&", "")
        parent = p.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(p)
            if index >= 0:
                return tabs.tabText(index).replace("&", "")
        p = parent
    return w.toolTip()


def fill(w: QWidget) -> None:
    if not isinstance(w, INPUTS) or isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
        return
    if isinstance(w, QAbstractButton) and not isinstance(w, QCheckBox | QRadioButton):
        if (not w.toolTip() and not w.accessibleDescription()) or w.property(AUTO_DESCRIPTION):
            w.setAccessibleDescription(keyboard_hint(w))
            w.setProperty(AUTO_DESCRIPTION, True)
        return
    if not w.accessibleName() or w.property(AUTO_NAME):
        name = label_for(w)
        if name:
            w.setAccessibleName(name)
            w.setProperty(AUTO_NAME, True)
    if (not w.accessibleDescription() and not w.toolTip()) or w.property(AUTO_DESCRIPTION):
        w.setAccessibleDescription(keyboard_hint(w))
        w.setProperty(AUTO_DESCRIPTION, True)


class _Filler(QObject):
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QWidget):
            fill(obj)
        elif kind == QEvent.Type.LanguageChange and isinstance(obj, INPUTS):
            # after the labels have retranslated themselves
            QTimer.singleShot(0, lambda w=obj: _refill(w))
        return False


def _refill(w: QWidget) -> None:
    with contextlib.suppress(RuntimeError):  # deleted meanwhile
        fill(w)


def install(app: QApplication) -> None:
    """Idempotent: names and descriptions, a visible focus ring, readable placeholder text.

    Inputs already showing are named at once; later ones when they show. The desktop app installs it
    after the window's first paint: an application-wide event filter in Python makes Qt wrap every
    event for Python, and the first event of each kind sets up its type (~40 ms of start-up)."""
    from fieldapp.ui.widgets import focus

    if not app.property("fieldappA11y"):  # a property: a typed findChild sets up Qt's enums too
        app.setProperty("fieldappA11y", True)
        app.installEventFilter(_Filler(app))
        for window in app.topLevelWidgets():  # what showed before: named now, once
            if window.isVisible():
                for w in (window, *window.findChildren(QWidget)):
                    if w.isVisible():
                        fill(w)
    focus.install(app)
    palette = app.palette()
    base = palette.color(QPalette.ColorRole.Base)
    if contrast(palette.color(QPalette.ColorRole.PlaceholderText), base) < 4.5:
        palette.setColor(
            QPalette.ColorRole.PlaceholderText, QColor("#595959" if base.lightness() > 128 else "#b0b0b0")
        )
        app.setPalette(palette)


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (text needs 4.5:1)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
