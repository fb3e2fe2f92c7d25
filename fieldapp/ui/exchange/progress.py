"""A progress line for one background task: what runs, how far it is, and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class TaskPanel(QWidget):
    """Hidden when idle. `finished` fires (before the task's own callback) when the task ends."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.busy = False
        self.handle = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelTaskButton")
        self.cancel_button.clicked.connect(self.cancel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def run(self, tasks, work, on_done, on_error, label: str) -> None:
        self.busy = True
        self.label.setText(label)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

        def done(result) -> None:
            self._finish()
            on_done(result)

        def failed(error) -> None:
            self._finish()
            on_error(error)

        handle = tasks.run(work, on_done=done, on_error=failed, on_progress=self._progress, label=label)
        if self.busy:  # a synchronous runner has already finished it
            self.handle = handle

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _finish(self) -> None:
        self.busy = False
        self.handle = None
        self.setVisible(False)
        self.finished.emit()
