"""Errors the core raises for the front ends to put into words (the UI and CLI own the wording)."""

from __future__ import annotations

from fieldapp.domain.validation import Issue


class FieldappError(Exception):
    """Base of the errors a user can cause and fix; the CLI exits 2 on them."""


class ValidationFailed(FieldappError):
    def __init__(self, issues: list[Issue]):
        self.issues = issues
        fields = ", ".join(f"{i.field}: {i.code}" for i in issues if i.is_error)
        super().__init__(f"the record is not valid ({fields})")


class NotFound(FieldappError):
    def __init__(self, uuid: str):
        self.uuid = uuid
        super().__init__(f"no record {uuid}")


class StaleRecord(FieldappError):
    """The record changed (e.g. by an import) after the editor opened it."""

    def __init__(self, uuid: str, expected: int, actual: int):
        self.uuid, self.expected, self.actual = uuid, expected, actual
        super().__init__(f"record {uuid} is at version {actual}, not {expected}: it changed meanwhile")


class NotInitialised(FieldappError):
    def __init__(self) -> None:
        super().__init__("this installation is not set up yet: run `fieldapp init --office CODE ...` first")


class BadInput(FieldappError):
    """An argument or file that cannot be used; nothing was changed."""
