"""The one place an activity row becomes an Activity and back: column order and value conversion."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from operator import attrgetter

from fieldapp.domain.record import CONTENT_FIELDS, Activity

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
SELECT_RECORD = ", ".join(f'"{c}"' for c in RECORD_COLUMNS)
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
_FIELDS = attrgetter(*RECORD_COLUMNS)  # one call for the whole row (bulk inserts convert every record)


def _date(value):
    if value.__class__ is str:
        try:
            return date.fromisoformat(value)
        except ValueError:
            from peewee import DateField  # anything else peewee's DateField would accept (rare)

            return DateField().python_value(value)
    return value


def _row_reader():
    """`from_db`'s body written out for RECORD_COLUMNS, as dataclasses writes an `__init__`: one call
    building the Activity straight from the row's items (no list copy, no loops over columns)."""
    args = []
    for i, column in enumerate(RECORD_COLUMNS):
        item = f"row[{i}]"
        if i == _START:
            args.append(f"_date({item})")
        elif i == _END:
            args.append(f"(None if {item} is None else _date({item}))")
        elif i == _GROUPS:
            args.append(f"(tuple({item}.split()) if {item} else ())")
        elif i in _TEXTS:
            args.append(f'("" if {item} is None else {item})')
        elif i == _DELETED:
            args.append(f"(True if {item} else False)")
        else:
            args.append(item)
        if not _POSITIONAL:
            args[-1] = f"{column}={args[-1]}"
    namespace = {"Activity": Activity, "_date": _date}
    exec(f"def from_db(row) -> Activity:\n    return Activity({', '.join(args)})\n", namespace)
    return namespace["from_db"]


from_db = _row_reader()
from_db.__doc__ = """An Activity from raw column values in RECORD_COLUMNS order (extra trailing columns
ignored). peewee would convert each value through its field (~1.3 µs a value, ~40 µs a record); this is
one step (~0.9 µs a record), and the only row→record conversion in fieldapp."""


def to_db(record: Activity) -> list:
    """An Activity as column values in RECORD_COLUMNS order, as peewee's fields would store them."""
    values = list(_FIELDS(record))
    start, end = values[_START], values[_END]
    values[_START] = start.isoformat() if isinstance(start, date) else start
    values[_END] = end.isoformat() if isinstance(end, date) else end
    values[_GROUPS] = " ".join(values[_GROUPS])
    values[_DELETED] = bool(values[_DELETED])  # 1/0 in SQLite, a boolean in PostgreSQL
    return values


def _insert_row_writer():
    """`insert_row` written out for RECORD_COLUMNS: the row as a tuple straight from the record's
    attributes (to_db's list, its copy into the row and the attrgetter tuple cost ~1.5 µs a row more)."""
    items = []
    for i, column in enumerate(RECORD_COLUMNS):
        item = f"rec.{column}"
        if i in (_START, _END):
            item = f"(v.isoformat() if isinstance(v := {item}, date) else v)"
        elif i == _GROUPS:
            item = f'" ".join({item})'
        elif i == _DELETED:
            item = f"(True if {item} else False)"
        items.append(item)
    namespace = {"date": date}
    body = f"({', '.join(items)}, seq, import_id, digest, seq if digest else None, at if digest else None)"
    exec(f"def insert_row(rec, seq, import_id, digest, at) -> tuple:\n    return {body}\n", namespace)
    return namespace["insert_row"]


insert_row = _insert_row_writer()
insert_row.__doc__ = """A new record's row for an INSERT over RECORD_COLUMNS + seq, import_id and the digest
columns (row_digest, digest_seq, digest_at): to_db's values, then `seq`, `import_id`, `digest` and, when there
is a digest, `seq` and `at` again (the digest counts while the record keeps that seq)."""
