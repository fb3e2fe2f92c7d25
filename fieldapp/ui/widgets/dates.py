"""A date edit where Tab leaves the field (Qt's moves between day, month and year), for fast entry,
and Alt+Down or F4 opens the calendar (Qt's own date edit only steps the date on Alt+Down)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QStyle, QStyleOptionComboBox, QWidget


class DateEdit(QDateEdit):
    """Type the digits (sections advance by themselves), use ←/→ between sections, Tab to go on."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (alt_down or event.key() == Qt.Key.Key_F4) and self.calendarPopup() and self.isEnabled():
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar popup, as a click on the drop-down arrow does (Qt has no call for it)."""
        opt = QStyleOptionComboBox()
        opt.initFrom(self)
        opt.editable = True
        opt.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center() if arrow.isValid() else self.rect().center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            buttons = (
                Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
            )
            QApplication.sendEvent(
                self,
                QMouseEvent(kind, at, self.mapToGlobal(at), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier),
            )  # fmt: skip
            if self.calendarWidget() is not None and self.calendarWidget().isVisible():
                self.calendarWidget().setFocus()
                return
