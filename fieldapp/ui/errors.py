"""Unhandled errors: log them, tell the person what happened and where the log is; saved data is safe."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("fieldapp.ui")


def error_text(error: BaseException, where: str = "") -> tuple[str, str]:
    """(headline, details) for the dialog, in the UI language."""
    storage = storage_error_text(error)
    if storage is not None:
        return storage, ""
    headline = QCoreApplication.translate(
        "ErrorDialog", "Something went wrong, and fieldapp stopped what it was doing."
    )
    saved = QCoreApplication.translate(
        "ErrorDialog", "Records you had already saved are safe: every save is written to disk at once."
    )
    what = f"{type(error).__name__}: {error}"
    if where:
        what = QCoreApplication.translate("ErrorDialog", "While: %1").replace("%1", where) + "\n" + what
    return headline, f"{saved}\n\n{what}"


def storage_error_text(error: BaseException) -> str | None:
    """Words for what a person can fix (another writer, a full disk, a read-only or damaged file)."""
    from fieldapp.domain.errors import CannotWrite, DatabaseBusy, DatabaseDamaged

    if isinstance(error, DatabaseBusy):
        return QCoreApplication.translate(
            "ErrorDialog",
            "Another fieldapp is writing to this data (for example an import). Wait a moment and try again.",
        )
    if isinstance(error, CannotWrite):
        if error.disk_full:
            text = QCoreApplication.translate(
                "ErrorDialog", "The disk is full: cannot write to %1. Free some space and try again."
            )
        else:
            text = QCoreApplication.translate(
                "ErrorDialog", "Cannot write to %1. Check that the folder is writable, then try again."
            )
        return text.replace("%1", error.directory)
    if isinstance(error, DatabaseDamaged):
        return QCoreApplication.translate(
            "ErrorDialog",
            "The data file is damaged; nothing more is written to it. Close fieldapp and start it again "
            "to restore the newest good backup.",
        )
    return None


class ErrorReporter(QObject):
    """Installed as sys.excepthook (and for threads); shows at most one dialog at a time."""

    reported = Signal(str, str)  # headline, details — for tests and for the self-test
    _from_thread = Signal(object, str)

    def __init__(self, log_path: Path, show_dialogs: bool = True, parent: QObject | None = None, paths=None):
        super().__init__(parent)
        self.log_path = log_path
        self.paths = paths  # to tell a locked, full or damaged database from a bug
        self.show_dialogs = show_dialogs
        self.showing = False
        self._previous = (sys.excepthook, threading.excepthook)
        self._from_thread.connect(self.report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._threadhook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(self, etype, value, tb) -> None:
        if issubclass(etype, KeyboardInterrupt):
            QApplication.quit()
            return
        log.critical("unhandled error", exc_info=(etype, value, tb))
        self.report(value, "")

    def _threadhook(self, args) -> None:
        log.critical(
            "unhandled error in a thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
        )
        self._from_thread.emit(args.exc_value, "")

    def report(self, error: BaseException, where: str = "") -> None:
        """Called for errors nobody handled (including failed background tasks without on_error)."""
        if where and error.__traceback__ is not None:
            log.error("%s failed: %s", where, "".join(traceback.format_exception(error)))
        if self.paths is not None:
            from fieldapp.services.maintenance import user_error

            error = user_error(error, self.paths) or error
        headline, details = error_text(error, where)
        details += "\n\n" + QCoreApplication.translate(
            "ErrorDialog", "Details were written to the log: %1"
        ).replace("%1", str(self.log_path))
        self.reported.emit(headline, details)
        if not self.show_dialogs or self.showing:
            return
        self.showing = True
        QTimer.singleShot(0, lambda: self._dialog(headline, details))

    def _dialog(self, headline: str, details: str) -> None:
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("ErrorDialog", "fieldapp — error"),
                headline,
            )
            box.setInformativeText(details)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addButton(QCoreApplication.translate("ErrorDialog", "OK"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
        finally:
            self.showing = False
