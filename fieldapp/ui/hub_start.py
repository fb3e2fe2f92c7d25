"""A remembered shared database (the coordinators' hub) that cannot be reached at start (issue 17): say so
in the UI's language and offer this computer's own file."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldapp.paths import Paths

log = logging.getLogger(__name__)


def start_language(paths: Paths, language: str | None) -> str:
    """The language of messages shown before the data opens: the one asked for, the one last used on
    this computer (settings.ini: the installation's own language is in the unreachable database), or
    the system's."""
    from fieldapp.ui.app import _system_language
    from fieldapp.ui.i18n import LANGUAGES
    from fieldapp.ui.settings import Settings

    last = Settings(paths.home / "settings.ini").get("app/language")
    for choice in (language, last):
        if choice in LANGUAGES:
            return choice
    return _system_language()


def install_start_language(paths: Paths, language: str | None) -> None:
    from fieldapp.ui.i18n import Translators

    Translators(cache_dir=paths.home / "cache" / "i18n").install(start_language(paths, language))


def offer_local_file(
    paths: Paths, error: BaseException, ask: Callable[[QMessageBox], None] | None = None
) -> bool:
    """Say, in the UI's language, that the shared database cannot be reached, and — when the address is
    the one this installation remembered — offer to go back to this computer's file. True when the person
    chose the file (the address is forgotten; Settings → Shared database sets it again)."""
    from fieldapp.services import hub

    detail = getattr(error, "detail", "") or str(error)
    where = hub.display(paths.database_url or "")
    remembered = bool(paths.database_url) and paths.database_url == paths.remembered_database()
    text = (
        QCoreApplication.translate("RecoveryDialog", "The shared database %1 cannot be reached (%2).")
        .replace("%1", where)
        .replace("%2", detail)
    )
    box = QMessageBox(QMessageBox.Icon.Critical, "fieldapp", text, QMessageBox.StandardButton.NoButton)
    box.setObjectName("sharedDatabaseUnreachable")
    local = None
    if remembered:
        box.setInformativeText(
            QCoreApplication.translate(
                "RecoveryDialog",
                "Check the network and start fieldapp again, or use this computer's own file now. The same "
                "in a command window: fieldapp hub use --none",
            )
        )
        local = box.addButton(
            QCoreApplication.translate("RecoveryDialog", "Use this computer's file"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "RecoveryDialog",
                "Check the network, or start fieldapp without --database (or FIELDAPP_DATABASE).",
            )
        )
    quit_button = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(local or quit_button)
    box.setEscapeButton(quit_button)
    if ask is None:
        box.exec()
    else:
        ask(box)
    if local is not None and box.clickedButton() is local:
        hub.remember(paths, None)
        log.info("the shared database %s cannot be reached: back to this computer's file", where)
        return True
    return False
