"""The PostgreSQL forms of the SQLite-only pieces of the schema, applied by HubStore in place of them.

The migrations in `migrations/` stay frozen; where one is SQLite-only (triggers in SQLite's dialect, an
FTS5 table, a SQLite user function), the hub runs the form here under the same number:

- 1 (after the tables): `fa_fold(text)`, the case- and normalisation-folding that search applies (on
  SQLite a Python function registered per connection), and `substr(date, int, int)` so that the
  month grouping `SUBSTR(start_date, 1, 7)` reads a DATE column as SQLite reads its ISO text.
- 4: `activity_totals` kept by a PL/pgSQL trigger function with the same invariant as SQLite's triggers.
- 5: a pg_trgm GIN index over the searched columns, case-folded with `fa_fold` and joined by spaces
  (`search_index`), where the server lets the owner create the extension (Debian's and EDB's
  packages ship it; it is a trusted extension: the database's CREATE privilege suffices). Search adds
  `<that text> LIKE '%needle%'` (a superset of the per-column test, which the index answers) beside the
  exact per-column `fa_fold(...) LIKE`, so results are the scan's; without the index search scans.
  `fieldapp hub init` adds the index to a hub set up before it (no new migration number needed).

After every migration, `unbounded` turns each `character varying(n)` column (peewee's CharField is
VARCHAR(255)) into `text`: SQLite's TEXT holds any length, so a workbook one engine accepts must not
fail on the other with "value too long".
"""

from __future__ import annotations

MEASURES = (
    "items_distributed",
    "sites_covered",
    "sessions",
    "volunteers",
    "volunteer_hours",
    "people_reached",
    "children_reached",
)
KEYS = ("start_date", "kind", "region", "office")
WATCHED = ("deleted", *KEYS, *MEASURES)
SEARCHED = ("district", "settlement", "partners", "notes", "entered_by")
# What the trigram index holds and search narrows by (record_sql.where_sql): the searched columns,
# case-folded as search folds them, joined by spaces.
SEARCHED_TEXT = " || ' ' || ".join(f"COALESCE(fa_fold(\"{c}\"), '')" for c in SEARCHED)


def compat(db) -> None:
    icu = db.execute_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").fetchone()
    folded = "lower(normalize(COALESCE($1, ''), NFC) COLLATE \"und-x-icu\")" if icu else "lower($1)"
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION fa_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        f"AS $$ SELECT {folded} $$"
    )
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION substr(date, integer, integer) RETURNS text LANGUAGE sql IMMUTABLE "
        "PARALLEL SAFE AS $$ SELECT substr(to_char($1, 'YYYY-MM-DD'), $2, $3) $$"
    )


def m001(db, frozen) -> None:
    frozen(db)
    compat(db)


def m004(db, frozen=None) -> None:
    """activity_totals: per start date × kind × region × office, the active records and their sums."""
    sums = ", ".join(f"{m} BIGINT NOT NULL DEFAULT 0" for m in MEASURES)
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS activity_totals (start_date TEXT NOT NULL, kind TEXT NOT NULL, "
        "region TEXT NOT NULL, office TEXT NOT NULL, n BIGINT NOT NULL DEFAULT 0, "
        f"{sums}, PRIMARY KEY ({', '.join(KEYS)}))"
    )
    key_of = {k: (f"to_char(%s.{k}, 'YYYY-MM-DD')" if k == "start_date" else f"%s.{k}") for k in KEYS}
    where = " AND ".join(f"{k} = {key_of[k] % 'OLD'}" for k in KEYS)
    minus = ", ".join(("n = n - 1", *(f"{m} = {m} - COALESCE(OLD.{m}, 0)" for m in MEASURES)))
    cols = ", ".join((*KEYS, "n", *MEASURES))
    values = ", ".join(
        (*(key_of[k] % "NEW" for k in KEYS), "1", *(f"COALESCE(NEW.{m}, 0)" for m in MEASURES))
    )
    plus = ", ".join(
        ("n = activity_totals.n + 1", *(f"{m} = activity_totals.{m} + excluded.{m}" for m in MEASURES))
    )
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION activity_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' AND NOT OLD.deleted THEN UPDATE activity_totals SET {minus} WHERE {where}; "
        "END IF; "
        "IF TG_OP <> 'DELETE' AND NOT NEW.deleted THEN "
        f"INSERT INTO activity_totals ({cols}) VALUES ({values}) "
        f"ON CONFLICT ({', '.join(KEYS)}) DO UPDATE SET {plus}; END IF; "
        "RETURN NULL; END $$"
    )
    db.execute_sql("DROP TRIGGER IF EXISTS activity_totals_write ON activity")
    db.execute_sql("DROP TRIGGER IF EXISTS activity_totals_update ON activity")
    db.execute_sql(
        "CREATE TRIGGER activity_totals_write AFTER INSERT OR DELETE ON activity "
        "FOR EACH ROW EXECUTE FUNCTION activity_totals_keep()"
    )
    db.execute_sql(
        f"CREATE TRIGGER activity_totals_update AFTER UPDATE OF {', '.join(WATCHED)} ON activity "
        "FOR EACH ROW EXECUTE FUNCTION activity_totals_keep()"
    )
    sums = ", ".join(f"COALESCE(SUM({m}), 0)" for m in MEASURES)
    db.execute_sql("DELETE FROM activity_totals")
    db.execute_sql(
        f"INSERT INTO activity_totals ({cols}) "
        f"SELECT to_char(start_date, 'YYYY-MM-DD'), kind, region, office, COUNT(*), {sums} FROM activity "
        f"WHERE NOT deleted GROUP BY start_date, kind, region, office"
    )


TRIGRAM_INDEX = "activity_search_trgm"


def m005(db, frozen=None) -> None:
    """The trigram index of search where the server has pg_trgm; otherwise search scans, as SQLite
    does without FTS5."""
    search_index(db)


def search_index(db) -> bool:
    """Create pg_trgm (if allowed) and the trigram index on the folded searched text; idempotent.
    False when the extension is not available or refused: a savepoint keeps the caller's transaction."""
    from peewee import DatabaseError

    if has_search_index(db):  # CREATE INDEX IF NOT EXISTS would still need the table's owner
        return True
    try:
        with db.atomic():  # nested in the migration's transaction: a savepoint
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:  # not installed on the server (58P01), or no CREATE on the database (42501)
        return False
    on = f'"activity" USING gin (({SEARCHED_TEXT}) gin_trgm_ops)'
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{TRIGRAM_INDEX}" ON {on}')
    return True


def has_search_index(db) -> bool:
    row = db.execute_sql(
        "SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = %s", (TRIGRAM_INDEX,)
    ).fetchone()
    return row is not None


def bounded_columns(db) -> list[tuple[str, str]]:
    """(table, column) of every `character varying` column in the current schema."""
    return db.execute_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND data_type = 'character varying' "
        "ORDER BY table_name, column_name"
    ).fetchall()


def unbounded(db) -> None:
    """Every text column of the schema as `text`, of any length, as on SQLite."""
    for table, column in bounded_columns(db):
        db.execute_sql(
            f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE text'  # names from the catalogue
        )


FORMS = {1: m001, 4: m004, 5: m005}


def form(number: int, frozen):
    """The migration to run on PostgreSQL for `number` (its frozen SQLite form where that is portable)."""
    pg = FORMS.get(number)

    def run(db) -> None:
        if pg is None:
            frozen(db)
        else:
            pg(db, frozen)
        unbounded(db)

    return run
