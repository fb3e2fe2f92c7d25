"""Storage: the SQLite database (or the coordinators' PostgreSQL hub) through peewee — tables, migrations,
queries and backups."""

from fieldapp.storage.engine import import_peewee_without_drivers

import_peewee_without_drivers()  # before any module here imports peewee (start-up time)

from fieldapp.storage.store import NotAFieldappDatabase, Store  # noqa: E402

__all__ = ["NotAFieldappDatabase", "Store", "open_store"]


def open_store(target, backup_dir=None, verify: str = "daily", create_hub: bool = False) -> Store:
    """A Store on an SQLite file, or on the coordinators' hub for a postgresql:// URL (storage.hub)."""
    from fieldapp.storage.hub import open_store as _open

    return _open(target, backup_dir, verify, create_hub)
