"""The import preview: what the chosen files would change, rejected rows and warnings, then Import/Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui.exchange.models import FileCountsModel, ProblemsModel, SortRole
from fieldapp.ui.texts import field_label
from fieldapp.ui.widgets.screen import fit_to_screen
from fieldapp.ui.widgets.tables import read_only_table, sorted_table

COUNTS = ("inserted", "updated", "unchanged", "conflicts")


def file_reports(preview) -> list:
    """The per-file breakdown of a preview or result."""
    for name in ("files", "per_file", "reports"):
        value = getattr(preview, name, None)
        if value is not None:
            return list(value)
    return []


def _rejected_rows(report) -> int:
    n = getattr(report, "rejected_rows", None)
    if isinstance(n, int):
        return n
    rejected = getattr(report, "rejected", [])
    return len({(r.sheet, r.row) for r in rejected}) if isinstance(rejected, list) else int(rejected or 0)


def count_rows(preview) -> list[dict]:
    """One dict per file plus a total row (when there are several files)."""
    rows = []
    for f in file_reports(preview):
        row = {"file": Path(f.file).name, "office": getattr(f, "office", "") or ""}
        row["rows"] = getattr(f, "rows", 0) or 0
        row.update({k: getattr(f, k, 0) or 0 for k in COUNTS})
        row["rejected"] = _rejected_rows(f)
        rows.append(row)
    if len(rows) > 1:
        total = {"file": None, "office": ""}  # None: the model writes "Total" in the UI language
        for k in ("rows", *COUNTS, "rejected"):
            total[k] = sum(r[k] for r in rows)
        rows.append(total)
    return rows


def all_problems(preview, attribute: str) -> list:
    items = getattr(preview, attribute, None)
    if isinstance(items, list | tuple):
        return list(items)
    out = []
    for f in file_reports(preview):
        out += list(getattr(f, attribute, []))
    return out


def _table(model, parent: QWidget, sortable: bool = True) -> QTableView:
    if sortable:
        return sorted_table(model, parent, SortRole)
    view = QTableView(parent)  # the counts keep their order: files as chosen, the total last
    view.setModel(model)
    return read_only_table(view)


class ImportPreviewDialog(QDialog):
    """Nothing is written until Import is pressed; the page then commits the same files as a task."""

    def __init__(self, preview, files: list[Path], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.preview = preview
        self.files = list(files)
        self.language = language
        self.counts_model = FileCountsModel(self)
        self.counts_model.set_rows(count_rows(preview), language)
        self.rejected_model = ProblemsModel(self)
        self.rejected_model.set_rows(all_problems(preview, "rejected"), language)
        self.warnings_model = ProblemsModel(self, warnings=True)
        self.warnings_model.set_rows(all_problems(preview, "warnings"), language)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.counts_view = _table(self.counts_model, self, sortable=False)
        self.counts_view.horizontalHeader().setStretchLastSection(False)
        rows = self.counts_model.rowCount()
        self.counts_view.setMaximumHeight(
            self.counts_view.horizontalHeader().sizeHint().height() + 30 * rows + 8
        )
        self.conflicts_note = QLabel(self)
        self.conflicts_note.setWordWrap(True)
        self.changes_note = QLabel(self)
        self.changes_note.setObjectName("changesNote")
        self.changes_note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.rejected_view = _table(self.rejected_model, self.tabs)
        self.warnings_view = _table(self.warnings_model, self.tabs)
        self.tabs.addTab(self.rejected_view, "")
        self.tabs.addTab(self.warnings_view, "")
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.counts_view)
        lay.addWidget(self.conflicts_note)
        lay.addWidget(self.changes_note)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 960, 560)
        self.retranslate()

    def total(self, key: str) -> int:
        rows = self.counts_model.rows
        return rows[-1][key] if rows else 0

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import preview"))
        n = len(self.files)
        self.intro.setText(
            self.tr("Nothing has been changed yet. This is what importing %n file(s) would do:", "", n)
        )
        conflicts = self.total("conflicts")
        self.conflicts_note.setVisible(conflicts > 0)
        self.conflicts_note.setText(
            self.tr(
                "%n edit(s) in the files and edits held here changed the same field without seeing each "
                "other: both values are kept, one in the record, the other in the Conflicts list.",
                "",
                conflicts,
            )
        )
        self.changes_note.setText(self._changes_text())
        self.changes_note.setVisible(bool(self.changes_note.text()))
        self.tabs.setTabText(0, self.tr("Rejected rows (%n)", "", self.rejected_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Warnings (%n)", "", self.warnings_model.rowCount()))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        for model in (self.counts_model, self.rejected_model, self.warnings_model):
            model.retranslate(self.language)

    def _changes_text(self) -> str:
        """Which fields of which records come in, and how many rows are refused as another office's."""
        parts = []
        fields: dict[str, list[str]] = {}
        refused = 0
        for f in file_reports(self.preview):
            fields.update(getattr(f, "fields_in", {}) or {})
            refused += getattr(f, "refused", 0) or 0
        if fields:
            shown = [
                f"{uuid[:8]}: {', '.join(field_label(x, self.language) for x in names)}"
                for uuid, names in list(fields.items())[:5]
            ]
            more = "…" if len(fields) > 5 else ""
            parts.append(self.tr("Fields that come in: %1").replace("%1", "; ".join(shown) + more))
        if refused:
            parts.append(self.tr("%n row(s) would be refused: records of another office.", "", refused))
        return "\n".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
