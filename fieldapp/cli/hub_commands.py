"""Subcommands for the coordinators' shared database (issue 17): hub init | use | migrate-from."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.paths import Paths


def register(sub: argparse._SubParsersAction) -> None:
    hub = sub.add_parser(
        "hub",
        help="the coordinators' shared database (PostgreSQL)",
        description="Work with the coordinators' shared database, given by --database postgresql://… "
        "(or FIELDAPP_DATABASE, or what `hub use` remembered). See docs/deployment.md.",
    )
    cmds = hub.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)
    p = cmds.add_parser(
        "init",
        help="create the schema and the roles (run once, as the database's owner)",
        description="Create fieldapp's tables in the shared database and two roles: "
        "fieldapp_coordinator (read and write) and fieldapp_viewer (read only); "
        "grant them to existing logins. Safe to run again (after an upgrade too).",
    )
    p.add_argument("--coordinator", action="append", default=[], metavar="LOGIN",
                   help="a login that may read and write (repeat for several)")  # fmt: skip
    p.add_argument("--viewer", action="append", default=[], metavar="LOGIN",
                   help="a login that may only read (repeat for several)")  # fmt: skip
    p.set_defaults(handler=cmd_init)
    p = cmds.add_parser(
        "use",
        help="make this installation use a shared database from now on",
        description="Remember the shared database's address in this installation's data folder (never a "
        "password: libpq's password file keeps that). --none goes back to the local file.",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "url", nargs="?", metavar="URL", help="postgresql://USER@HOST:PORT/DB?sslmode=require"
    )
    target.add_argument("--none", action="store_true", help="use this installation's own file again")
    p.set_defaults(handler=cmd_use)
    p = cmds.add_parser(
        "migrate-from",
        help="copy a laptop's fieldapp database into the shared database (idempotent)",
        description="Copy every record of a laptop's database file (fieldapp.sqlite3) into the shared "
        "database with the usual merge rules; the file itself is not changed. Running it again changes "
        "nothing.",
    )
    p.add_argument("file", type=Path, metavar="FILE.sqlite3")
    p.set_defaults(handler=cmd_migrate_from)


def _open(where: Paths):
    from fieldapp.services.workspace import Workspace

    return Workspace(where, verify="always", daily_backup=False)


def cmd_init(args, where: Paths) -> int:
    from fieldapp.services import hub

    done = hub.set_up(where, args.coordinator, args.viewer)
    print(f"shared database ready: {done.where} (roles fieldapp_coordinator, fieldapp_viewer)")
    if not done.search_index:
        print(
            "search will scan every record (same results, slower past a few hundred thousand records): "
            "the server lacks the pg_trgm extension or refused it; install PostgreSQL's contrib package, "
            "let the owner create it (CREATE on the database) and run `fieldapp hub init` again"
        )
    return 0


def cmd_use(args, where: Paths) -> int:
    from fieldapp.services import hub

    if args.none:
        hub.remember(where, None)
        print(f"this installation uses its own file again: {where.database}")
        return 0
    found = hub.use(where, args.url)  # tested first: nothing is remembered when the test fails
    if not found.ready:
        print(
            f"this installation now uses the shared database {found.where}; fieldapp is not set up there "
            "yet: its owner runs `fieldapp hub init`"
        )
        return 0
    if found.needs_upgrade is not None:
        up = found.needs_upgrade
        print(
            f"this installation now uses the shared database {found.where}, but fieldapp cannot work there "
            f"yet: it needs an upgrade by its owner (it lacks {up.lacking} of this fieldapp); "
            f"run `fieldapp hub init` as {up.owner} first"
        )
        return 0
    state = "may read and write" if found.may_write else "may only read (a viewer)"
    print(f"this installation now uses the shared database {found.where}; this login {state}")
    return 0


def cmd_migrate_from(args, where: Paths) -> int:
    from fieldapp.services import hub

    with _open(where) as ws:
        moved = hub.migrate_from(ws, args.file)
    print(
        f"moved into the shared database: inserted {moved.inserted}, updated {moved.updated}, "
        f"unchanged {moved.unchanged}, conflicts {moved.conflicts}"
    )
    return 0
