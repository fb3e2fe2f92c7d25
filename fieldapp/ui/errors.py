"""Unhandled errors: log them, tell the person what happened and where the log is; saved data is safe."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger("fieldapp.ui")


def _doing(where: str) -> str:
    """The task label (English, from the code) as the UI language says it; '' for unknown labels."""
    return {
        "save record": QCoreApplication.translate("ErrorDialog", "saving the record"),
        "delete": QCoreApplication.translate("ErrorDialog", "deleting records"),
        "restore": QCoreApplication.translate("ErrorDialog", "restoring records"),
        "revert": QCoreApplication.translate("ErrorDialog", "restoring an earlier version"),
        "count": QCoreApplication.translate("ErrorDialog", "counting the records"),
        "demo data": QCoreApplication.translate("ErrorDialog", "adding demo records"),
        "search": QCoreApplication.translate("ErrorDialog", "searching"),
    }.get(where, "")


def is_busy(error: BaseException) -> bool:
    """SQLite's "database is locked" (another fieldapp, or a backup tool, held the write lock too long).

    Matched by name: the UI imports no database driver (the layers keep SQL in storage)."""
    text = str(error).lower()
    return type(error).__name__ == "OperationalError" and ("locked" in text or "busy" in text)


def busy_text() -> str:
    return QCoreApplication.translate(
        "ErrorDialog", "Another fieldapp is writing to this data; try again in a moment."
    )


def error_text(error: BaseException, where: str = "") -> tuple[str, str]:
    """(headline, details) for the dialog, in the UI language; the technical line (type: message, in
    English) comes last, apart, so that the dialog can fold it away (see `technical_line`)."""
    storage = storage_error_text(error)
    if storage is not None:
        return storage, ""
    headline = (
        busy_text()
        if is_busy(error)
        else QCoreApplication.translate(
            "ErrorDialog", "Something went wrong, and fieldapp stopped what it was doing."
        )
    )
    saved = QCoreApplication.translate(
        "ErrorDialog", "Records you had already saved are safe: every save is written to disk at once."
    )
    doing = _doing(where)
    if doing:
        saved = QCoreApplication.translate("ErrorDialog", "While: %1").replace("%1", doing) + "\n" + saved
    return headline, f"{saved}\n\n{technical_line(error)}"


def technical_line(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def no_role_text(error) -> str:
    """A login nobody granted a fieldapp role (domain.errors.NoFieldappRole)."""
    return (
        QCoreApplication.translate(
            "ErrorDialog",
            "The login %1 has no access to fieldapp's tables in the shared database: it needs the role "
            "fieldapp_coordinator (read and write) or fieldapp_viewer (read only). Ask %2 to grant one with "
            "fieldapp hub init; nothing was changed.",
        )
        .replace("%1", error.login)
        .replace("%2", error.owner)
    )


def storage_error_text(error: BaseException) -> str | None:
    """Words for what a person can fix (another writer, a full disk, a read-only or damaged file)."""
    from fieldapp.domain.errors import (
        CannotWrite,
        DatabaseBusy,
        DatabaseDamaged,
        NoFieldappRole,
        NotYourOffice,
        ReadOnlyAccess,
        SharedDatabaseNeedsUpgrade,
        SharedDatabaseNotSetUp,
        SharedDatabaseRefused,
        SharedDatabaseUnavailable,
    )

    if isinstance(error, SharedDatabaseNeedsUpgrade):
        return (
            QCoreApplication.translate(
                "ErrorDialog",
                "The shared database %1 needs an upgrade by its owner: it lacks migration %3 of this "
                "fieldapp. Ask them to run fieldapp hub init as %2, then start fieldapp again; nothing was "
                "changed.",
            )
            .replace("%1", error.where)
            .replace("%2", error.owner)
            .replace("%3", error.numbers)
        )
    if isinstance(error, NoFieldappRole):
        return no_role_text(error)
    if isinstance(error, SharedDatabaseNotSetUp):
        return QCoreApplication.translate(
            "ErrorDialog",
            "The shared database %1 is empty: fieldapp is not set up there yet. Its owner runs "
            "fieldapp hub init first; nothing was changed.",
        ).replace("%1", error.where)
    if isinstance(error, SharedDatabaseRefused):
        return QCoreApplication.translate(
            "ErrorDialog",
            "The shared database's server refused (%1): only the database's owner may set up or upgrade "
            "fieldapp there, with fieldapp hub init; nothing was changed.",
        ).replace("%1", error.detail)
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
    if isinstance(error, ReadOnlyAccess):
        return QCoreApplication.translate(
            "ErrorDialog",
            "This login may only read the shared database (a viewer's); nothing was changed. Ask the "
            "administrator for a coordinator's login to make changes.",
        )
    if isinstance(error, SharedDatabaseUnavailable):
        return QCoreApplication.translate(
            "ErrorDialog",
            "The shared database cannot be reached (%1); nothing was changed. Check the network, then "
            "try again.",
        ).replace("%1", error.detail)
    if isinstance(error, NotYourOffice):
        return QCoreApplication.translate(
            "ErrorDialog",
            "This record belongs to office %1: only %1 or a coordinator can change it. Nothing was changed.",
        ).replace("%1", error.owner)
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
        # emitted by threading.excepthook, i.e. from a worker thread: Qt's automatic connection queues
        # it to this object's (the UI) thread, as an explicit QueuedConnection would (the explicit one
        # touched Qt's enum namespace before the first paint: docs/performance.md, start-up)
        self._from_thread.connect(self.report)

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
        technical = technical_line(error)
        logged = QCoreApplication.translate("ErrorDialog", "Details were written to the log: %1").replace(
            "%1", str(self.log_path)
        )
        details += "\n\n" + logged
        self.reported.emit(headline, details)
        if not self.show_dialogs or self.showing:
            return
        self.showing = True
        # the dialog speaks the UI language; the English technical line is folded under "Show details"
        readable = details.replace(technical, "").replace("\n\n\n\n", "\n\n").strip()
        QTimer.singleShot(0, lambda: self._dialog(headline, readable, technical))

    def _dialog(self, headline: str, details: str, technical: str = "") -> None:
        # imported when an error is shown: QMessageBox's set-up cost the window's start-up ~10 ms
        from PySide6.QtWidgets import QMessageBox

        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("ErrorDialog", "fieldapp — error"),
                headline,
            )
            box.setInformativeText(details)
            if technical:
                box.setDetailedText(technical)
            from PySide6.QtCore import Qt

            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addButton(QCoreApplication.translate("ErrorDialog", "OK"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
        finally:
            self.showing = False
