"""Errors the core raises for the front ends to put into words (the UI and CLI own the wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the validation rules load with the first validation, not with every start
    from fieldapp.domain.validation import Issue


class Cancelled(Exception):
    """The user (or a newer request replacing this one) stopped a task; nothing was changed.

    The one cancellation type: services, exchange and UI raise it, the task runner and pages match it
    with isinstance. Not a FieldappError: nothing went wrong."""


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


class NotYourOffice(FieldappError):
    """An office installation was asked to change a record of another office (DESIGN §4 "Ownership"):
    every other installation would refuse that change, so this one would stay apart from them."""

    def __init__(self, owner: str, office: str):
        self.owner, self.office = owner, office
        super().__init__(
            f"this record belongs to office {owner}: only {owner} or a coordinator can change it "
            f"(this installation is office {office}; nothing was changed)"
        )


class NotInitialised(FieldappError):
    def __init__(self) -> None:
        super().__init__("this installation is not set up yet: run `fieldapp init --office CODE ...` first")


class BadInput(FieldappError):
    """An argument or file that cannot be used; nothing was changed."""


class OfficeCodeFixed(BadInput):
    """`init` or Settings asked to change the office code of an installation that holds records: its
    records and their stamps name that office, and another office's code would let this laptop change
    that office's records."""

    def __init__(self, office: str, asked: str):
        self.office, self.asked = office, asked
        super().__init__(
            f"this installation holds the records of office {office}: its office code cannot become {asked}"
            " (nothing was changed); for another office, set up a new data folder: "
            "fieldapp --home DIR init ..."
        )


class DatabaseBusy(FieldappError):
    """Another fieldapp (the desktop app or a command) held the write lock for longer than we wait."""

    def __init__(self) -> None:
        super().__init__("another fieldapp is writing to this data; try again")


class CannotWrite(FieldappError):
    """The data directory is full or not writable; nothing was half-written."""

    def __init__(self, directory: str, disk_full: bool, detail: str = ""):
        self.directory, self.disk_full, self.detail = directory, disk_full, detail
        if disk_full:
            text = f"the disk is full: cannot write to {directory}; free some space and try again"
        else:
            text = f"cannot write to {directory} ({detail or 'read-only'}); check that the folder is writable"
        super().__init__(f"{text} (nothing was changed)")


class DatabaseDamaged(FieldappError):
    """The live database failed SQLite's check, or is missing/empty next to backups. Never written to.

    `newest_backup` is the newest backup that passed the same check (None when there is none).
    """

    def __init__(self, database: str, detail: str, newest_backup: str | None, missing: bool = False):
        self.database, self.detail, self.newest_backup, self.missing = (
            database,
            detail,
            newest_backup,
            missing,
        )
        if missing:
            what = (
                f"the database {database} is {detail}, but this installation has backups: it is not a new "
                "installation, and nothing was created"
            )
        else:
            what = f"the database {database} is damaged ({detail}); nothing was written to it"
        if newest_backup:
            advice = (
                f"The newest good backup is {newest_backup}; "
                f'restore it with: fieldapp restore "{newest_backup}"'
            )
        else:
            advice = "No good backup was found; restore a copy you kept elsewhere with: fieldapp restore FILE"
        super().__init__(f"{what}. {advice}")


class SharedDatabaseUnavailable(FieldappError):
    """The coordinators' shared database (PostgreSQL) cannot be reached or refused the connection."""

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(
            f"the shared database cannot be used: {detail}; check the network and the address, "
            "then try again (nothing was changed)"
        )


class ReadOnlyAccess(FieldappError):
    """The shared database refused a write: this login is a viewer's (read only)."""

    def __init__(self, detail: str = ""):
        self.detail = detail
        super().__init__(
            "this login may only read the shared database (a viewer's role); nothing was changed. "
            "Ask the hub's administrator for a coordinator's login to make changes"
        )


class NoFieldappRole(FieldappError):
    """This login was granted no fieldapp role on the shared database: it may neither read nor write
    fieldapp's tables there (not a viewer's refused write, not someone else's database)."""

    def __init__(self, where: str, login: str, owner: str):
        self.where, self.login, self.owner = where, login, owner
        super().__init__(
            f"the login {login} has no access to fieldapp's tables in the shared database {where}: it needs "
            f"the role fieldapp_coordinator (read and write) or fieldapp_viewer (read only); ask {owner} to "
            f"run `fieldapp hub init --coordinator {login}` or `--viewer {login}` (nothing was changed)"
        )


class SharedDatabaseNotSetUp(FieldappError):
    """The shared database is empty: only `fieldapp hub init` (or `fieldapp init`) creates the schema."""

    def __init__(self, where: str):
        self.where = where
        super().__init__(
            f"the shared database {where} is empty: fieldapp is not set up there yet; its owner runs "
            "`fieldapp hub init` first (nothing was changed)"
        )


class SharedDatabaseNeedsUpgrade(FieldappError):
    """The shared database's schema is older than this fieldapp's, and this login may not upgrade it: only
    the owner of fieldapp's tables may (`fieldapp hub init`). Nothing was tried, nothing changed."""

    def __init__(self, where: str, owner: str, missing: list[int]):
        self.where, self.owner, self.missing = where, owner, list(missing)
        super().__init__(
            f"the shared database {where} needs an upgrade by its owner (it lacks {self.lacking} of this "
            f"fieldapp): run `fieldapp hub init` as {owner}, then try again (nothing was changed)"
        )

    @property
    def numbers(self) -> str:
        """The missing migrations' numbers, e.g. "7" or "7, 12" (numbers may have gaps: a hub lacking
        7 can hold 11, so the highest number says nothing)."""
        return ", ".join(map(str, self.missing))

    @property
    def lacking(self) -> str:
        return f"migration{'s' if len(self.missing) > 1 else ''} {self.numbers}"


class SharedDatabaseRefused(FieldappError):
    """The server refused what setting up or upgrading the shared database needs (not a viewer's write)."""

    def __init__(self, detail: str, advice: str):
        self.detail, self.advice = detail, advice
        super().__init__(f"the shared database's server refused: {detail}; {advice} (nothing was changed)")
