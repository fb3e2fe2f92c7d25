"""What a consolidated report holds, as plain data: shared by the workbook (exchange) and the PDF (ui)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fieldapp.domain.reference import reference

# The report's breakdowns, in sheet order. Each is one or two keys (activity columns, or "month").
BREAKDOWNS: dict[str, tuple[str, ...]] = {
    "office": ("office",),
    "region": ("region",),
    "kind": ("kind",),
    "region_kind": ("region", "kind"),
    "target_group": ("target_groups",),
    "language": ("language",),
    "partner": ("partners",),
    "site_type": ("site_type",),
    "month": ("month",),
}
# Breakdowns where one record may count under several rows (a record lists several groups or partners).
OVERLAPPING = ("target_group", "partner")


@dataclass
class Row:
    key: tuple[str, ...]  # codes (region code, kind code, "2020-04", a partner's name …)
    records: int
    values: dict[str, int | None]  # None: no record in the row has the measure (not applicable)


@dataclass
class Table:
    name: str
    keys: tuple[str, ...]
    rows: list[Row]
    total: Row


@dataclass
class TargetRow:
    kind: str
    region: str  # "" = all regions
    date_from: date
    date_to: date
    measure: str
    planned: int
    achieved: int  # within counted_from..counted_to: the target's period inside the period looked at
    counted_from: date | None = None
    counted_to: date | None = None

    @property
    def percent(self) -> float | None:
        return self.achieved * 100 / self.planned if self.planned else None


@dataclass
class ReportModel:
    office_code: str
    office_name: str
    generated_at: str
    date_from: date | None
    date_to: date | None
    tables: dict[str, Table]
    offices: list[dict]  # office, records, people_reached, last_activity, last_import, overdue, reporting
    offices_reporting: int
    offices_expected: int
    expected_listed: bool = False  # True: "expected" is the coordinator's reference list of offices
    map_measure: str = "people_reached"
    targets: list[TargetRow] = field(default_factory=list)

    @property
    def expected_note(self) -> str:
        """The words key of the note saying what "expected" means in this report."""
        return "expected_note_listed" if self.expected_listed else "expected_note"

    @property
    def total(self) -> Row:
        return self.tables["office"].total

    def map_values(self, measure: str | None = None) -> dict[str, int | None]:
        m = measure or self.map_measure
        values: dict[str, int | None] = {r.code: None for r in reference().regions}
        for row in self.tables["region"].rows:
            values[row.key[0]] = row.values[m]
        return values


def add(a: int | None, b: int | None) -> int | None:
    """Sum where None means "no value": None + None is None, None + 3 is 3."""
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def label(key: str, code: str, language: str) -> str:
    """A code's name in the report's language (codes a newer installation sent are shown as they are)."""
    ref = reference()
    found = {
        "region": ref.region,
        "kind": ref.kind,
        "target_groups": lambda c: _find(ref.target_groups, c),
        "language": lambda c: _find(ref.material_languages, c),
        "site_type": lambda c: _find(ref.site_types, c),
    }.get(key, lambda c: None)(code)
    return found.name(language) if found else code


def _find(items, code):
    return next((i for i in items if i.code == code), None)


def split_partners(text: str) -> list[str]:
    """Partner names in a record's partners text: separated by ";" or new lines (commas stay in names)."""
    return [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]
