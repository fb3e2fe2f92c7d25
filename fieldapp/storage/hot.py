"""Hand-built SQL and row conversion for the hot paths: table pages, counts, totals, streaming, bulk writes.

peewee builds a page query in ~300 µs and converts each fetched value through its field (~1.3 µs a
value, ~40 µs a record); a table page then costs 3–4× the bare SQL. Here the same statements are
written directly (quoted and parametrised with the database's own quote and parameter marks) and
rows become Activity objects in one step. `Store.page_query` stays the peewee reference; tests check
that both give the same rows and the same query plan.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from peewee import DateField

from fieldapp.domain.query import BLANK_LAST, Cursor, RecordFilter, Sort
from fieldapp.domain.record import CONTENT_FIELDS, MEASURES, Activity

# The order in which an activity row's columns are read into an Activity.
RECORD_COLUMNS = (
    *CONTENT_FIELDS,
    "uuid",
    "created_at",
    "updated_at",
    "version",
    "deleted",
    "origin_office",
    "origin_device",
    "updated_device",
    "clock",
    "conflicts",
)
N_COLUMNS = len(RECORD_COLUMNS)
_START, _END = RECORD_COLUMNS.index("start_date"), RECORD_COLUMNS.index("end_date")
_GROUPS, _DELETED = RECORD_COLUMNS.index("target_groups"), RECORD_COLUMNS.index("deleted")
_TEXTS = tuple(
    RECORD_COLUMNS.index(c)
    for c in (
        "district",
        "settlement",
        "site_type",
        "language",
        "partners",
        "notes",
        "entered_by",
        "clock",
        "conflicts",
    )
)
# Activity's fields are declared in RECORD_COLUMNS order, so a row can be passed positionally.
_POSITIONAL = tuple(f.name for f in fields(Activity)) == RECORD_COLUMNS
_PEEWEE_DATE = DateField()
TEXT_SEARCHED = ("district", "settlement", "partners", "notes", "entered_by")
SELECT_RECORD = ", ".join(f'"{c}"' for c in RECORD_COLUMNS)


def _date(value):
    if value.__class__ is str:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return _PEEWEE_DATE.python_value(value)  # anything else peewee's DateField would accept
    return value


def from_db(row) -> Activity:
    """An Activity from raw column values in RECORD_COLUMNS order (extra trailing columns ignored)."""
    v = list(row[:N_COLUMNS])
    v[_START] = _date(v[_START])
    if v[_END] is not None:
        v[_END] = _date(v[_END])
    groups = v[_GROUPS]
    v[_GROUPS] = tuple(groups.split()) if groups else ()
    for i in _TEXTS:
        if v[i] is None:
            v[i] = ""
    v[_DELETED] = bool(v[_DELETED])
    if _POSITIONAL:
        return Activity(*v)
    return Activity(**dict(zip(RECORD_COLUMNS, v, strict=True)))


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


def like_escape(text: str) -> str:
    """'%text%' for LIKE … ESCAPE '\\', with the wildcards in `text` taken literally (as peewee does)."""
    return "%" + text.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%"


def where_sql(f: RecordFilter, p: str = "?", fold=None, indexed: bool = False) -> tuple[list[str], list]:
    """Conditions (in Store._where's order) and their parameters. `fold` normalises the search text;
    `indexed`: narrow a text search with the trigram index (Store.use_search_index decides)."""
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
        text = fold(f.text.strip()) if fold else f.text.strip()
        if indexed:  # the trigram index narrows the candidates; the LIKE below keeps the exact meaning
            conds.append(f'"pk" IN (SELECT "rowid" FROM "activity_search" WHERE "activity_search" MATCH {p})')
            params.append(fts_phrase(text))
        needle = like_escape(text)
        conds.append("(" + " OR ".join(f"fa_fold(\"{c}\") LIKE {p} ESCAPE '\\'" for c in TEXT_SEARCHED) + ")")
        params += [needle] * len(TEXT_SEARCHED)
    return conds, params


def fts_phrase(text: str) -> str:
    """An FTS5 query for the records holding every trigram of `text` (a superset of those holding
    `text` itself: the LIKE test beside it decides). The index keeps no positions (detail=none)."""
    low = text.lower()
    trigrams = dict.fromkeys(low[i : i + 3] for i in range(len(low) - 2))
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


def _where(conds: list[str]) -> str:
    return " WHERE " + " AND ".join(conds) if conds else ""


# What a blank sorts as: below every value when descending, above every value when ascending, so
# that blanks come last either way.
BLANK_LOW = {"measure": -1, "text": ""}
BLANK_HIGH = {"measure": 2**62, "text": "\U0010ffff"}
DATE_COLUMNS = ("start_date", "end_date")


def sort_key(sort: Sort, p: str = "?") -> tuple[str, list]:
    """The sort expression of a keyset page (as Store.page_query builds it) and its parameters."""
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
    fold=None,
    indexed: bool = False,
) -> tuple[str, list]:
    """Store.page_query's statement: record columns, pk, sort_key; keyset condition; ORDER BY; LIMIT."""
    conds, params = where_sql(f, p, fold, indexed)
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


def count_sql(f: RecordFilter, p: str = "?", fold=None, indexed: bool = False) -> tuple[str, list]:
    conds, params = where_sql(f, p, fold, indexed)
    return f'SELECT COUNT(*) FROM "activity"{_where(conds)}', params


def stream_sql(
    f: RecordFilter, after_pk: int, since_seq: int | None, batch: int, p: str = "?", fold=None
) -> tuple[str, list]:
    """The next `batch` records after primary key `after_pk`, in primary-key order (for export)."""
    conds, params = where_sql(f, p, fold)
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
    """Totals per group from the maintained table: the same rows as Store.totals' aggregate."""
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
    """Store.count for a filter the maintained totals serve."""
    conds, params = where_sql(_keys_only(f), p)
    return f'SELECT COALESCE(SUM("n"), 0) FROM "activity_totals"{_where(conds)}', params
