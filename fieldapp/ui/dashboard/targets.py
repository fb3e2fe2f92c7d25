"""Targets on the dashboard: planned against achieved for the period, and a dialog to set one target."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import BadInput
from fieldapp.domain.reference import reference
from fieldapp.ui.formats import day, number
from fieldapp.ui.widgets.dates import DateEdit
from fieldapp.ui.widgets.tables import read_only_table


class TargetsBox(QWidget):
    """A table of the period's targets (planned, achieved, %), with buttons to add one or read a workbook."""

    changed = Signal()

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.setObjectName("targetsBox")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.empty = QLabel(self)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("targetsTable")
        read_only_table(self.table, wrap=True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addTarget")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importTargets")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.message, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.empty)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.table.hide()
        self.add_button.clicked.connect(self.add_target)
        self.import_button.clicked.connect(self.import_targets)
        self.rows: list = []
        self.language = "en"

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Targets: planned against achieved"))
        self.empty.setText(self.tr("No targets set for this period."))
        self.add_button.setText(self.tr("Set a target…"))
        self.import_button.setText(self.tr("Read targets from a workbook…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activity kind"), self.tr("Region"), self.tr("Period"), self.tr("Measure"),
             self.tr("Planned"), self.tr("Achieved"), self.tr("% of plan"), self.tr("Achieved counted for")]
        )  # fmt: skip
        self.set_rows(self.rows, self.language)

    def set_rows(self, rows: list, language: str) -> None:
        self.rows, self.language = list(rows), language
        ref = reference()
        self.table.setRowCount(len(self.rows))
        for r, t in enumerate(self.rows):
            kind, region, measure = ref.kind(t.kind), ref.region(t.region), ref.measure(t.measure)
            cells = [
                kind.name(language) if kind else t.kind,
                region.name(language) if region else self.tr("All regions"),
                f"{day(language, t.date_from)} – {day(language, t.date_to)}",
                measure.name(language) if measure else t.measure,
                number(language, t.planned),
                number(language, t.achieved),
                f"{number(language, round(t.percent))} %" if t.percent is not None else "—",
                f"{day(language, t.counted_from)} – {day(language, t.counted_to)}" if t.counted_from else "",
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self.table.setMinimumHeight(min(len(self.rows), 8) * 26 + 30 if self.rows else 0)

    def _workspace(self):
        return self.page.ctx.workspace

    def add_target(self) -> None:
        dialog = TargetDialog(self, self.page.ctx.language)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            problem = dialog.problem_text()
            if problem:
                dialog.problem.setText(problem)
                continue
            try:
                from fieldapp.services import targets

                targets.set_targets(self._workspace(), [dialog.value()])
            except BadInput as e:
                dialog.problem.setText(str(e))
                continue
            self.message.setText(self.tr("The target was saved."))
            self.changed.emit()
            return

    def import_targets(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Read targets"), "", "Excel (*.xlsx)")
        if path:
            self.read_workbook(Path(path))

    def read_workbook(self, path: Path) -> None:
        from fieldapp.services import targets

        try:
            written, _deleted = targets.import_workbook(self._workspace(), path)
        except BadInput as e:
            reason = str(e)
            code, file = getattr(e, "code", None), getattr(e, "file", None)
            if code and file:  # a workbook that cannot be read at all (a training copy's, not an xlsx …)
                from fieldapp.ui.exchange.problems import unusable_text

                reason = f"{Path(file).name}: {unusable_text(code)}"
            self.message.setText(self.tr("The targets were not read: %1").replace("%1", reason))
            return
        self.message.setText(self.tr("%n target(s) read.", "", written))
        self.changed.emit()


class TargetDialog(QDialog):
    """Kind, region (or all), period, measure and the planned figure of one target."""

    def __init__(self, parent: QWidget, language: str):
        super().__init__(parent)
        self.setObjectName("targetDialog")
        self.setWindowTitle(self.tr("Set a target"))
        ref = reference()
        self.kind = QComboBox(self)
        for k in ref.kinds:
            self.kind.addItem(k.name(language), k.code)
        self.region = QComboBox(self)
        self.region.addItem(self.tr("All regions"), "")
        for r in ref.regions:
            self.region.addItem(r.name(language), r.code)
        self.date_from, self.date_to = DateEdit(self), DateEdit(self)
        year = date.today().year
        self.date_from.setDate(QDate(year, 1, 1))
        self.date_to.setDate(QDate(year, 12, 31))
        self.measure = QComboBox(self)
        self.planned = QLineEdit(self)
        self.planned.setObjectName("plannedFigure")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        form = QFormLayout()
        form.addRow(self.tr("&Activity kind"), self.kind)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("&From"), self.date_from)
        form.addRow(self.tr("&To"), self.date_to)
        form.addRow(self.tr("&Measure"), self.measure)
        form.addRow(self.tr("&Planned"), self.planned)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.language = language
        self.kind.currentIndexChanged.connect(self._measures)
        self._measures()

    def _measures(self) -> None:
        kind = reference().kind(self.kind.currentData())
        self.measure.clear()
        for m in kind.measures if kind else ():
            self.measure.addItem(reference().measure(m).name(self.language), m)
        index = self.measure.findData("people_reached")
        self.measure.setCurrentIndex(max(index, 0))

    def problem_text(self) -> str:
        """What the person must fix, in the UI language (the service checks again)."""
        value = self.value()
        if not isinstance(value["planned"], int):
            return self.tr("The planned figure must be a whole number of 0 or more.")
        if value["date_to"] < value["date_from"]:
            return self.tr("The period ends before it starts.")
        return ""

    def value(self) -> dict:
        def py(d: QDate) -> date:
            return date(d.year(), d.month(), d.day())

        text = self.planned.text().strip().replace("\u00a0", "").replace(" ", "")
        return {
            "kind": self.kind.currentData(),
            "region": self.region.currentData(),
            "date_from": py(self.date_from.date()),
            "date_to": py(self.date_to.date()),
            "measure": self.measure.currentData(),
            "planned": int(text) if text.isdigit() else text,
        }
