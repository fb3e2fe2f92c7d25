"""`fieldapp targets …`: planned figures per activity kind × region × period, typed or from a workbook."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fieldapp.cli.records_commands import _open
from fieldapp.paths import Paths

LANGS = ("kk", "ru", "en")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "targets",
        help="planned figures per kind × region × period (list, set, import, template)",
        description="Targets: planned figures per activity kind × region × period, shown against what "
        "the records achieved on the dashboard and in the report.",
    )
    tsub = p.add_subparsers(dest="targets_command", metavar="ACTION", required=True, parser_class=type(p))
    q = tsub.add_parser(
        "list",
        help="every target with what the records achieved",
        description="List every target with what the records achieved.",
    )
    q.add_argument("--json", action="store_true", help="print JSON instead of lines")
    q.set_defaults(handler=cmd_list)
    q = tsub.add_parser(
        "set",
        help="add or change one target (--planned none removes it)",
        description="Add or change one target; --planned none removes it.",
    )
    q.add_argument("kind", help="activity kind code, e.g. leaflets")
    q.add_argument("--region", default="", help="ISO 3166-2:KZ code or name (default: all regions)")
    q.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day (YYYY-MM-DD)")
    q.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day (YYYY-MM-DD)")
    q.add_argument("--measure", required=True, help="measure code, e.g. people_reached")
    q.add_argument("--planned", required=True, help="a whole number, or 'none' to remove the target")
    q.set_defaults(handler=cmd_set)
    q = tsub.add_parser(
        "import",
        help="read targets from a workbook's Targets sheet (all or nothing)",
        description="Read targets from a workbook's Targets sheet; a bad row changes nothing.",
    )
    q.add_argument("file", metavar="FILE.xlsx", help="a workbook with a Targets sheet")
    q.set_defaults(handler=cmd_import)
    q = tsub.add_parser(
        "template",
        help="write a Targets workbook holding the current targets",
        description="Write a Targets workbook holding the current targets, with empty rows for new ones.",
    )
    q.add_argument("file", metavar="FILE.xlsx", help="where to write the workbook (.xlsx)")
    q.add_argument("--language", choices=LANGS, help="header language (default: the installation's)")
    q.set_defaults(handler=cmd_template)


def cmd_list(args, where: Paths) -> int:
    from fieldapp.services import targets

    with _open(where) as ws:
        ws.require()
        rows = targets.progress(ws)
    if args.json:
        out = [{**t.__dict__, "percent": t.percent} for t in rows]  # dates (counted_from/to too) as ISO text
        print(json.dumps(out, ensure_ascii=False, indent=1, default=str))
        return 0
    for t in rows:
        pct = f"{t.percent:.0f}%" if t.percent is not None else "—"
        print(f"{t.kind:14} {t.region or 'all':6} {t.date_from}..{t.date_to} {t.measure:18} "
              f"planned {t.planned:>12,}  achieved {t.achieved:>12,}  {pct}")  # fmt: skip
    if not rows:
        print("no targets")
    return 0


def cmd_set(args, where: Paths) -> int:
    from fieldapp.services import targets

    planned = None if args.planned.strip().lower() in ("none", "-", "") else args.planned
    row = {"kind": args.kind, "region": args.region, "date_from": args.date_from, "date_to": args.date_to,
           "measure": args.measure, "planned": planned}  # fmt: skip
    with _open(where) as ws:
        ws.require()
        written, deleted = targets.set_targets(ws, [row])
    print(f"targets: {written} set, {deleted} removed")
    return 0


def cmd_import(args, where: Paths) -> int:
    from fieldapp.services import targets

    with _open(where) as ws:
        ws.require()
        written, deleted = targets.import_workbook(ws, args.file)
    print(f"targets: {written} set, {deleted} removed from {args.file}")
    return 0


def cmd_template(args, where: Paths) -> int:
    from fieldapp.services import targets

    with _open(where) as ws:
        inst = ws.require()
        path = targets.write_template(ws, Path(args.file), args.language or inst.language)
    print(f"targets workbook written to {path}")
    return 0
