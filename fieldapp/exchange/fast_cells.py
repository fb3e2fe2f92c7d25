"""Fast paths of the import's cell parsers: each gives exactly what the `columns` parser it names gives.

The cell types a reader hands over for an exported sheet (text, whole-number floats, date cells,
canonical UUIDs, known codes, 0/1) are answered without the general parser's chain of type tests;
anything else goes to that parser (tests/exchange/test_fast_parsers.py checks every kind of cell).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from fieldapp.domain.record import MAX_NUMBER, MAX_TIMESTAMP, MIN_TIMESTAMP
from fieldapp.domain.reference import Reference
from fieldapp.exchange.columns import (
    _codes,
    parse_bool,
    parse_code,
    parse_codes,
    parse_conflicts,
    parse_date,
    parse_int,
    parse_text,
    parse_timestamp,
    parse_uuid,
    parse_version,
)

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def fast_text(value: Any) -> str:
    """= parse_text"""
    if value.__class__ is str:
        return value if value.strip() else ""
    return parse_text(value)


def fast_int(value: Any) -> int | None:
    """= parse_int"""
    k = value.__class__
    if k is float:
        if value.is_integer() and -MAX_NUMBER <= value <= MAX_NUMBER:
            return int(value)
    elif k is int:
        if -MAX_NUMBER <= value <= MAX_NUMBER:
            return value
    elif value is None or value == "":  # an empty cell (a measure the kind does not use)
        return None
    return parse_int(value)


def fast_version(value: Any) -> int | None:
    """= parse_version"""
    k = value.__class__
    if (k is int or (k is float and value.is_integer())) and 1 <= value <= MAX_NUMBER:
        return int(value)
    return parse_version(value)


def fast_date(value: Any) -> date | None:
    """= parse_date"""
    k = value.__class__
    if k is date:
        return value
    if k is datetime:
        return value.date()
    if value == "":
        return None
    return parse_date(value)


def fast_bool(value: Any) -> bool:
    """= parse_bool"""
    k = value.__class__
    if (k is int or k is float) and (value == 0 or value == 1):
        return value == 1
    return parse_bool(value)


# The form the export writes (domain.record.ms_to_iso): UTC, milliseconds, "Z".
_EXPORTED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")


def fast_timestamp(value: Any) -> int | None:
    """= parse_timestamp: the exported form is read by datetime.fromisoformat as the general parser reads
    it (which first turns its "Z" into "+00:00"), without the general parser's type and pattern tests."""
    if value.__class__ is str and _EXPORTED_TIME.fullmatch(value):
        try:
            ms = round(datetime.fromisoformat(value).timestamp() * 1000)
        except ValueError:  # an impossible date or time: the general parser refuses it
            return parse_timestamp(value)
        if MIN_TIMESTAMP <= ms <= MAX_TIMESTAMP:
            return ms
    return parse_timestamp(value)


def fast_uuid(value: Any) -> str | None:
    """= parse_uuid"""
    if value.__class__ is str and _CANONICAL_UUID.fullmatch(value):
        return value
    return parse_uuid(value)


def fast_conflicts(value: Any) -> str:
    """= parse_conflicts"""
    if value is None or value == "":
        return ""
    return parse_conflicts(value)


def fast_code(items, ref: Reference) -> Callable[[Any], str]:
    """= parse_code over `items`: a known code is itself."""
    codes = _codes(items)

    def parse(value: Any) -> str:
        if value.__class__ is str and (value in codes or not value):
            return value
        return parse_code(items, value, ref)

    return parse


def fast_codes(items, ref: Reference) -> Callable[[Any], tuple[str, ...]]:
    """= parse_codes over `items`: codes separated by single spaces (the exported form) are those codes."""
    codes = _codes(items)

    def parse(value: Any) -> tuple[str, ...]:
        if value.__class__ is str:
            tokens = value.split(" ")
            for t in tokens:
                if t not in codes:
                    break
            else:
                return tuple(dict.fromkeys(tokens))
        return parse_codes(items, value, ref)

    return parse


def remembered(parse: Callable[[Any], Any], size: int = 256) -> Callable[[Any], Any]:
    """`parse` remembering its answers for text cells (offices, regions: a few values over many rows)."""
    seen: dict[str, Any] = {}

    def parse_seen(value: Any) -> Any:
        if value.__class__ is str:
            got = seen.get(value, seen)
            if got is not seen:
                return got
            got = parse(value)
            if len(seen) < size:
                seen[value] = got
            return got
        return parse(value)

    return parse_seen
