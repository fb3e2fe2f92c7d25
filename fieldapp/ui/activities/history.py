"""A record's history: every version with when and why it was replaced, and a way back to one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

from fieldapp.domain.record import CONTENT_FIELDS, Activity
from fieldapp.ui.activities.model import ObjectRole
from fieldapp.ui.formats import moment
from fieldapp.ui.texts import field_label
from fieldapp.ui.widgets.screen import fit_to_screen
from fieldapp.ui.widgets.tables import read_only_table


def _when(ms: int) -> str:
    return moment(None, ms)


class HistoryModel(QAbstractTableModel):
    """Rows: the current version first, then each replaced version, newest first."""

    COLUMNS = ("version", "updated_at", "reason", "changes")

    def __init__(self, current: Activity, entries, language: str = "en", parent=None):
        super().__init__(parent)
        self.language = language
        versions = [(current, "current")] + [(e.record, e.reason) for e in reversed(entries)]
        self.rows = []
        for i, (rec, reason) in enumerate(versions):
            newer = versions[i - 1][0] if i > 0 else None
            self.rows.append((rec, reason, self._diff(rec, newer)))

    @staticmethod
    def _diff(rec: Activity, newer: Activity | None) -> tuple[str, ...]:
        if newer is None:
            return ()
        changed = [f for f in CONTENT_FIELDS if getattr(rec, f) != getattr(newer, f)]
        if rec.deleted != newer.deleted:
            changed.append("deleted")
        return tuple(changed)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Version"), self.tr("Saved"), self.tr("Replaced by"), self.tr("Changed later"))[
            section
        ]

    def reason_text(self, reason: str) -> str:
        return {
            "current": self.tr("current version"),
            "edit": self.tr("an edit"),
            "delete": self.tr("deletion"),
            "restore": self.tr("restoring"),
            "import": self.tr("an import"),
            # the same import wrote this record again (its ID twice in a file, or in two files of one import)
            "import_superseded": self.tr("a later row of the same import"),
            "resolve": self.tr("resolving a conflict"),
            "revert": self.tr("a return to an earlier version"),
            "undo": self.tr("undoing an import"),
        }.get(reason, reason)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        rec, reason, diff = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == ObjectRole:
            return rec
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == "version":
            text = str(rec.version)
            return text + (" ✕" if rec.deleted else "")
        if col == "updated_at":
            return _when(rec.updated_at)
        if col == "reason":
            return self.reason_text(reason)
        return ", ".join(field_label(f, self.language) for f in diff)

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class HistoryDialog(QDialog):
    """Shows the versions of one record; "Return to this version" makes a chosen one current again."""

    revertRequested = Signal(str, int)  # uuid, version

    def __init__(self, current: Activity, entries, language: str = "en", parent=None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.uuid = current.uuid
        self.model = HistoryModel(current, entries, language, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        read_only_table(self.view, single=True, columns="last", wrap=True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.revert_button = QPushButton(self)
        self.revert_button.setEnabled(False)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.revert_button.clicked.connect(self._revert)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.view.resizeColumnsToContents()
        fit_to_screen(self, 720, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record history"))
        n = len(self.model.rows) - 1
        self.summary.setText(self.tr("%n earlier version(s) of this record are kept.", "", n))
        self.revert_button.setText(self.tr("&Return to this version"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _selected(self, *_args) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.revert_button.setEnabled(bool(rows) and rows[0].row() > 0)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _revert(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() == 0:
            return
        rec = self.model.rows[rows[0].row()][0]
        self.revertRequested.emit(self.uuid, rec.version)
        self.accept()
