"""What the activity table asks for: a filter and a sort, as plain data shared by UI, CLI and storage."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.record import MEASURES
from fieldapp.domain.value import Value

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


class RecordFilter(Value):
    """Which records a table, a count or a total covers."""

    FIELDS = __slots__ = ("kinds", "regions", "offices", "date_from", "date_to", "text", "deleted")

    def __init__(
        self,
        kinds: tuple[str, ...] = (),
        regions: tuple[str, ...] = (),
        offices: tuple[str, ...] = (),
        date_from: date | None = None,  # start_date on or after
        date_to: date | None = None,  # start_date on or before
        text: str = "",  # matched, case-insensitively, in district, settlement, partners, notes, entered by
        deleted: bool | None = False,  # False: active records; True: deleted only; None: both
    ):
        self._set(kinds=kinds, regions=regions, offices=offices, date_from=date_from, date_to=date_to,
                  text=text, deleted=deleted)  # fmt: skip


# Coded columns the table shows by name: they sort by the names' order (`Sort.rank`), not by code.
RANKED = ("kind", "region")
# Blanks (no count, no end date, no site) sort last in both directions, as in a spreadsheet.
BLANK_LAST = (*MEASURES, "end_date", "district", "settlement")


class Sort(Value):
    """The order of a table's records."""

    FIELDS = __slots__ = ("column", "descending", "rank")

    def __init__(self, column: str = "start_date", descending: bool = True, rank: tuple[str, ...] = ()):
        # rank: for a RANKED column, the codes in the order their displayed names sort in the UI
        # language (the UI decides it with the language's collation); codes not listed come after them.
        if column not in SORTABLE:
            raise ValueError(f"cannot sort by {column!r}")
        if rank and column not in RANKED:
            raise ValueError(f"{column!r} is not sorted by a rank")
        self._set(column=column, descending=descending, rank=rank)


class Cursor(Value):
    """Where a keyset page ended: the sort value and primary key of its last row."""

    FIELDS = __slots__ = ("value", "pk")

    def __init__(self, value: object, pk: int):
        self._set(value=value, pk=pk)


class Page(Value):
    """One keyset page of records and the cursor to the next (None when this was the last page)."""

    FIELDS = __slots__ = ("records", "next")

    def __init__(self, records: list, next: Cursor | None):
        self._set(records=records, next=next)
