"""What a mutation changed, so that views refresh only what they show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the validation rules load with the first save, not with every start
    from fieldapp.domain.validation import Issue


@dataclass(frozen=True)
class Changed:
    """What a mutation changed (record ids, settings), for the views to refresh."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    settings: bool = False
    warnings: tuple[Issue, ...] = field(default=())

    @property
    def records(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.restored)

    @property
    def uuids(self) -> tuple[str, ...]:
        return self.created + self.updated + self.deleted + self.restored
