"""What the activity table asks for: a filter and a sort, as plain data shared by UI, CLI and storage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fieldapp.domain.record import MEASURES

# Columns the table may sort by. Keyset pages need a total order, so the primary key breaks ties.
SORTABLE = (
    "start_date",
    "end_date",
    "kind",
    "region",
    "office",
    "district",
    "settlement",
    "updated_at",
    "created_at",
    *MEASURES,
    "version",
)


@dataclass(frozen=True)
class RecordFilter:
    """Which records a table, a count or a total covers."""

    kinds: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    date_from: date | None = None  # start_date on or after
    date_to: date | None = None  # start_date on or before
    text: str = ""  # matched, case-insensitively, in district, settlement, partners, notes, entered by
    deleted: bool | None = False  # False: active records; True: deleted only; None: both


# Coded columns the table shows by name: they sort by the names' order (`Sort.rank`), not by code.
RANKED = ("kind", "region")
# Blanks (no count, no end date, no site) sort last in both directions, as in a spreadsheet.
BLANK_LAST = (*MEASURES, "end_date", "district", "settlement")


@dataclass(frozen=True)
class Sort:
    """The order of a table's records."""

    column: str = "start_date"
    descending: bool = True
    # For a RANKED column: the codes in the order their displayed names sort in the UI language
    # (the UI decides it with the language's collation); codes not listed come after them.
    rank: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.column not in SORTABLE:
            raise ValueError(f"cannot sort by {self.column!r}")
        if self.rank and self.column not in RANKED:
            raise ValueError(f"{self.column!r} is not sorted by a rank")


@dataclass(frozen=True)
class Cursor:
    """Where a keyset page ended: the sort value and primary key of its last row."""

    value: object
    pk: int


@dataclass(frozen=True)
class Page:
    """One keyset page of records and the cursor to the next."""

    records: list  # list[Activity]
    next: Cursor | None  # None when this was the last page
