"""Subcommands for the installation and its records: init, demo, backup, restore, check."""

from __future__ import annotations

import argparse
import time

from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="set up this installation's office")
    p.add_argument("--office", required=True, metavar="CODE", help="the reporting office's code, e.g. ALA-01")
    p.add_argument("--office-name", required=True, metavar="NAME")
    p.add_argument(
        "--region", required=True, metavar="KZ-xx", help="ISO 3166-2:KZ code of the office's region"
    )
    p.add_argument("--language", choices=("kk", "ru", "en"), default="ru")
    p.add_argument(
        "--role",
        choices=("office", "coordinator"),
        default=None,
        help="office (default): other offices' files may not change this office's records; "
        "coordinator: may correct any office's records",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="add realistic demo records (training, benchmarks)")
    p.add_argument("--records", type=_count, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("backup", help="copy the database into DIR (default: the backup directory)")
    p.add_argument("dir", nargs="?", metavar="DIR")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept first)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", help="integrity check of the database and of every record")
    p.set_defaults(handler=cmd_check)


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 < n <= 10_000_000:
        raise argparse.ArgumentTypeError("must be between 1 and 10,000,000")
    return n


def cmd_init(args, where: Paths) -> int:
    with Workspace(where) as ws:
        inst = installation.configure(
            ws.store, args.office, args.office_name, args.region, args.language, role=args.role
        )
    office = f"{inst.office_code} ({inst.office_name}, {inst.region})"
    print(f"fieldapp is set up for office {office} in {where.home}, role {inst.role}")
    return 0


def cmd_demo(args, where: Paths) -> int:
    from fieldapp.services import demo  # loaded only for this command (GUI start-up)

    started = time.perf_counter()
    with Workspace(where) as ws:
        changed = demo.generate(ws.store, args.records, seed=args.seed)
    took = time.perf_counter() - started
    print(f"added {len(changed.created)} demo records in {took:.1f} s")
    return 0


def cmd_backup(args, where: Paths) -> int:
    from fieldapp.services import maintenance  # loaded only for this command (GUI start-up)

    with Workspace(where) as ws:
        path = maintenance.backup(ws, args.dir)
    print(f"backup written to {path}")
    return 0


def cmd_restore(args, where: Paths) -> int:
    from fieldapp.services import maintenance  # loaded only for this command (GUI start-up)

    ws = Workspace(where)
    try:
        ws, safety = maintenance.restore(ws, args.file)
        count = ws.records.count()
    finally:
        ws.close()
    print(f"restored {args.file} ({count} active records); the previous database was saved to {safety}")
    return 0


def cmd_check(args, where: Paths) -> int:
    from fieldapp.services import maintenance  # loaded only for this command (GUI start-up)

    with Workspace(where) as ws:
        report = maintenance.check(ws)
    if report.ok:
        print(f"ok: {report.records} records checked, no problems")
        return 0
    for problem in report.problems:
        print(problem)
    print(f"{len(report.problems)} problem(s) found in {report.records} records")
    return 1
