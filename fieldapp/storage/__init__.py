"""Storage: the SQLite database (or the coordinators' PostgreSQL hub) through peewee — tables, migrations,
queries and backups."""

from fieldapp.storage.engine import is_url, peewee_without_drivers_when_imported

# peewee is imported when first needed (an SQLite Store reads the first page without it), and then
# without the PostgreSQL drivers it would try at import time (start-up time)
peewee_without_drivers_when_imported()

from fieldapp.storage.store import NotAFieldappDatabase, Store  # noqa: E402

__all__ = ["NotAFieldappDatabase", "Store", "open_store"]


def open_store(target, backup_dir=None, verify: str = "daily", create_hub: bool = False) -> Store:
    """A Store on an SQLite file, or on the coordinators' hub for a postgresql:// URL (storage.hub)."""
    if not is_url(target):  # the hub's module (and its imports) only for a hub
        return Store(target, backup_dir, verify)
    from fieldapp.storage.hub import open_store as _open

    return _open(target, backup_dir, verify, create_hub)
