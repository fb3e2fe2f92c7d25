"""The status bar: record count for the current filter, the last export, changes not yet exported."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from fieldapp.domain.query import RecordFilter
from fieldapp.services.changes import Changed
from fieldapp.ui.formats import format_date
from fieldapp.ui.widgets.taskbar import TaskStrip

if TYPE_CHECKING:
    from fieldapp.services.import_log import ExportLogEntry


class StatusBar(QStatusBar):
    """Counts run off the UI thread (a count over a million rows is not instant); newest answer wins."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter = RecordFilter()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("recordCount")
        self.export_label = QLabel(self)
        self.export_label.setObjectName("lastExport")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingExport")
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setObjectName("conflictsCount")
        for label in (self.pending_label, self.export_label, self.conflicts_label):
            label.setContentsMargins(12, 0, 0, 0)  # two messages side by side must not run together
        self.training_label = QLabel(self)
        self.training_label.setObjectName("trainingCopy")
        self.training_label.setStyleSheet(
            "background: #F9A825; color: black; padding: 0 8px; font-weight: bold;"
        )
        inst = ctx.workspace.installation
        self.training_label.setVisible(bool(inst and inst.training))
        self.tasks = TaskStrip(ctx.tasks, self)
        self.addWidget(self.training_label)
        self.addWidget(self.count_label)
        self.addPermanentWidget(self.tasks)
        self.addPermanentWidget(self.conflicts_label)
        self.addPermanentWidget(self.pending_label)
        self.addPermanentWidget(self.export_label)
        self.count: int | None = None
        self.pending: int | None = None
        self.last_export: ExportLogEntry | None = None
        self.conflicts = 0
        self._generation = 0
        ctx.changed.connect(self._on_changed)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def set_filter(self, f: RecordFilter) -> None:
        self.filter = f
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed.records or changed.settings:
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, f, records, ws = self._generation, self.filter, self.ctx.records, self.ctx.workspace

        def work(progress, cancelled):
            n = ws.open_conflicts()
            return records.count(f), records.pending_export_count(), records.last_export(), n

        self.ctx.tasks.run(work, on_done=lambda r: self._counted(generation, r), label="count", write=False)

    def _counted(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self.count, self.pending, self.last_export, self.conflicts = result
        self._render()

    def _render(self) -> None:
        self.training_label.setText(self.tr("Training copy: made-up data"))
        if self.count is None:
            self.count_label.setText(self.tr("Counting records…"))
        elif self.filter == RecordFilter():
            self.count_label.setText(self.tr("%Ln record(s)", "", self.count))
        else:
            self.count_label.setText(self.tr("%Ln record(s) match the filters", "", self.count))
        if self.conflicts:
            self.conflicts_label.setText(self.tr("%Ln open conflict(s)", "", self.conflicts))
        else:
            self.conflicts_label.clear()
        if self.pending is None:
            self.pending_label.clear()
        elif self.pending:
            self.pending_label.setText(self.tr("%Ln change(s) not yet exported", "", self.pending))
        elif self.last_export:
            self.pending_label.setText(self.tr("Everything is exported"))
        else:
            # nothing recorded yet: "Everything is exported" next to "Never exported" contradicted itself
            self.pending_label.clear()
        if self.last_export:
            when = datetime.fromtimestamp(self.last_export.exported_at / 1000, UTC).astimezone()
            self.export_label.setText(
                self.tr("Last export: %1").replace("%1", f"{format_date(when.date())} {when:%H:%M}")
            )
            self.export_label.setToolTip(self.last_export.file_name)
        else:
            self.export_label.setText(self.tr("Never exported"))
