"""Import and export history, newest first, in two sortable tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from fieldapp.ui.exchange.models import ExportsModel, ImportsModel, SortRole
from fieldapp.ui.widgets.tables import sorted_table


class HistoryTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.imports_model = ImportsModel(self)
        self.exports_model = ExportsModel(self)
        self.imports_view = self._view(self.imports_model)
        self.exports_view = self._view(self.exports_model)
        self.addTab(self.imports_view, "")
        self.addTab(self.exports_view, "")

    def _view(self, model) -> QTableView:
        view = sorted_table(model, self, SortRole)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        return view

    def set_rows(self, imports: list, exports: list, language: str) -> None:
        self.imports_model.set_rows(imports, language)
        self.exports_model.set_rows(exports, language)

    def retranslate(self, language: str) -> None:
        self.setTabText(0, self.tr("Imports"))
        self.setTabText(1, self.tr("Exports"))
        self.imports_model.retranslate(language)
        self.exports_model.retranslate(language)
