"""Combo boxes over the reference code lists, named in the UI language (checkable lists: `checklist`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from fieldapp.domain.reference import Coded


class CodeCombo(QComboBox):
    """Items are (code, names); `code()` is the chosen code, '' for the optional empty entry.

    Type-ahead works on the visible names; names follow `set_language`.
    """

    def __init__(self, items=(), language: str = "en", empty_text=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[Coded] = list(items)
        self._empty_text = empty_text  # a callable giving the (translated) text of the '' entry
        self.language = language
        self._fill()

    def set_items(self, items) -> None:
        code = self.code()
        self._items = list(items)
        self._fill()
        self.set_code(code)

    def _fill(self) -> None:
        self.blockSignals(True)
        current = self.currentData()
        self.clear()
        if self._empty_text is not None:
            self.addItem(self._empty_text(), "")
        for item in self._items:
            self.addItem(item.name(self.language), item.code)
        self.blockSignals(False)
        if current is not None:
            self.set_code(current)

    def set_language(self, language: str) -> None:
        self.language = language
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._empty_text is not None and self.count():
            self.setItemText(0, self._empty_text())
        super().changeEvent(event)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        i = self.findData(code or "")
        self.setCurrentIndex(i if i >= 0 else (0 if self.count() else -1))
