"""Schema 3: indexes that serve the table's filters and sorts and the dashboard's totals. Frozen.

Each filter column is paired with start_date (the default sort), and SQLite appends the integer
primary key to every index, so a filtered, date-sorted keyset page is a single index range scan.
"""

from peewee import Database

INDEXES = {
    "activity_start_date": ("start_date",),
    "activity_kind_start": ("kind", "start_date"),
    "activity_region_start": ("region", "start_date"),
    "activity_office_start": ("office", "start_date"),
}


def apply(db: Database) -> None:
    for name, columns in INDEXES.items():
        cols = ", ".join(f'"{c}"' for c in columns)
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "activity" ({cols})')
