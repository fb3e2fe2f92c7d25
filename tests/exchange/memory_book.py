"""A stand-in for the .xlsx file in merge-property tests: the same cell values, without openpyxl.

`write_memory` formats records with the exchange column spec (exchange.columns.formatters: exactly the
values write_export appends to the sheet) and stores them with the metadata in a file; `open_memory`
hands them to the real import (parse_row, Merger) as an Opened. Generating hundreds of histories through
openpyxl would take ~0.2 s per export; real workbooks are exercised by the tests that use them.
`resave` turns values the way a spreadsheet program does on saving (whole numbers as floats, ISO dates as
date cells), so histories can pass files through "LibreOffice".
"""

from __future__ import annotations

import hashlib
import pickle
from datetime import date, datetime
from pathlib import Path

from fieldapp.domain.reference import reference
from fieldapp.exchange import FORMAT_VERSION
from fieldapp.exchange.checksum import ContentHash
from fieldapp.exchange.columns import COLUMNS, formatters
from fieldapp.exchange.export import Written
from fieldapp.exchange.reader import Layout, Opened, Placed, letter


def write_memory(path, records, meta, language="ru", progress=None, cancel=None) -> Written:
    getters = formatters(reference(), language)
    hashed_at = [i for i, c in enumerate(COLUMNS) if c.type != "name_of"]
    digest = ContentHash()
    rows = []
    for rec in records:
        row = [g(rec) for g in getters]
        digest.add_row([row[i] for i in hashed_at])
        rows.append(row)
    meta = {"format": "fieldapp-activities", "format_version": FORMAT_VERSION, **meta}
    meta["record_count"] = digest.count
    meta["content_sha256"] = digest.hexdigest()
    Path(path).write_bytes(pickle.dumps({"meta": {k: str(v) for k, v in meta.items()}, "rows": rows}))
    return Written(Path(path), digest.count, digest.hexdigest(), 1)


class _Book:
    def __init__(self, rows):
        self._rows = rows

    def rows(self, name):
        for i, row in enumerate(self._rows):
            yield 3 + i, row

    def close(self):
        pass


def open_memory(path) -> Opened:
    path = Path(path)
    raw = path.read_bytes()
    data = pickle.loads(raw)
    placed = [Placed(i, letter(i), c, c.header("en")) for i, c in enumerate(COLUMNS)]
    layout = Layout("Activities", 2, placed, 0, height=len(data["rows"]))
    return Opened(path, hashlib.sha256(raw).hexdigest(), data["meta"], [layout], [], _Book(data["rows"]))


def resave(path) -> None:
    """What a spreadsheet program's re-save does to the values (LibreOffice/Excel): numbers become
    floats, ISO date text becomes date cells; text cells (stamps, conflicts, timestamps) stay text."""
    path = Path(path)
    data = pickle.loads(path.read_bytes())
    out = []
    for row in data["rows"]:
        new = []
        for v in row:
            if isinstance(v, int) and not isinstance(v, bool):
                v = float(v)
            elif isinstance(v, date) and not isinstance(v, datetime):
                v = datetime(v.year, v.month, v.day)
            new.append(v)
        out.append(new)
    data["rows"] = out[::-1]  # and the rows sorted another way
    path.write_bytes(pickle.dumps(data))
