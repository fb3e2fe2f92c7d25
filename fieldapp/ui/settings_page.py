"""The Settings page: office identity and language (live), entry preferences, reference data, training,
folders."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import Cancelled
from fieldapp.ui.office import OfficeForm
from fieldapp.ui.reference_box import ReferenceBox
from fieldapp.ui.shared_database import SharedDatabaseBox
from fieldapp.ui.widgets.buttons import ask


class SettingsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        self.office_box = QGroupBox(self)
        self.office = OfficeForm(ctx.language, self.office_box)
        self.office.load(ctx.workspace.installation)
        self.office.set_language(ctx.language)  # the language in use (may come from --language)
        self.save_office = QPushButton(self.office_box)
        self.save_office.setObjectName("saveOffice")
        self.saved_note = QLabel(self.office_box)
        office_lay = QVBoxLayout(self.office_box)
        office_lay.addWidget(self.office)
        row = QHBoxLayout()
        row.addWidget(self.save_office)
        row.addWidget(self.saved_note, 1)
        office_lay.addLayout(row)

        self.entry_box = QGroupBox(self)
        self.warn_duplicates = QCheckBox(self.entry_box)
        self.warn_duplicates.setObjectName("warnDuplicates")
        self.warn_duplicates.setChecked(ctx.settings.get("form/warn_duplicates"))
        self.overdue = QSpinBox(self.entry_box)
        self.overdue.setRange(1, 365)
        self.overdue.setValue(ctx.settings.get("dashboard/overdue_days"))
        self.overdue_label = QLabel(self.entry_box)
        self.overdue_label.setBuddy(self.overdue)
        entry_lay = QFormLayout(self.entry_box)
        entry_lay.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a 3-digit box
        entry_lay.addRow(self.warn_duplicates)
        entry_lay.addRow(self.overdue_label, self.overdue)
        self.role = QComboBox(self.entry_box)
        self.role.setObjectName("role")
        self.role.addItems(["", ""])
        self.role_label = QLabel(self.entry_box)
        self.role_label.setBuddy(self.role)
        self.role.setCurrentIndex(1 if ctx.workspace.installation.is_coordinator else 0)
        entry_lay.addRow(self.role_label, self.role)

        self.reference_box = ReferenceBox(ctx, self)
        self.shared_box = SharedDatabaseBox(ctx, self)

        self.demo_box = QGroupBox(self)
        self.demo_count = QSpinBox(self.demo_box)
        self.demo_count.setObjectName("demoCount")
        self.demo_count.setRange(10, 1_000_000)
        self.demo_count.setSingleStep(1000)
        self.demo_count.setValue(1000)
        self.demo_button = QPushButton(self.demo_box)
        self.demo_button.setObjectName("addDemo")
        self.training_button = QPushButton(self.demo_box)
        self.training_button.setObjectName("openTrainingCopy")
        self.demo_note = QLabel(self.demo_box)
        self.demo_note.setWordWrap(True)
        demo_lay = QHBoxLayout(self.demo_box)
        demo_lay.addWidget(self.demo_count)
        demo_lay.addWidget(self.demo_button)
        demo_lay.addWidget(self.training_button)
        demo_lay.addWidget(self.demo_note, 1)
        # demo records only in a training copy; a real office gets "Open a training copy" instead
        training = self.is_training()
        self.demo_count.setVisible(training)
        self.demo_button.setVisible(training)
        self.training_button.setVisible(not training)
        self.training_opened: Path | None = None
        if not ctx.may_write:  # a viewer's login on the shared database: nothing here may write to it
            for widget in (self.save_office, self.role, self.demo_count, self.demo_button):  # language stays
                widget.setEnabled(False)
            for widget in (self.reference_box.import_button, self.reference_box.undo_button):
                widget.setEnabled(False)
            self.reference_box.editor.setEnabled(False)

        self.folders_box = QGroupBox(self)
        self.data_label = QLabel(self.folders_box)
        self.data_label.setWordWrap(True)
        self.open_data = QPushButton(self.folders_box)
        self.open_logs = QPushButton(self.folders_box)
        folders_lay = QVBoxLayout(self.folders_box)
        folders_lay.addWidget(self.data_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_data)
        buttons.addWidget(self.open_logs)
        buttons.addStretch(1)
        folders_lay.addLayout(buttons)

        # The page scrolls: a coordinator's reference-data editor makes it taller than a netbook's screen.
        inner = QWidget(self)
        lay = QVBoxLayout(inner)
        boxes = (self.office_box, self.entry_box, self.reference_box, self.shared_box, self.demo_box)
        for box in (*boxes, self.folders_box):
            lay.addWidget(box)
        lay.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.office.languageChosen.connect(self._language_chosen)
        self.save_office.clicked.connect(self._save_office)
        self.warn_duplicates.toggled.connect(lambda on: ctx.settings.set("form/warn_duplicates", on))
        self.overdue.valueChanged.connect(self._overdue_changed)
        self.role.activated.connect(self._role_chosen)
        self.demo_button.clicked.connect(self.add_demo)
        self.training_button.clicked.connect(self.open_training_copy)
        self.open_data.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.paths.home)))
        )
        self.open_logs.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.paths.logs)))
        )
        ctx.languageChanged.connect(self.office.set_language)
        self.retranslate()

    def retranslate(self) -> None:
        self.office_box.setTitle(self.tr("Office and language"))
        self.save_office.setText(self.tr("Save office details"))
        self.entry_box.setTitle(self.tr("Entry and dashboard"))
        self.warn_duplicates.setText(self.tr("Warn before saving a record that looks like a duplicate"))
        self.overdue_label.setText(self.tr("An office is late after this many days without a workbook"))
        self.role_label.setText(self.tr("This installation is"))
        self.role.setItemText(0, self.tr("an office's (other offices' files may not change its records)"))
        self.role.setItemText(1, self.tr("the coordinator's (may correct any office's records)"))
        self.demo_box.setTitle(self.tr("Training"))
        self.demo_button.setText(self.tr("Add demo records"))
        self.training_button.setText(self.tr("Open a training copy"))
        if self.is_training():
            self.demo_note.setText(self.tr("This is a training copy: add made-up records and practise. "
                                           "Real installations refuse its workbooks."))  # fmt: skip
        elif self.training_opened is not None:
            self.demo_note.setText(
                self.tr("The training copy opened in a new window. Its data is kept apart, in: %1").replace(
                    "%1", str(self.training_opened)
                )
            )
        else:
            self.demo_note.setText(self.tr("Practise in a separate copy with made-up records; "
                                           "this office's data is not touched."))  # fmt: skip
        self.folders_box.setTitle(self.tr("Folders"))
        self.data_label.setText(
            self.tr("Data, backups and logs are kept in: %1").replace("%1", str(self.ctx.paths.home))
        )
        self.open_data.setText(self.tr("Open data folder"))
        self.open_logs.setText(self.tr("Open log folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, language: str) -> None:
        self.ctx.set_language(language)

    def _save_office(self) -> None:
        if self.office.save(self.ctx.workspace):
            self.saved_note.setText(self.tr("Saved."))
            self.ctx.announce_settings()
        else:
            self.saved_note.clear()

    def confirm_role(self, coordinator: bool) -> bool:
        """Ask before changing who may change whose records (tests replace this)."""
        if coordinator:
            text = self.tr(
                "Make this the coordinator's installation? It will accept corrections to any office's data."
            )
        else:
            text = self.tr(
                "Make this an office's installation? Rows of other offices' records will be refused."
            )
        return ask(self, self.tr("Role"), text, self.tr("Change"), self.tr("Keep as it is"))

    def _role_chosen(self, index: int) -> None:
        current = self.ctx.workspace.installation.is_coordinator
        wanted = index == 1
        if wanted == current:
            return
        if not self.confirm_role(wanted):
            self.role.setCurrentIndex(1 if current else 0)
            return
        self.ctx.workspace.set_role("coordinator" if wanted else "office")
        self.ctx.announce_settings()

    def _overdue_changed(self, days: int) -> None:
        self.ctx.settings.set("dashboard/overdue_days", days)
        self.ctx.announce_settings()

    def is_training(self) -> bool:
        inst = self.ctx.workspace.installation
        return bool(inst and inst.training)

    def open_training_copy(self) -> Path | None:
        """Open (creating and marking it on first use) the training home beside this one, in a new window."""
        from fieldapp.services import training

        try:
            target = training.open_training_copy(self.ctx.paths, self.ctx.workspace.installation)
        except training.NotATrainingHome:
            where = training.training_home(self.ctx.paths).home
            self.demo_note.setText(
                self.tr("%1 holds an office's real data, so it cannot be a training copy.").replace(
                    "%1", str(where)
                )
            )
            return None
        self.launch(training_command(target.home, self.ctx.language))
        self.training_opened = target.home
        self.retranslate()
        return target.home

    def launch(self, command: list[str]) -> None:
        """Start another fieldapp window (tests replace this to keep the run headless)."""
        QProcess.startDetached(command[0], command[1:])

    def add_demo(self):
        """Generate demo records on the writer thread, with progress and cancel in the status bar."""
        n, ws = self.demo_count.value(), self.ctx.workspace

        def work(progress, cancelled):
            ws.require_training()  # never into an office's real data

            def report(done, total):
                progress(done, total)
                if cancelled():
                    raise Cancelled()

            return ws.add_demo_records(n, seed=n, progress=report, batch=min(5000, max(n // 20, 100)))

        self.demo_button.setEnabled(False)
        handle = self.ctx.tasks.run(work, on_done=self._demo_done, label="demo data")
        handle.finished.connect(lambda: self.demo_button.setEnabled(True))
        handle.failed.connect(lambda e: self.ctx.announce_records_reload())
        strip = getattr(self.window(), "status_bar", None)
        if strip is not None:
            strip.tasks.track(handle, self.tr("Adding demo records…"))
        return handle

    def _demo_done(self, changed) -> None:
        self.ctx.announce(changed)


def training_command(home: Path, language: str) -> list[str]:
    """The command that starts fieldapp's window on `home`: the frozen exe itself, or this Python."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "fieldapp"]
    return [*program, "--home", str(home), "--language", language]
