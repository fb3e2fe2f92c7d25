"""What an empty table says: the first steps (a new record, importing a workbook) with their keys, or
that no record matches the filter. Drawn over the table's empty viewport."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyHint(QWidget):
    newRequested = Signal()
    importRequested = Signal()

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self.setObjectName("emptyHint")
        self.text_label = QLabel(self)
        self.text_label.setObjectName("emptyHintText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("emptyHintNew")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("emptyHintImport")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(self.text_label)
        lay.addLayout(buttons)
        lay.addStretch(2)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.filtered = False
        viewport.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        if self.filtered:
            self.text_label.setText(
                self.tr('No record matches the filter. "Clear filters" shows every record.')
            )
        else:
            self.text_label.setText(
                self.tr("No records yet. Enter the first activity with Ctrl+N, or import a workbook from "
                        "another office or a filled-in template (Exchange page, Ctrl+3).")
            )  # fmt: skip
        self.new_button.setText(self.tr("New record (Ctrl+N)"))
        self.import_button.setText(self.tr("Import a workbook…"))
        for b in (self.new_button, self.import_button):
            b.setVisible(not self.filtered)

    def show_for(self, empty: bool, filtered: bool) -> None:
        self.filtered = filtered
        self.retranslate()
        self.setVisible(empty)
        if empty:
            self.setGeometry(self.parentWidget().rect())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False
