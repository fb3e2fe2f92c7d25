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
    kinds: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    date_from: date | None = None  # start_date on or after
    date_to: date | None = None  # start_date on or before
    text: str = ""  # matched, case-insensitively, in district, settlement, partners, notes, entered by
    deleted: bool | None = False  # False: active records; True: deleted only; None: both


@dataclass(frozen=True)
class Sort:
    column: str = "start_date"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.column not in SORTABLE:
            raise ValueError(f"cannot sort by {self.column!r}")


@dataclass(frozen=True)
class Cursor:
    """Where a keyset page ended: the sort value and primary key of its last row."""

    value: object
    pk: int


@dataclass(frozen=True)
class Page:
    records: list  # list[Activity]
    next: Cursor | None  # None when this was the last page
