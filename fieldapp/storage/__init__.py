"""Storage: the SQLite database through peewee — tables, migrations, queries and backups."""

from fieldapp.storage.store import NotAFieldappDatabase, Store

__all__ = ["NotAFieldappDatabase", "Store"]
