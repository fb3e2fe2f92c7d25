"""Schema 12: which office an export was addressed to (outside tester's finding 2). Frozen.

`export_log.for_office`: the office code of an `export --office CODE` (a coordinator sending one office
its records), "" for an export of the whole set. "Since last export" counts per scope: a whole-set
since-last export starts after the newest whole-set full or since-last export, an `--office X
--since-last` one after the newest full or since-last export to X. Exports logged before keep "": they
count as whole-set exports, as they did (the log cannot tell which were addressed to an office).
"""

from peewee import Database


def apply(db: Database) -> None:
    # Plain ALTER TABLE (no table rebuild), the same on SQLite and PostgreSQL.
    db.execute_sql('ALTER TABLE "export_log" ADD COLUMN "for_office" TEXT NOT NULL DEFAULT \'\'')
