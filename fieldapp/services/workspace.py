"""A workspace: one installation's database and the services over it (the headless composition root)."""

from __future__ import annotations

from fieldapp.domain.reference import Reference, from_data, shipped
from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.records import Records
from fieldapp.storage import backup as backups
from fieldapp.storage import open_store


class Workspace:
    """Opening one checks the database (see Store: `verify`) and, with `daily_backup`, backs it up when
    the newest backup is a day old and the data changed since."""

    def __init__(self, paths: Paths, verify: str = "daily", daily_backup: bool = False):
        self.paths = paths.ensure()
        self.store = open_store(paths.store_target, paths.backups, verify=verify)
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
        return self._reference

    def reference_changed(self) -> None:
        """Read the reference data again (after an edit, an import or an undo)."""
        self._reference = None

    @property
    def installation(self) -> installation.Installation | None:
        return installation.load(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
