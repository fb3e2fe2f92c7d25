"""The record filter and the statements built on it: table pages, counts, totals, breakdowns, streaming.

peewee builds a page query in ~300 µs; a table page then costs 3–4× the bare SQL. Here the statements
are written directly, parametrised with the database's own parameter mark, and the filter is written
once (`where_sql`). The peewee form of a page lives in the tests (`tests/storage/peewee_reference.py`),
which check that both give the same rows and the same query plan.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from fieldapp.domain.query import BLANK_LAST, Cursor, RecordFilter, Sort
from fieldapp.domain.record import MEASURES
from fieldapp.storage.pg_schema import SEARCHED, SEARCHED_TEXT
from fieldapp.storage.record_rows import SELECT_RECORD

TEXT_SEARCHED = SEARCHED  # district, settlement, partners, notes, entered_by
# The hub's trigram index is on SEARCHED_TEXT (pg_schema.search_index); a text that occurs in one of
# the columns occurs in it, so `SEARCHED_TEXT LIKE '%needle%'` narrows without losing a match.
TRIGRAM = "trigram"  # `indexed` for the hub's pg_trgm index (True: SQLite's FTS5 index)


def fold(text: str) -> str:
    """The form search compares: NFC, then lower case (`str.lower()`, which is ICU's `lower()` that the
    hub's `fa_fold` applies, final sigma and İ → i̇ included). Registered as the database function
    `fa_fold` on SQLite (whose own LIKE folds ASCII only). Lower case, not `casefold()`: PostgreSQL has
    no case folding, and ß ≠ ss, ﬁ ≠ fi in every engine alike (docs/decisions.md)."""
    return unicodedata.normalize("NFC", text or "").lower()


# The characters whose trigrams SQLite's FTS5 index (which holds the raw text with its own simple case
# fold) provably holds wherever `fold` of the text holds them: ASCII and Cyrillic, less the precomposed
# letters (stored decomposed, й = и + U+0306, the index holds no й), and ; ` (NFC images of U+037E,
# U+1FEF). `i` is also the image of İ (→ i + U+0307): a needle's run may not end in it. Any other
# character splits the needle into runs; the index asks for the runs' trigrams (tests/storage/
# test_search_folding.py checks every code point against FTS5 and the equality on wide Unicode).
INDEX_SAFE = frozenset(
    ch
    for ch in map(chr, [*range(0x20, 0x7F), *range(0x400, 0x500)])
    if ch not in ";`" and not unicodedata.decomposition(ch)
)


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


def like_escape(text: str) -> str:
    """'%text%' for LIKE … ESCAPE '\\', with the wildcards in `text` taken literally (as peewee does)."""
    return "%" + text.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%"


def where_sql(f: RecordFilter, p: str = "?", indexed: bool | str = False) -> tuple[list[str], list]:
    """The record filter: conditions and their parameters (`p` is the database's parameter mark).
    `indexed`: narrow a text search with the trigram index (RecordRoom.use_search_index decides):
    True for SQLite's FTS5 table, TRIGRAM for the hub's pg_trgm index."""
    conds: list[str] = []
    params: list = []
    if f.deleted is not None:
        conds.append(f'"deleted" = {p}')
        params.append(bool(f.deleted))  # 1/0 in SQLite, a boolean in PostgreSQL
    for column, values in (("kind", f.kinds), ("region", f.regions), ("office", f.offices)):
        if len(values) > 1:
            conds.append(f'"{column}" IN ({", ".join([p] * len(values))})')
            params += values
        elif values:
            conds.append(f'"{column}" = {p}')
            params.append(values[0])
    if f.date_from:
        conds.append(f'"start_date" >= {p}')
        params.append(_plain(f.date_from))
    if f.date_to:
        conds.append(f'"start_date" <= {p}')
        params.append(_plain(f.date_to))
    if f.text.strip():
        text = fold(f.text.strip())
        needle = like_escape(text)
        if indexed == TRIGRAM:  # the index narrows the candidates; the LIKE below keeps the exact meaning
            conds.append(f"({SEARCHED_TEXT}) LIKE {p} ESCAPE '\\'")
            params.append(needle)
        elif indexed and index_trigrams(text):
            conds.append(f'"pk" IN (SELECT "rowid" FROM "activity_search" WHERE "activity_search" MATCH {p})')
            params.append(fts_phrase(text))
        conds.append("(" + " OR ".join(f"fa_fold(\"{c}\") LIKE {p} ESCAPE '\\'" for c in TEXT_SEARCHED) + ")")
        params += [needle] * len(TEXT_SEARCHED)
    return conds, params


def index_trigrams(needle: str) -> list[str]:
    """The trigrams of a folded needle that SQLite's FTS5 index surely holds for every record whose
    folded text contains the needle (see INDEX_SAFE); none: the index cannot narrow, search scans."""
    runs, run = [], ""
    for ch in needle + "\0":
        if ch in INDEX_SAFE:
            run += ch
            continue
        runs.append(run[:-1] if run.endswith("i") else run)
        run = ""
    return list(dict.fromkeys(r[i : i + 3] for r in runs for i in range(len(r) - 2)))


def fts_phrase(text: str) -> str:
    """An FTS5 query for the records holding every index-safe trigram of the folded `text` (a superset
    of those holding `text` itself: the LIKE test beside it decides). The index keeps no positions
    (detail=none). Empty when no trigram is safe."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in index_trigrams(text))


def _where(conds: list[str]) -> str:
    return " WHERE " + " AND ".join(conds) if conds else ""


# What a blank sorts as: below every value when descending, above every value when ascending, so
# that blanks come last either way.
BLANK_LOW = {"measure": -1, "text": ""}
BLANK_HIGH = {"measure": 2**62, "text": "\U0010ffff"}
DATE_COLUMNS = ("start_date", "end_date")


def sort_key(sort: Sort, p: str = "?") -> tuple[str, list]:
    """The sort expression of a keyset page and its parameters."""
    column = f'"{sort.column}"'
    if sort.rank:
        whens = " ".join(f"WHEN {p} THEN {i}" for i in range(len(sort.rank)))
        return f"CASE {column} {whens} ELSE {len(sort.rank)} END", list(sort.rank)
    if sort.column in BLANK_LAST:
        kind = "measure" if sort.column in MEASURES else "text"
        blank = (BLANK_LOW if sort.descending else BLANK_HIGH)[kind]
        if kind == "measure":
            return f"COALESCE({column}, {p})", [blank]
        if sort.column in DATE_COLUMNS:  # compared as ISO text on both engines (a DATE in PostgreSQL)
            column = f"CAST({column} AS TEXT)"
        return f"COALESCE(NULLIF({column}, ''), {p})", [blank]
    return column, []


def page_sql(
    f: RecordFilter,
    sort: Sort,
    after: Cursor | None,
    limit: int,
    p: str = "?",
    indexed: bool | str = False,
) -> tuple[str, list]:
    """A keyset page: record columns, pk, sort_key; keyset condition; ORDER BY; LIMIT."""
    conds, params = where_sql(f, p, indexed)
    key, key_params = sort_key(sort, p)
    if after is not None:
        conds.append(f'({key}, "pk") {"<" if sort.descending else ">"} ({p}, {p})')
        params += [*key_params, _plain(after.value), after.pk]
    direction = "DESC" if sort.descending else "ASC"
    sql = (
        f'SELECT {SELECT_RECORD}, "pk", {key} AS "sort_key" FROM "activity"{_where(conds)} '
        f'ORDER BY {key} {direction}, "pk" {direction} LIMIT {p}'
    )
    return sql, [*key_params, *params, *key_params, limit]


def count_sql(f: RecordFilter, p: str = "?", indexed: bool | str = False) -> tuple[str, list]:
    conds, params = where_sql(f, p, indexed)
    return f'SELECT COUNT(*) FROM "activity"{_where(conds)}', params


def stream_sql(
    f: RecordFilter, after_pk: int, since_seq: int | None, batch: int, p: str = "?"
) -> tuple[str, list]:
    """The next `batch` records after primary key `after_pk`, in primary-key order (for export)."""
    conds, params = where_sql(f, p)
    conds.append(f'"pk" > {p}')
    params.append(after_pk)
    if since_seq is not None:
        conds.append(f'"seq" > {p}')
        params.append(since_seq)
    return f'SELECT {SELECT_RECORD}, "pk" FROM "activity"{_where(conds)} ORDER BY "pk" LIMIT {p}', [
        *params,
        batch,
    ]


# -- totals ------------------------------------------------------------------------------------------

GROUP_KEYS = {
    "kind": '"kind"',
    "region": '"region"',
    "office": '"office"',
    "month": 'SUBSTR("start_date", 1, 7)',
}


def totals_served(f: RecordFilter) -> bool:
    """Whether the maintained `activity_totals` can answer for `f` (active records, no text search)."""
    return f.deleted is False and not f.text.strip()


def _keys_only(f: RecordFilter) -> RecordFilter:
    """The parts of `f` that are columns of activity_totals (its rows are active records only)."""
    return RecordFilter(
        kinds=f.kinds,
        regions=f.regions,
        offices=f.offices,
        date_from=f.date_from,
        date_to=f.date_to,
        deleted=None,
    )


def totals_sql(f: RecordFilter, group: str, p: str = "?") -> tuple[str, list]:
    """Totals per group from the maintained table: the same rows as `scan_totals_sql` over the records."""
    conds, params = where_sql(_keys_only(f), p)
    sums = ", ".join(f'COALESCE(SUM("{m}"), 0)' for m in MEASURES)
    table = ' FROM "activity_totals"' + _where(conds)
    if group == "none":
        return f"SELECT '', COALESCE(SUM(\"n\"), 0), {sums}{table}", params
    key = GROUP_KEYS[group]
    return (
        f'SELECT {key} AS "g", SUM("n"), {sums}{table} GROUP BY "g" HAVING SUM("n") > 0 ORDER BY "g"',
        params,
    )


def totals_count_sql(f: RecordFilter, p: str = "?") -> tuple[str, list]:
    """The record count for a filter the maintained totals serve."""
    conds, params = where_sql(_keys_only(f), p)
    return f'SELECT COALESCE(SUM("n"), 0) FROM "activity_totals"{_where(conds)}', params


def scan_totals_sql(f: RecordFilter, group: str, p: str = "?") -> tuple[str, list]:
    """Totals per group from the records themselves (for filters the maintained table cannot serve)."""
    conds, params = where_sql(f, p)
    sums = ", ".join(f'COALESCE(SUM("{m}"), 0)' for m in MEASURES)
    table = ' FROM "activity"' + _where(conds)
    if group == "none":
        return f"SELECT '', COUNT(*), {sums}{table}", params
    return f'SELECT {GROUP_KEYS[group]} AS "g", COUNT(*), {sums}{table} GROUP BY "g" ORDER BY "g"', params


def breakdown_sql(f: RecordFilter, keys: tuple[str, ...], p: str = "?") -> tuple[str, list]:
    """Record count and plain sums (None when no record has a value) per combination of `keys`:
    activity columns or "month"."""
    conds, params = where_sql(f, p)
    cols = [GROUP_KEYS["month"] if k == "month" else f'"{k}"' for k in keys]
    names = ", ".join(f'"k{i}"' for i in range(len(keys)))
    head = "".join(f'{c} AS "k{i}", ' for i, c in enumerate(cols))
    sums = ", ".join(f'SUM("{m}")' for m in MEASURES)
    sql = f'SELECT {head}COUNT(*), {sums} FROM "activity"{_where(conds)}'
    if keys:
        sql += f" GROUP BY {names} ORDER BY {names}"
    return sql, params


def offices_sql(f: RecordFilter, p: str = "?") -> tuple[str, list]:
    """(office, latest start date, record count) per office with records matching `f`."""
    conds, params = where_sql(f, p)
    return (
        f'SELECT "office", MAX("start_date"), COUNT(*) FROM "activity"{_where(conds)} '
        'GROUP BY "office" ORDER BY "office"',
        params,
    )
