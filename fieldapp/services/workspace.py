"""A workspace: one installation's database and the services over it (the headless composition root).

The UI and the command line reach every use-case through a workspace — its `records`, its methods
below, or a service function that takes the workspace — and never hold its store (a test walks their
code for `.store`). The methods import their service modules when first called (start-up budget).
"""

from __future__ import annotations

from fieldapp.domain.reference import Reference, from_data, shipped, shipped_data, with_former_names
from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.records import Records
from fieldapp.storage import backup as backups
from fieldapp.storage import open_store


class Workspace:
    """Opening one checks the database (see Store: `verify`) and, with `daily_backup`, backs it up when
    the newest backup is a day old and the data changed since."""

    def __init__(
        self, paths: Paths, verify: str = "daily", daily_backup: bool = False, create_hub: bool = False
    ):
        """`create_hub`: an empty shared database gets fieldapp's schema (only `fieldapp init` asks)."""
        self.paths = paths.ensure()
        self.store = open_store(paths.store_target, paths.backups, verify=verify, create_hub=create_hub)
        self.records = Records(self.store, reference=lambda: self.reference)
        self._reference: Reference | None = None
        if daily_backup:
            try:
                self.daily_backup()
            except BaseException:
                self.store.close()
                raise

    def daily_backup(self):
        """The automatic daily backup (None when one is not due)."""
        return backups.automatic(self.store, "daily", older_than_s=backups.DAILY_S)

    @property
    def reference(self) -> Reference:
        """This installation's reference data: the coordinator's newest version here, or the shipped."""
        if self._reference is None:
            from fieldapp.storage import reference_data

            stored = reference_data.current(self.store)
            self._reference = from_data(stored.data) if stored else shipped()
            if stored:  # names a renamed kind had before still read as that kind (old templates)
                older = [v.data for v in reference_data.history(self.store)[1:]]
                self._reference = with_former_names(self._reference, [*older, shipped_data()])
        return self._reference

    def reference_changed(self) -> None:
        """Read the reference data again (after an edit, an import or an undo)."""
        self._reference = None

    @property
    def installation(self) -> installation.Installation | None:
        return installation.load(self.store)

    # -- the installation ------------------------------------------------------------------------------

    def require(self) -> installation.Installation:
        """The installation; BadInput ("run `fieldapp init` first") when there is none."""
        return installation.require(self.store)

    def configure(
        self,
        office_code: str,
        office_name: str,
        region: str,
        language: str = "ru",
        training: bool = False,
        role: str | None = None,
    ) -> installation.Installation:
        """Set up (or change) the office this installation reports for (see installation.configure)."""
        return installation.configure(
            self.store, office_code, office_name, region, language, training=training, role=role
        )

    def require_training(self) -> installation.Installation:
        return installation.require_training(self.store)

    def set_language(self, language: str) -> None:
        installation.set_language(self.store, language)

    def set_role(self, role: str) -> installation.Installation:
        return installation.set_role(self.store, role)

    def add_demo_records(self, n: int, **options):
        """Demo records, only in a training installation (see demo.generate for the options)."""
        from fieldapp.services import demo

        self.require_training()  # never into an office's real data
        return demo.generate(self.store, n, **options)

    # -- conflicts and the exchange logs -----------------------------------------------------------------

    def conflicts(self, include_resolved: bool = False) -> list:
        """Every conflict held here (open ones only unless asked): services.conflicts.Conflict rows."""
        from fieldapp.services import conflicts

        return conflicts.list_conflicts(self.store, include_resolved=include_resolved)

    def open_conflicts(self) -> int:
        return len(self.conflicts())

    def exchange_history(self, limit: int = 200) -> tuple[list, list]:
        """The import and export logs, newest first (ImportLogEntry, ExportLogEntry)."""
        from fieldapp.services import import_log

        return import_log.history(self.store, limit)

    def last_counted_export(self):
        """The latest full or since-last export: where "changes not yet exported" are counted from."""
        from fieldapp.services import import_log

        return import_log.last_counted_export(self.store)

    def undoable_imports(self) -> list:
        """The import-log entries an undo would take back, newest first (empty: nothing to undo)."""
        from fieldapp.services import import_log

        return import_log.undoable_batch(self.store)

    @property
    def where(self) -> str:
        """Where the data lives, for messages: the shared database's address (no password) or the file."""
        return str(getattr(self.store, "where", self.paths.database))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
