"""The application context handed to every page: paths, workspace, settings, tasks, language, signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fieldapp.paths import Paths
from fieldapp.services.changes import Changed
from fieldapp.services.workspace import Workspace
from fieldapp.ui.i18n import Translators
from fieldapp.ui.settings import Settings


class AppContext(QObject):
    """One per window; no module-level state. Every mutation is announced through `changed`."""

    changed = Signal(object)  # fieldapp.services.changes.Changed
    languageChanged = Signal(str)  # 'kk' | 'ru' | 'en'

    def __init__(
        self,
        paths: Paths,
        workspace: Workspace,
        settings: Settings,
        tasks,
        language: str = "ru",
        translators: Translators | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.paths = paths
        self.workspace = workspace
        self.settings = settings
        self.tasks = tasks
        self.language = language
        self.translators = translators

    @property
    def records(self):
        return self.workspace.records

    @property
    def may_write(self) -> bool:
        """False for a viewer's login on the shared database: the app then offers no action that writes
        (the server would refuse it anyway). Asked once per window."""
        if getattr(self, "_may_write", None) is None:
            if not self.workspace.paths.database_url:
                self._may_write = True  # this computer's own file (the hub's modules are not needed)
            else:
                from fieldapp.services import hub

                self._may_write = hub.may_write(self.workspace)
        return self._may_write

    def announce(self, changed: Changed) -> None:
        """Tell every view what a mutation changed (call on the UI thread)."""
        self.changed.emit(changed)

    def announce_settings(self) -> None:
        self.changed.emit(Changed(settings=True))

    def announce_records_reload(self) -> None:
        """Records changed in an unknown way (e.g. a cancelled bulk task committed part of its work)."""
        self.changed.emit(Changed(created=("*",)))

    def set_language(self, language: str, persist: bool = True) -> None:
        """Switch the UI language live: translators, locale, then `languageChanged`."""
        if persist and self.workspace.installation is not None and self.may_write:
            self.workspace.set_language(language)  # a viewer's choice stays on this computer
        if self.translators is not None:
            self.translators.install(language)
        changed = language != self.language
        self.language = language
        self.settings.set("app/language", language)
        if changed:
            self.languageChanged.emit(language)
