"""A date edit where Tab leaves the field (Qt's moves between day, month and year), for fast entry."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateEdit(QDateEdit):
    """Type the digits (sections advance by themselves), use ←/→ between sections, Tab to go on."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
