"""The record filter and a keyset page written through peewee: the reference the hand-built SQL of
`fieldapp.storage.record_sql` is proven equal to (same rows, same query plan)."""

from __future__ import annotations

from peewee import SQL, Case, Tuple, fn

from fieldapp.domain.query import BLANK_LAST, Cursor, RecordFilter, Sort
from fieldapp.domain.record import MEASURES
from fieldapp.storage import record_sql
from fieldapp.storage.record_rows import RECORD_COLUMNS
from fieldapp.storage.store import Store


def columns(store: Store) -> list:
    A = store.t.Activity
    return [getattr(A, c) for c in RECORD_COLUMNS]


def where(store: Store, f: RecordFilter, indexed: bool | str = False) -> list:
    A = store.t.Activity
    conds = []
    if f.deleted is not None:
        conds.append(A.deleted == f.deleted)
    if f.kinds:
        conds.append(A.kind.in_(f.kinds) if len(f.kinds) > 1 else A.kind == f.kinds[0])
    if f.regions:
        conds.append(A.region.in_(f.regions) if len(f.regions) > 1 else A.region == f.regions[0])
    if f.offices:
        conds.append(A.office.in_(f.offices) if len(f.offices) > 1 else A.office == f.offices[0])
    if f.date_from:
        conds.append(A.start_date >= f.date_from)
    if f.date_to:
        conds.append(A.start_date <= f.date_to)
    if f.text.strip():
        needle = record_sql.fold(f.text.strip())
        haystack = (
            fn.fa_fold(A.district).contains(needle)
            | fn.fa_fold(A.settlement).contains(needle)
            | fn.fa_fold(A.partners).contains(needle)
            | fn.fa_fold(A.notes).contains(needle)
            | fn.fa_fold(A.entered_by).contains(needle)
        )
        if indexed == record_sql.TRIGRAM:  # the hub's pg_trgm index on the folded, joined text
            p = store.db.param
            test = f"({record_sql.SEARCHED_TEXT}) LIKE {p} ESCAPE '\\'"
            conds.append(SQL(test, [record_sql.like_escape(needle)]))
        elif indexed:
            matching = SQL(
                '"pk" IN (SELECT "rowid" FROM "activity_search" WHERE "activity_search" MATCH ?)',
                [record_sql.fts_phrase(needle)],
            )
            conds.append(matching)
        conds.append(haystack)
    return conds


def page_query(store: Store, f: RecordFilter, sort: Sort, after: Cursor | None, limit: int):
    """A keyset page through peewee: record columns, pk, sort_key."""
    A = store.t.Activity
    col = getattr(A, sort.column)
    if sort.rank:
        key = Case(col, [(code, i) for i, code in enumerate(sort.rank)], len(sort.rank))
    elif sort.column in BLANK_LAST:  # blanks last in both directions
        kind = "measure" if sort.column in MEASURES else "text"
        blank = (record_sql.BLANK_LOW if sort.descending else record_sql.BLANK_HIGH)[kind]
        text = col.cast("TEXT") if sort.column in record_sql.DATE_COLUMNS else col  # ISO text on both engines
        key = fn.COALESCE(col, blank) if kind == "measure" else fn.COALESCE(fn.NULLIF(text, ""), blank)
    else:
        key = col
    query = A.select(*columns(store), A.pk, key.alias("sort_key"))
    conds = where(store, f, store.records.use_search_index(f))
    if conds:
        query = query.where(*conds)
    if after is not None:
        boundary = Tuple(key, A.pk)
        target = Tuple(after.value, after.pk)
        query = query.where(boundary < target if sort.descending else boundary > target)
    order = (key.desc(), A.pk.desc()) if sort.descending else (key.asc(), A.pk.asc())
    return query.order_by(*order).limit(limit)


def totals(store: Store, f: RecordFilter, group: str) -> list[tuple]:
    """Totals per group through peewee, over the records themselves."""
    A = store.t.Activity
    keys = {"kind": A.kind, "region": A.region, "office": A.office, "month": fn.SUBSTR(A.start_date, 1, 7)}
    sums = [fn.COALESCE(fn.SUM(getattr(A, m)), 0) for m in MEASURES]
    conds = where(store, f)
    if group == "none":
        query = A.select(SQL("''"), fn.COUNT(SQL("*")), *sums)
        return list((query.where(*conds) if conds else query).tuples())
    query = A.select(keys[group].alias("g"), fn.COUNT(SQL("*")), *sums)
    query = query.where(*conds) if conds else query
    return list(query.group_by(SQL("g")).order_by(SQL("g")).tuples())


def breakdown(store: Store, f: RecordFilter, *keys: str) -> list[tuple]:
    """Record count and plain sums per combination of `keys` through peewee."""
    A = store.t.Activity
    cols = [fn.SUBSTR(A.start_date, 1, 7) if k == "month" else getattr(A, k) for k in keys]
    names = [SQL(f"k{i}") for i in range(len(keys))]
    sums = [fn.SUM(getattr(A, m)) for m in MEASURES]
    query = A.select(*(c.alias(f"k{i}") for i, c in enumerate(cols)), fn.COUNT(SQL("*")), *sums)
    conds = where(store, f)
    query = query.where(*conds) if conds else query
    if keys:
        query = query.group_by(*names).order_by(*names)
    return list(query.tuples())
