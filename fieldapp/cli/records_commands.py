"""Subcommands for the installation and its records: init, demo, backup, restore, check."""

from __future__ import annotations

import argparse
import time
from datetime import date

from fieldapp.domain.errors import DatabaseDamaged
from fieldapp.paths import Paths
from fieldapp.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init",
        help="set up this installation's office",
        description="Set up (or change) the office this installation reports for. The device id, "
        "made on the first init, never changes.",
    )
    p.add_argument("--office", required=True, metavar="CODE", help="the reporting office's code, e.g. ALA-01")
    p.add_argument("--office-name", required=True, metavar="NAME", help="the office's name as people know it")
    p.add_argument(
        "--region", required=True, metavar="KZ-xx", help="ISO 3166-2:KZ code of the office's region"
    )
    p.add_argument(
        "--language", choices=("kk", "ru", "en"), default="ru", help="language of the app and workbooks"
    )
    p.add_argument(
        "--training",
        action="store_true",
        help="make this a training installation (demo records allowed; its exports are marked and "
        "refused by real installations). Use a new --home for it",
    )
    p.add_argument(
        "--role",
        choices=("office", "coordinator"),
        default=None,
        help="office (default): other offices' files may not change this office's records; "
        "coordinator: may correct any office's records",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser(
        "demo",
        help="add realistic demo records (training installations only)",
        description="Add made-up but realistic records for practice and benchmarks. Only in a "
        "training installation (init --training), never in an office's real data.",
    )
    p.add_argument("--records", type=_count, required=True, metavar="N", help="how many records to add")
    p.add_argument(
        "--seed", type=int, default=1, metavar="S", help="random seed: the same seed, the same records"
    )
    p.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE",
        help="first start date (YYYY-MM-DD; default 2020-03-15, the 2020 campaign)",
    )  # fmt: skip
    p.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE",
        help="last start date (YYYY-MM-DD; default 2020-12-31)",
    )  # fmt: skip
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser(
        "backup",
        help="copy the database into DIR (default: the backup directory)",
        description="Write a consistent copy of the database (safe while the app is open).",
    )
    p.add_argument(
        "dir", nargs="?", metavar="DIR", help="folder for the copy (default: the data directory's backups)"
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="replace the database with a backup, checked completely first (the current one is kept)",
        description="Replace the database with a backup file. The backup is checked completely on a "
        "temporary copy first; the current database is backed up before it is replaced.",
    )
    p.add_argument("file", metavar="FILE", help="a backup file written by `fieldapp backup`")
    p.add_argument(
        "--same-device",
        action="store_true",
        help="the backup is from this same computer: take its device id too (default: keep this one's)",
    )
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser(
        "check",
        help="integrity check of the database and of every record",
        description="Check the database file (SQLite integrity) and every record against the rules; "
        "exit 1 when problems are found.",
    )
    p.set_defaults(handler=cmd_check)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 < n <= 10_000_000:
        raise argparse.ArgumentTypeError("must be between 1 and 10,000,000")
    return n


def cmd_init(args, where: Paths) -> int:
    with _open(where, create_hub=True) as ws:  # the one command besides `hub init` that may set up a hub
        inst = ws.configure(
            args.office,
            args.office_name,
            args.region,
            args.language,
            training=args.training,
            role=args.role,
        )
    office = f"{inst.office_code} ({inst.office_name}, {inst.region})"
    kind = "a TRAINING installation" if inst.training else "fieldapp"
    place = where.home if not where.database_url else ws.where
    print(f"{kind} is set up for office {office} in {place}, role {inst.role}")
    return 0


def cmd_demo(args, where: Paths) -> int:
    started = time.perf_counter()
    with _open(where) as ws:
        changed = ws.add_demo_records(args.records, seed=args.seed, start=args.date_from, end=args.date_to)
    took = time.perf_counter() - started
    print(f"added {len(changed.created)} demo records in {took:.1f} s")
    return 0


def cmd_backup(args, where: Paths) -> int:
    from fieldapp.services import maintenance  # loaded only for this command (GUI start-up)

    with _open(where, daily=False) as ws:
        path = maintenance.backup(ws, args.dir)
    print(f"backup written to {path}")
    return 0


def cmd_restore(args, where: Paths) -> int:
    from fieldapp.services import maintenance  # loaded only for this command (GUI start-up)

    done = maintenance.restore(where, args.file, same_device=args.same_device)
    print(
        f"restored {args.file}: office {done.office_code} ({done.office_name}), "
        f"{done.active_records} active records"
    )
    print(
        "this computer's device id was kept"
        if done.device_id_kept
        else "the device id is now the backup's (--same-device)"
        if args.same_device
        else "this installation keeps its own device id"
    )
    if done.safety:
        print(f"the previous database was saved to {done.safety}")
    if done.damaged_aside:
        print(f"the damaged database was moved to {done.damaged_aside}")
    return 0


def cmd_check(args, where: Paths) -> int:
    from fieldapp.services import maintenance  # loaded only for this command (GUI start-up)

    try:
        with _open(where) as ws:
            report = maintenance.check(ws)
    except DatabaseDamaged as e:
        print(str(e))
        return 1
    if report.ok:
        print(f"ok: {report.records} records checked, no problems")
        return 0
    for problem in report.problems:
        print(problem)
    print(f"{len(report.problems)} problem(s) found in {report.records} records")
    return 1


def _open(where: Paths, daily: bool = True, create_hub: bool = False) -> Workspace:
    """Every command checks the database before it reads or writes it, and makes the daily backup."""
    return Workspace(where, verify="always", daily_backup=daily, create_hub=create_hub)
