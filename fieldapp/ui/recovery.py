"""A damaged or lost database at start: say so, and offer the newest good backup (one click to restore)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.domain.errors import DatabaseDamaged, FieldappError
from fieldapp.paths import Paths

log = logging.getLogger(__name__)


class RecoveryDialog(QDialog):
    """Shows what is wrong with the data file and which backup would be restored."""

    def __init__(self, error: DatabaseDamaged, paths: Paths, parent: QWidget | None = None):
        super().__init__(parent)
        self.error, self.paths = error, paths
        self.restored = False
        self.setWindowTitle(self.tr("fieldapp — the data file cannot be used"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this backup"), self)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.restore_button.clicked.connect(self._restore)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.message.setText(self._text())
        self.setMinimumWidth(520)  # long paths and Kazakh sentences wrap into a readable block
        self.restore_button.setEnabled(bool(error.newest_backup))
        (self.restore_button if error.newest_backup else self.quit_button).setDefault(True)

    def _text(self) -> str:
        e = self.error
        if e.missing:
            what = self.tr(
                "The data file %1 is missing or empty, but this computer has backups of it. "
                "This is not a new installation: nothing was created."
            )
        else:
            what = self.tr("The data file %1 is damaged. fieldapp did not write anything to it.")
        what = what.replace("%1", e.database)
        if e.newest_backup:
            offer = self.tr(
                "The newest good backup is %1. Restore it? The damaged file is kept aside, not deleted; "
                "records entered after that backup are not in it."
            ).replace("%1", Path(e.newest_backup).name)
        else:
            offer = self.tr(
                "No good backup was found in %1. Copy a backup you kept elsewhere to this computer and run: "
                "fieldapp restore FILE"
            ).replace("%1", str(self.paths.backups))
        return f"{what}\n\n{offer}"

    def _restore(self) -> None:
        from fieldapp.services import maintenance

        self.restore_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.problem.setText(
            self.tr("Checking the backup completely, then restoring it. This can take a minute…")
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            maintenance.restore(self.paths, self.error.newest_backup)
        except FieldappError as e:
            self.quit_button.setEnabled(True)
            log.warning("restoring %s failed: %s", self.error.newest_backup, e)
            self.problem.setText(self.tr("The backup could not be restored: %1").replace("%1", str(e)))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.restored = True
        self.accept()


def open_or_recover(
    paths: Paths,
    language: str | None,
    ask: Callable[[RecoveryDialog], None] | None = None,
    tasks=None,
    accessibility: bool = True,
    damaged: DatabaseDamaged | None = None,
):
    """build_context, or — when the database is damaged or lost — the recovery dialog and a retry.

    `ask` shows the dialog (tests answer it directly); returns None when the person quits. `damaged`:
    the error a first attempt already met (the desktop app opens without importing this module).
    """
    from fieldapp.ui.app import build_context

    while True:
        try:
            if damaged is not None:
                error, damaged = damaged, None
                raise error
            return build_context(paths, language, tasks=tasks, accessibility=accessibility)
        except DatabaseDamaged as e:
            log.warning("the database cannot be used: %s", e)
            from fieldapp.ui.hub_start import install_start_language

            # the installation's language is in the damaged file: the one last used on this computer
            install_start_language(paths, language)
            _accessible()  # a start that goes no further than this dialog names its inputs too
            dialog = RecoveryDialog(e, paths)
            if ask is None:
                dialog.exec()
            else:
                ask(dialog)
            if not dialog.restored:
                return None


def _accessible() -> None:
    from fieldapp.ui.widgets import a11y

    a11y.install(QApplication.instance())
