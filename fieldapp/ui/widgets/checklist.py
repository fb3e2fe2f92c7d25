"""Checkable lists over the reference code lists, named in the UI language.

Apart from `coded`: the first window shows combo boxes only, and Qt's list-widget types cost every
start ~2.4 ms to create."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    """A list of coded items with check boxes (Space toggles); `codes()` are the checked ones."""

    checkedChanged = Signal()

    def __init__(self, items=(), language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._items = list(items)
        self.language = language
        for item in self._items:
            row = QListWidgetItem(item.name(language), self)
            row.setData(Qt.ItemDataRole.UserRole, item.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _item: self.checkedChanged.emit())

    def set_language(self, language: str) -> None:
        self.language = language
        self.blockSignals(True)
        for i, item in enumerate(self._items):
            self.item(i).setText(item.name(language))
        self.blockSignals(False)

    def codes(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_codes(self, codes) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            code = self.item(i).data(Qt.ItemDataRole.UserRole)
            self.item(i).setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.checkedChanged.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)
