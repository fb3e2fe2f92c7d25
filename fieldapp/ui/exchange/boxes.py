"""The exchange page's three groups of controls: export, import and undo, report and template."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from fieldapp.ui.widgets.period import PeriodSelector

SCOPES = ("full", "since_last", "period")


def _row(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class _Box(QGroupBox):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class ExportBox(_Box):
    """What to export (everything, changes since the last export, a period) and the Export button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons = {s: QRadioButton(self) for s in SCOPES}
        for i, s in enumerate(SCOPES):
            self.scope_buttons[s].setObjectName(f"scope_{s}")
            self.scope_group.addButton(self.scope_buttons[s], i)
        self.scope_buttons["since_last"].setChecked(True)
        self.period = PeriodSelector(self, preset="last_12_months", mnemonics=False)
        self.pending = QLabel(self)
        self.pending.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.show_export = QPushButton(self)
        self.show_export.setVisible(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.scope_buttons["full"])
        lay.addWidget(self.scope_buttons["since_last"])
        lay.addWidget(self.pending)
        lay.addWidget(self.scope_buttons["period"])
        lay.addWidget(self.period)
        lay.addLayout(_row(self.export_button, self.show_export))
        self.scope_group.idToggled.connect(lambda *_: self.period.setEnabled(self.scope() == "period"))
        self.period.setEnabled(False)
        self.retranslate()

    def scope(self) -> str:
        return SCOPES[max(self.scope_group.checkedId(), 0)]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Send data: export a workbook"))
        self.scope_buttons["full"].setText(self.tr("&All records"))
        self.scope_buttons["since_last"].setText(self.tr("&Changes since the last export"))
        self.scope_buttons["period"].setText(self.tr("Records of a &period"))
        self.export_button.setText(self.tr("&Export…"))
        self.show_export.setText(self.tr("Show in folder"))


class ImportBox(_Box):
    """Import workbooks (or drop them on the page) and undo the last import."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importFilesButton")
        self.drop_hint = QLabel(self)
        self.drop_hint.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoImportButton")
        self.undo_hint = QLabel(self)
        self.undo_hint.setWordWrap(True)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setObjectName("conflictsCount")
        lay = QVBoxLayout(self)
        lay.addLayout(_row(self.import_button))
        lay.addWidget(self.drop_hint)
        lay.addLayout(_row(self.undo_button))
        lay.addWidget(self.undo_hint)
        lay.addLayout(_row(self.conflicts_button, self.conflicts_label))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Receive data: import workbooks"))
        self.import_button.setText(self.tr("&Import workbooks…"))
        self.drop_hint.setText(
            self.tr("Or drop .xlsx files here. Nothing is saved before you see what would change.")
        )
        self.undo_button.setText(self.tr("&Undo the last import"))
        self.conflicts_button.setText(self.tr("Co&nflicts…"))


class ReportBox(_Box):
    """A report workbook for a period, and the bulk-entry template."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.period = PeriodSelector(self, preset="this_year", mnemonics=False)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("reportButton")
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("templateButton")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("pdfButton")
        lay = QVBoxLayout(self)
        lay.addWidget(self.period)
        lay.addLayout(_row(self.report_button, self.pdf_button))
        lay.addLayout(_row(self.template_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Report and bulk-entry template"))
        self.report_button.setText(self.tr("Write &report…"))
        self.template_button.setText(self.tr("Bulk-entry &template…"))
        self.pdf_button.setText(self.tr("Printable &summary (PDF)…"))
