"""The offices table model: each office's records, latest activity, latest import and reporting status."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from fieldapp.domain.record import now_ms
from fieldapp.ui.formats import day, moment, number

COL_OFFICE, COL_RECORDS, COL_LAST_ACTIVITY, COL_LAST_IMPORT, COL_STATUS = range(5)
SortRole = Qt.ItemDataRole.UserRole
OfficeRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class OfficesModel(QAbstractTableModel):
    """Rows are the dicts of `Records.offices()`; overdue offices are drawn in the palette's warning red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.language = "en"
        self.overdue_days = 30
        self.now = now_ms()

    def set_rows(self, rows: list[dict], language: str, overdue_days: int, now: int | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.language = language
        self.overdue_days = overdue_days
        self.now = now_ms() if now is None else now
        self.endResetModel()

    def retranslate(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_STATUS)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_STATUS))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COL_STATUS + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Office"),
            self.tr("Records"),
            self.tr("Latest activity"),
            self.tr("Latest import"),
            self.tr("Status"),
        )
        return names[section] if 0 <= section < len(names) else None

    def status(self, row: dict) -> str:
        if row["own"]:
            return self.tr("this installation")
        if row["last_import"] is None:
            return self.tr("never sent a workbook")
        days = max(0, (self.now - row["last_import"]) // 86_400_000)
        if row["overdue"]:
            return self.tr("no report for %n day(s)", "", days)
        return self.tr("reported")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_OFFICE:
                return row["office"]
            if col == COL_RECORDS:
                return number(self.language, row["records"])
            if col == COL_LAST_ACTIVITY:
                return day(self.language, row["last_activity"])
            if col == COL_LAST_IMPORT:
                return moment(self.language, row["last_import"]) or "—"
            if col == COL_STATUS:
                return self.status(row)
        elif role == SortRole:
            keys = (
                row["office"],
                row["records"],
                row["last_activity"],
                row["last_import"] or 0,
                row["overdue"],
            )
            return keys[col]
        elif role == OfficeRole:
            return row["office"]
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == COL_RECORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and row["overdue"]:
            return QColor("#B3261E")
        elif role == Qt.ItemDataRole.FontRole and row["own"]:
            font = QApplication.font()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS and row["overdue"]:
            return self.tr(
                "No workbook imported from this office in the last %n day(s).", "", self.overdue_days
            )
        return None

    def overdue(self) -> list[str]:
        return [r["office"] for r in self.rows if r["overdue"]]
