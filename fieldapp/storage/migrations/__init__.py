"""Numbered, frozen schema migrations. Each declares its own copy of the tables it touches.

The migration modules (and peewee's playhouse.migrate, which some use) are imported only when a
migration is due: opening an up-to-date database imports none of them (start-up budget, DESIGN §6).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import Database

# (number, module in this package with `apply(db)`), in order; add a new migration here. Numbers may
# have gaps (branches reserve numbers): a database at schema N gets every migration numbered above N.
_MODULES: tuple[tuple[int, str], ...] = (
    (1, "m001_initial"),
    (2, "m002_exchange_logs"),
    (3, "m003_filter_indexes"),
    (4, "m004_activity_totals"),
    (5, "m005_text_search"),
    (6, "m006_targets"),
    (7, "m007_record_digest"),  # issue 16: re-import decides "unchanged" from one stored hash
    (10, "m010_reference_data"),  # numbers are reserved per branch: gaps are expected
    (11, "m011_merge_clock"),
    (12, "m012_export_scope_typed_row"),  # since-last per scope; the last typed row of a record
)
LATEST = max(number for number, _ in _MODULES)
NUMBERS = frozenset(number for number, _ in _MODULES)

Migration = tuple[int, "Callable[[Database], None]"]


class _Migrations(Sequence):
    """The (number, apply) pairs, importing the migration modules the first time they are used."""

    def __init__(self) -> None:
        self._loaded: tuple[Migration, ...] | None = None

    def _load(self) -> tuple[Migration, ...]:
        if self._loaded is None:
            self._loaded = tuple(
                (number, importlib.import_module(f"{__name__}.{module}").apply) for number, module in _MODULES
            )
        return self._loaded

    def __getitem__(self, index):
        return self._load()[index]

    def __len__(self) -> int:
        return len(_MODULES)

    def __iter__(self) -> Iterator[Migration]:
        return iter(self._load())


MIGRATIONS: Sequence[Migration] = _Migrations()
