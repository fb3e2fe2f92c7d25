"""A sheet's exported rows read in one straight pass: an Activity, or None for the general way.

`parse_row` takes a row cell by cell through a loop (index checks, formula/error lookups, a length
test, a parser call, a dict of fields, then fix-ups and `Activity(**data)`): ~20 µs a row in
Python. For the rows an exchange workbook holds — a record ID and update time, a kind and a region
by their codes, nothing over-long, no problem and no warning — this module compiles, once per sheet, a
function with one line per cell and the fix-ups of `parse_row` written out for that sheet's
columns, which gives the Activity (built positionally). Any row it is not sure of (a
cell a parser refuses, an over-long text, a missing or named kind or region, an old region name,
a time in the future, times out of order, a row typed by a person) gives None, and `parse_row`
reads that row the general way, so the general way still decides every problem and every warning.
`tests/exchange/test_fast_row.py` checks both ways give the same ParsedRow on generated rows.

The function's text is made from the column spec only (field names and column indexes; no cell
value ever reaches it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields
from typing import Any

from fieldapp.domain.record import Activity
from fieldapp.domain.reference import Reference

FastRow = Callable[[list, int, int], "Activity | None"]  # (values, over-long from, latest allowed time)

_FIELDS = [f.name for f in fields(Activity)]
# What `parse_row` gives a field whose column the sheet lacks: the record's default (uuid is required).
_DEFAULTS = {f.name: f.default for f in fields(Activity) if f.default is not MISSING}
# Column types an export writes as numbers, dates or booleans (every other column is text).
_NOT_TEXT = frozenset({"int", "version", "date", "bool"})


def compile_row(placed: list, parsers: list[Callable[[Any], Any]], ref: Reference, latest) -> FastRow | None:
    """The straight reader of a sheet whose columns are `placed` (with their `parsers`), or None where
    the sheet lacks what a fast row needs (record IDs, update times, kind and region codes).

    `latest(text)` gives the newest time of a clock text its parser accepted."""
    names = [pl.column.field for pl in placed]
    if not {"uuid", "updated_at", "kind", "region"} <= set(names):
        return None
    # Regions whose code `parse_row` keeps as it is: current, not an old name, not ambiguous.
    plain = frozenset(
        r.code for r in ref.regions if ref.resolve_region(r.code) == (r.code, False)
    )  # fmt: skip
    width = max(pl.index for pl in placed) + 1
    env: dict[str, Any] = {
        "Activity": Activity,
        "PAD": [""] * width,
        "PLAIN_REGIONS": plain,
        "latest": latest,
    }
    # Columns an export fills with text: one join tells whether any of their cells is over-long
    # (a cell that is not text there makes the join fail: then every cell is tested on its own).
    texts = [pl.index for pl in placed if pl.column.type not in _NOT_TEXT]
    lines = [
        "def fast_row(values, limit_at, limit):",
        f"    if len(values) < {width}:",
        f"        values = [*values, *PAD[len(values):{width}]]",
        "    try:",
        f"        joined = len(''.join(({''.join(f'values[{i}], ' for i in texts)})))",
        "    except TypeError:",
        "        return checked_row(values, limit_at, limit)",
        "    if joined >= limit_at:",
        "        return None",
    ]
    checked = ["def checked_row(values, limit_at, limit):"]
    last: dict[str, str] = {}  # field → the variable of its last column (the later wins, as in parse_row)
    for k, (pl, parse) in enumerate(zip(placed, parsers, strict=True)):
        env[f"P{k}"] = parse
        test = ["    if v.__class__ is str and len(v) >= limit_at:", "        return None"]
        call = [f"    v = values[{pl.index}]", f"    c{k} = P{k}(v)"]
        checked += [call[0], *test, call[1]]
        lines += [call[0], *(test if pl.index not in texts else ()), call[1]]
        last[pl.column.field] = f"c{k}"
    get = last.get
    tail = [
        f"    if {last['uuid']} is None or {last['updated_at']} is None or not {last['kind']}:",
        "        return None",
        f"    if {last['region']} not in PLAIN_REGIONS:",
        "        return None",
    ]
    if ref.kind_aliases:  # a kind's old name (renamed by the coordinator): parse_row maps it, with a warning
        env["KINDS"] = frozenset(k.code for k in ref.kinds)
        tail += [f"    if {last['kind']} not in KINDS and FORMER({last['kind']}):", "        return None"]
        env["FORMER"] = ref.former_kind
    tail += [
        f"    updated = {last['updated_at']}",
        f"    created = {get('created_at', 'None')} or updated",
        "    if updated > limit or created > limit or updated < created:",
        "        return None",
    ]
    if "clock" in last:
        tail += [f"    if {last['clock']} and latest({last['clock']}) > limit:", "        return None"]
    values = []
    for name in _FIELDS:
        if name == "created_at":
            values.append("created")
        elif name == "updated_at":
            values.append("updated")
        elif name == "version":
            values.append(f"{last['version']} or 1" if "version" in last else "1")
        elif name == "origin_office":
            office = get("office", "''")
            values.append(f"{last['origin_office']} or {office}" if "origin_office" in last else office)
        elif name in last:
            values.append(last[name])
        else:
            env[f"D_{name}"] = _DEFAULTS[name]
            values.append(f"D_{name}")
    tail.append(f"    return Activity({', '.join(values)})")
    exec(
        "\n".join([*checked, *tail, *lines, *tail]), env
    )  # the text is made from the column spec (see the module docstring)
    return env["fast_row"]
