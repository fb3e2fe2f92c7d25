"""Schema 12: which office an export was addressed to, and each record's last typed row (outside
tester's findings 2 and 3). Frozen; portable (the hub runs it as it is).

- `export_log.for_office`: the office code of an `export --office CODE` (a coordinator sending one
  office its records), "" for an export of the whole set. "Since last export" counts per scope: a
  whole-set since-last export starts after the newest whole-set full or since-last export, an
  `--office X --since-last` one after the newest full or since-last export to X. Exports logged before
  keep "": they count as whole-set exports, as they did (the log cannot tell which were addressed).
- `activity.typed_row`: the typed rows (a filled template's or hand-made sheet's rows with their own
  record ID) that wrote the record here, newest first, as JSON [[import id, {field: canonical text}],
  …] (a few at most); NULL when none did. A typed row with exactly the newest content changes nothing,
  and a corrected re-send changes only the fields that differ from it (docs/decisions.md, "Addressed
  files …"). `typed_import`: the import of the newest one, so that undoing that import gives the record
  the one before (a partial index finds those few records).
"""

from peewee import Database


def apply(db: Database) -> None:
    # Plain ALTER TABLE (no table rebuild, which would drop the totals triggers of schema 4), the same on
    # SQLite and PostgreSQL.
    db.execute_sql('ALTER TABLE "export_log" ADD COLUMN "for_office" TEXT NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "activity" ADD COLUMN "typed_row" TEXT')
    db.execute_sql('ALTER TABLE "activity" ADD COLUMN "typed_import" BIGINT')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "activity_typed_import" ON "activity" ("typed_import") '
        'WHERE "typed_import" IS NOT NULL'
    )
