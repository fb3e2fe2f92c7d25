"""A workspace: one installation's database and the services over it (the headless composition root)."""

from __future__ import annotations

from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.records import Records
from fieldapp.storage import Store


class Workspace:
    def __init__(self, paths: Paths):
        self.paths = paths.ensure()
        self.store = Store(paths.database, paths.backups)
        self.records = Records(self.store)

    @property
    def installation(self) -> installation.Installation | None:
        return installation.load(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
