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


def from_db(row) -> Activity:
    """An Activity from raw column values in RECORD_COLUMNS order (extra trailing columns ignored).

    peewee would convert each value through its field (~1.3 µs a value, ~40 µs a record); this is
    one step, and the only row→record conversion in fieldapp.
    """
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


def to_db(record: Activity) -> list:
    """An Activity as column values in RECORD_COLUMNS order, as peewee's fields would store them."""
    values = list(_FIELDS(record))
    start, end = values[_START], values[_END]
    values[_START] = start.isoformat() if isinstance(start, date) else start
    values[_END] = end.isoformat() if isinstance(end, date) else end
    values[_GROUPS] = " ".join(values[_GROUPS])
    values[_DELETED] = bool(values[_DELETED])  # 1/0 in SQLite, a boolean in PostgreSQL
    return values
