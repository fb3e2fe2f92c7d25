"""What a mutation changed, so that views refresh only what they show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldapp.domain.value import Value

if TYPE_CHECKING:  # the validation rules load with the first save, not with every start
    from fieldapp.domain.validation import Issue


class Changed(Value):
    """What a mutation changed (record ids, settings), for the views to refresh."""

    FIELDS = __slots__ = ("created", "updated", "deleted", "restored", "settings", "warnings")

    def __init__(
        self,
        created: tuple[str, ...] = (),
        updated: tuple[str, ...] = (),
        deleted: tuple[str, ...] = (),
        restored: tuple[str, ...] = (),
        settings: bool = False,
        warnings: tuple[Issue, ...] = (),
    ):
        self._set(created=created, updated=updated, deleted=deleted, restored=restored, settings=settings,
                  warnings=warnings)  # fmt: skip

    @property
    def records(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.restored)

    @property
    def uuids(self) -> tuple[str, ...]:
        return self.created + self.updated + self.deleted + self.restored
