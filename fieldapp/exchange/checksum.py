"""The content checksum of an Activities sheet: SHA-256 that ignores row order, column order and headers."""

from __future__ import annotations

import hashlib

from fieldapp.exchange import FORMAT_NAME, FORMAT_VERSION
from fieldapp.exchange.columns import COLUMNS, canonical_text

# The columns that carry record content (derived names depend on the export language, so are left out).
HASHED = tuple(c for c in COLUMNS if c.type != "name_of")


def hashed(version: int = FORMAT_VERSION) -> tuple:
    """The hashed columns of a format version (version 1 had no edit stamps)."""
    return tuple(c for c in HASHED if c.since <= version)


_MOD = 1 << 256


class ContentHash:
    """Sum (mod 2^256) of each row's SHA-256, then SHA-256 of count and sum: a hash of the multiset of rows.

    A row's text is its hashed columns' canonical values (dates as YYYY-MM-DD, whole numbers without
    '.0', empty as ''), in specification order, joined by U+001F.
    """

    def __init__(self, version: int = FORMAT_VERSION) -> None:
        self.version = version
        self.columns = hashed(version)
        self.count = 0
        self._sum = 0

    def add_values(self, values_by_field: dict) -> None:
        """One row, as values by field name (cell values as read or written)."""
        self.add_row([values_by_field.get(c.field) for c in self.columns])

    def add_row(self, values: list) -> None:
        """One row, as the values of the HASHED columns in order."""
        self.add_line(self.line(values))

    @staticmethod
    def line(values: list) -> str:
        """The text of one row that the checksum hashes (values of the hashed columns, in order)."""
        return "\x1f".join([v if type(v) is str else canonical_text(v) for v in values])

    def add_line(self, line: str) -> None:
        """One row, as its `line`."""
        self.add_sha(self.row_sha(line))

    @staticmethod
    def row_sha(line: str) -> bytes:
        """The SHA-256 of one row's `line` (what `add_sha` adds; the import also seeds a record's row
        digest with it, so each row is hashed once)."""
        return hashlib.sha256(line.encode("utf-8")).digest()

    def add_sha(self, sha: bytes) -> None:
        """One row, as its `row_sha`."""
        self._sum = (self._sum + int.from_bytes(sha, "big")) % _MOD
        self.count += 1

    def hexdigest(self) -> str:
        text = f"{FORMAT_NAME}/{self.version}\n{self.count}\n{self._sum:064x}"
        return hashlib.sha256(text.encode("ascii")).hexdigest()
