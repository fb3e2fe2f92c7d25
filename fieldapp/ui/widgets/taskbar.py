"""A status-bar strip that shows running background tasks with progress and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class TaskStrip(QWidget):
    """Watches a task runner: visible while a task with a label runs; Cancel cancels the newest one."""

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskStrip")
        self.runner = runner
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelTask")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)
        self._shown: list = []
        self.cancel_button.clicked.connect(self.cancel_newest)
        runner.started.connect(self._started)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def track(self, handle, text: str) -> None:
        """Show `handle` with a human `text` (the runner's label is for logs only)."""
        handle.setProperty("display", text)
        if handle not in self._shown:
            self._started(handle)
        else:
            self._refresh()

    def _started(self, handle) -> None:
        if not handle.property("display") or handle.done:
            return
        self._shown.append(handle)
        handle.progressed.connect(lambda done, total, h=handle: self._progress(h, done, total))
        handle.finished.connect(lambda h=handle: self._finished(h))
        self.bar.setRange(0, 0)
        self._refresh()

    def _progress(self, handle, done: int, total: int) -> None:
        if self._shown and self._shown[-1] is handle:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(min(done, total))

    def _finished(self, handle) -> None:
        if handle in self._shown:
            self._shown.remove(handle)
        self._refresh()

    def _refresh(self) -> None:
        if not self._shown:
            self.hide()
            return
        self.label.setText(str(self._shown[-1].property("display")))
        self.show()

    def cancel_newest(self) -> None:
        if self._shown:
            self._shown[-1].cancel()
