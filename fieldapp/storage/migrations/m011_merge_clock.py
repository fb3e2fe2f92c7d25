"""Schema 11: merge version 2 — each record's clock (who wrote which field, what they had seen) and its
conflict list, both as text (see fieldapp.domain.clock). Frozen.

Records written before keep "" in both: they count as one write by their last writer. A partial index
finds the few records holding conflicts without scanning all of them.
"""

from peewee import Database


def apply(db: Database) -> None:
    # Plain ALTER TABLE: playhouse.migrate rebuilds an SQLite table for NOT NULL, which drops the
    # totals triggers of schema 4.
    for column in ("clock", "conflicts"):
        db.execute_sql(f'ALTER TABLE "activity" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "activity_conflicts" ON "activity" ("pk") WHERE "conflicts" != \'\''
    )
