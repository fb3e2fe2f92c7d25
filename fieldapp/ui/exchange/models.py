"""Table models of the exchange page: per-file counts, rejected rows and warnings, import/export history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from fieldapp.ui.exchange.problems import row_problem_text, warning_text
from fieldapp.ui.formats import day, moment, number

SortRole = Qt.ItemDataRole.UserRole
ObjectRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

if TYPE_CHECKING:
    from fieldapp.services.import_log import ExportLogEntry, ImportLogEntry


class _Table(QAbstractTableModel):
    """Rows of plain objects; subclasses name the columns and say how each cell is shown."""

    numeric: tuple[int, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.language = "en"

    def set_rows(self, rows, language: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.language = language
        self.endResetModel()

    def retranslate(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row, column: int):
        """(display text, sort key) of one cell."""
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())[0]
        if role == SortRole:
            return self.cell(row, index.column())[1]
        if role == ObjectRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def is_total(self, row) -> bool:
        return False


class ProblemsModel(_Table):
    """Rejected rows (RowProblem) or warnings (FileWarning): where, and why in the UI language."""

    def __init__(self, parent=None, warnings: bool = False):
        super().__init__(parent)
        self.warnings = warnings
        self.numeric = (2,)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("File"),
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Problem"),
            self.tr("Value"),
        )

    def cell(self, p, column: int):
        if column == 0:
            name = Path(p.file).name
            return name, name
        if column == 1:
            return p.sheet, p.sheet
        if column == 2:
            return (str(p.row) if p.row else ""), p.row
        if column == 3:
            header = getattr(p, "header", "")
            text = f"{p.column} ({header})" if p.column and header else p.column
            return text, p.column
        if column == 4:
            if self.warnings:
                text = warning_text(p.code, p.detail, self.language)
            else:
                text = row_problem_text(p.code, p.field, self.language)
            return text, text
        value = "" if self.warnings else p.value
        return value, value


class FileCountsModel(_Table):
    """What each file (and all of them together, last row) would insert, update, leave, reject."""

    numeric = (2, 3, 4, 5, 6, 7)
    KEYS = ("rows", "inserted", "updated", "unchanged", "rejected", "conflicts")

    def is_total(self, row) -> bool:
        return row["file"] is None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("File"),
            self.tr("Office"),
            self.tr("Rows"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Rejected"),
            self.tr("Conflicts"),
        )

    def cell(self, row: dict, column: int):
        if column == 0:
            text = self.tr("Total") if row["file"] is None else row["file"]
            return text, text
        if column == 1:
            return row["office"], row["office"]
        value = row[self.KEYS[column - 2]]
        return number(self.language, value), value


class ImportsModel(_Table):
    """The import log, newest first."""

    numeric = (3, 4, 5, 6, 7)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Imported"),
            self.tr("File"),
            self.tr("Office"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Rejected"),
            self.tr("Conflicts"),
            self.tr("By"),
            self.tr("Undone"),
        )

    def cell(self, row: ImportLogEntry, column: int):
        if column == 0:
            return moment(self.language, row.imported_at), row.imported_at
        if column == 1:
            return Path(row.file_name).name, row.file_name
        if column == 2:
            return row.office or "", row.office or ""
        if 3 <= column <= 7:
            name = ("inserted", "updated", "unchanged", "rejected", "conflicts")[column - 3]
            value = getattr(row, name) or 0
            return number(self.language, value), value
        if column == 8:
            return row.imported_by or "", row.imported_by or ""
        undone = row.undone_at
        return moment(self.language, undone), undone or 0


class ExportsModel(_Table):
    """The export log, newest first."""

    numeric = (4,)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Exported"),
            self.tr("File"),
            self.tr("Scope"),
            self.tr("Period"),
            self.tr("Records"),
        )

    def scope_name(self, scope: str) -> str:
        names = {
            "full": self.tr("all records"),
            "since_last": self.tr("since the last export"),
            "period": self.tr("a period"),
        }
        return names.get(scope, scope)

    def cell(self, row: ExportLogEntry, column: int):
        if column == 0:
            return moment(self.language, row.exported_at), row.exported_at
        if column == 1:
            return Path(row.file_name).name, row.file_name
        if column == 2:
            return self.scope_name(row.scope), row.scope
        if column == 3:
            a, b = row.period_from or "", row.period_to or ""
            text = f"{day(self.language, a)} – {day(self.language, b)}" if a or b else ""
            return text, a
        return number(self.language, row.record_count), row.record_count
