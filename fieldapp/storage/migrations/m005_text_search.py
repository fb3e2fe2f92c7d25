"""Schema 5: a trigram full-text index over the searched text columns, kept by triggers. Frozen.

The table's free-text search ("школа №5", "Казпочта") was a scan of every record with a case-folding
function: at 1,000,000 records a rarely matching text (any typo) took seconds. `activity_search` is an
FTS5 index with the trigram tokenizer (SQLite ≥ 3.34), so any substring of three or more characters
is looked up in the index; it folds case for Cyrillic and Kazakh letters too. It is an external-content
table over `activity` (no second copy of the text) with `detail='none'` (which trigrams occur, not
where: half the indexing cost of full detail); triggers keep it exact on every insert, update and
delete, whatever code path writes. Search asks for the records holding every trigram of the needle
and still applies the exact, case-folded LIKE test, so results are what the scan gave.

On a database without FTS5 (or not SQLite) nothing is created and search keeps scanning.
"""

from peewee import Database, SqliteDatabase

COLUMNS = ("district", "settlement", "partners", "notes", "entered_by")


def _row(row: str) -> str:
    return ", ".join(f"{row}.{c}" for c in COLUMNS)


def apply(db: Database) -> None:
    if not isinstance(db, SqliteDatabase):
        return
    try:
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS activity_search USING fts5({', '.join(COLUMNS)}, "
            "content='activity', content_rowid='pk', tokenize='trigram', detail='none')"
        )
    except Exception as e:  # a SQLite built without FTS5 or older than 3.34: search keeps scanning
        if "fts5" in str(e).lower() or "tokenizer" in str(e).lower():
            return
        raise
    cols = ", ".join(COLUMNS)
    old = _row("OLD")
    add = f"INSERT INTO activity_search (rowid, {cols}) VALUES (NEW.pk, {_row('NEW')});"
    # an import rewrites every column of a record it updates: re-index only when a text changed
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COLUMNS)
    forget = f"INSERT INTO activity_search (activity_search, rowid, {cols}) VALUES ('delete', OLD.pk, {old});"
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS activity_search_insert AFTER INSERT ON activity BEGIN {add} END"
    )
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS activity_search_delete AFTER DELETE ON activity BEGIN {forget} END"
    )
    db.execute_sql(
        f"CREATE TRIGGER IF NOT EXISTS activity_search_update AFTER UPDATE OF {cols} ON activity "
        f"WHEN {changed} BEGIN {forget} {add} END"
    )
    db.execute_sql("INSERT INTO activity_search (activity_search) VALUES ('rebuild')")
