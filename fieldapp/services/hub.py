"""The coordinators' hub (issue 17): set it up, say who may write, move a laptop's database into it."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.paths import Paths
from fieldapp.services.workspace import Workspace
from fieldapp.storage import engine
from fieldapp.storage import hub as hub_store
from fieldapp.storage.store import inspect_file


def is_address(text: object) -> bool:
    """A postgresql:// (or postgres://) address, as --database, FIELDAPP_DATABASE or `hub use` take."""
    return engine.is_url(text)


def display(url: str) -> str:
    """The address without any password, for messages."""
    return engine.display(url) if url else ""


def require_hub(ws: Workspace) -> None:
    if not getattr(ws.store, "is_hub", False):
        raise BadInput("this command works on the shared database: give --database postgresql://… first")


def init(ws: Workspace, coordinators: list[str], viewers: list[str]) -> None:
    """Schema (opening the workspace migrated it) and the two roles with their rights."""
    require_hub(ws)
    hub_store.create_roles(ws.store, coordinators, viewers)


def set_up(paths: Paths, coordinators: list[str], viewers: list[str]) -> hub_store.SetUp:
    """`fieldapp hub init`: the schema (or its upgrade) and the two roles in one transaction; a refusal
    by the server changes nothing. Returns the address without a password and whether search has its
    trigram index (False: the server lacks pg_trgm or refused it; search scans)."""
    if not paths.database_url:
        raise BadInput("this command works on the shared database: give --database postgresql://… first")
    return hub_store.set_up(paths.database_url, coordinators, viewers)


def may_write(ws: Workspace) -> bool:
    return hub_store.may_write(ws.store)


def remember(paths: Paths, url: str | None) -> None:
    """Make this installation use the shared database `url` from now on (None: its own file again).
    The address is kept without a password: libpq's password file holds that."""
    if url is None:
        paths.shared_database_file.unlink(missing_ok=True)
        return
    check_address(url)
    paths.ensure()
    tmp = paths.shared_database_file.with_suffix(".partial")
    tmp.write_text(engine.normalised(url) + "\n", encoding="utf-8")
    tmp.replace(paths.shared_database_file)


def check_address(url: str) -> None:
    """BadInput unless `url` is a postgresql:// address without a password."""
    if not engine.is_url(url):
        raise BadInput(f"not a postgresql:// address: {url}")
    if engine.has_password(url):
        raise BadInput(
            "the address holds a password; fieldapp never keeps one: put it in libpq's password file "
            "(~/.pgpass, or %APPDATA%\\postgresql\\pgpass.conf on Windows) and give the address without it"
        )


class NotFieldappsDatabase(BadInput):
    """The shared database holds someone else's tables: fieldapp never takes it over."""


class NewerSharedDatabase(BadInput):
    """The shared database was written by a newer fieldapp: this computer's fieldapp must be updated."""


def use(paths: Paths, url: str) -> hub_store.Probe:
    """Test the connection to `url`, and only when it succeeds remember it (`hub use`, Settings).

    Raises (and remembers nothing) when the address is wrong, the server cannot be reached or the
    database holds someone else's tables. An empty database is remembered: its owner runs `hub init`."""
    url = url.strip()
    check_address(url)
    found = probe(url)
    if found.foreign:
        raise NotFieldappsDatabase(
            f"{found.where} holds other tables: it is not a fieldapp database; nothing was changed"
        )
    remember(paths, url)
    return found


@dataclass(frozen=True)
class Moved:
    inserted: int
    updated: int
    unchanged: int
    conflicts: int


def migrate_from(ws: Workspace, laptop_db: Path) -> Moved:
    """Copy a laptop's fieldapp database into the hub, idempotently: its records travel as a full
    export (through a private copy of the file, which is never changed) and are imported with the
    merge rules, so running it again changes nothing."""
    from fieldapp.services import exchange as ex  # here: the desktop app asks may_write at start-up

    require_hub(ws)
    laptop_db = Path(laptop_db)
    if not laptop_db.is_file():
        raise BadInput(f"no database file at {laptop_db}")
    inspect_file(laptop_db)  # not a fieldapp database, or a newer one's: NotAFieldappDatabase (exit 2)
    work = ws.paths.tmp / f"migrate-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True, mode=0o700)
    try:
        copy = Paths(work / "laptop").ensure()
        shutil.copy2(laptop_db, copy.database)
        for suffix in ("-wal",):
            side = laptop_db.with_name(laptop_db.name + suffix)
            if side.exists():
                shutil.copy2(side, copy.database.with_name(copy.database.name + suffix))
        with Workspace(copy, verify="always") as laptop:
            if laptop.installation is None:
                raise BadInput(f"{laptop_db} holds no installation (never initialised): nothing to move")
            book = work / "laptop-export.xlsx"
            ex.export_workbook(laptop, book)
        result = ex.commit_import(ws, [book])
        return Moved(result.inserted, result.updated, result.unchanged, result.conflicts)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def probe(url: str) -> hub_store.Probe:
    """The Settings page's connection test: reachable, set up, and may this login write?"""
    from fieldapp.storage.store import NotAFieldappDatabase

    try:
        return hub_store.probe(url.strip())
    except NotAFieldappDatabase as e:  # only a newer fieldapp's schema gets here (as opening says)
        raise NewerSharedDatabase(f"{e}; update fieldapp on this computer first; nothing was changed") from e
