"""Subcommands for exchange workbooks: export, import (with --dry-run and --undo-last), report, template."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.paths import Paths
from fieldapp.services.installation import require
from fieldapp.services.workspace import Workspace

LANGS = ("kk", "ru", "en")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write an exchange workbook (default name: office and time)")
    p.add_argument("file", nargs="?", metavar="FILE.xlsx")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--since-last", action="store_true", help="only what changed since the last export")
    scope.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="first start date (YYYY-MM-DD)"
    )
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last start date (YYYY-MM-DD)")
    p.add_argument("--language", choices=LANGS, help="header language (default: the installation's)")
    p.add_argument("--office", metavar="CODE", help="only this office's records (corrections sent back)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="merge exchange workbooks (prints inserted/updated/unchanged/…)")
    p.add_argument("files", nargs="*", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--undo-last",
        action="store_true",
        help="undo the newest import not yet undone (repeat to go further back; with --dry-run: show only)",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("conflicts", help="list conflicting edits, or resolve one")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    csub = p.add_subparsers(dest="conflicts_command", metavar="resolve")
    r = csub.add_parser("resolve", help="settle a conflict: --take mine|theirs|VALUE")
    r.add_argument("id", metavar="ID")
    r.add_argument("--take", required=True, metavar="mine|theirs|VALUE")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("report", help="write a consolidated report workbook for people")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    p.add_argument("--language", choices=LANGS)
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("template", help="write an empty bulk-entry workbook with drop-downs")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--language", choices=LANGS, default="ru")
    p.set_defaults(handler=cmd_template)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_export(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    with Workspace(where) as ws:
        inst = require(ws.store)
        path = Path(args.file) if args.file else Path(exchange.default_export_name(inst))
        if args.date_to and not args.date_from:
            raise BadInput("--to needs --from")
        scope = "since_last" if args.since_last else ("period" if args.date_from else "full")
        result = exchange.export_workbook(
            ws,
            path,
            scope,
            args.date_from,
            args.date_to,
            language=args.language or inst.language,
            office=args.office,
        )
    print(f"exported {result.record_count} records ({scope}) to {result.path}")
    return 0


def cmd_import(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    with Workspace(where) as ws:
        if args.undo_last:
            changed = exchange.undo_last_import(ws, dry_run=args.dry_run)
            out = {
                "undone": not args.dry_run,
                "dry_run": bool(args.dry_run),
                "removed": len(changed.deleted),
                "restored": len(changed.updated),
            }
            verb = "undo would remove" if args.dry_run else "undone: removed"
            print(json.dumps(out) if args.json else f"{verb} {out['removed']}, restored {out['restored']}")
            return 0
        if not args.files:
            raise BadInput("give one or more workbooks to import (or --undo-last)")
        files = [Path(f) for f in args.files]
        run = exchange.preview_import if args.dry_run else exchange.commit_import
        result = run(ws, files)
    data = result.as_dict()
    data["dry_run"] = bool(args.dry_run)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _print_result(data)
    return 1 if result.rejected else 0


def _print_result(d: dict) -> None:
    prefix = "would be " if d["dry_run"] else ""
    print(
        f"{prefix}inserted {d['inserted']}, {prefix}updated {d['updated']}, unchanged {d['unchanged']}, "
        f"rejected {d['rejected']}, conflicts {d['conflicts']}"
    )
    for r in d["rejected_rows"][:200]:
        where = f"{r['sheet']}!{r['column']}{r['row']}" if r["column"] else f"{r['sheet']} row {r['row']}"
        column = f" ({r['tag']}{' ' + r['header'] if r['header'] else ''})" if r["tag"] else ""
        print(f"  rejected {r['file']} {where}{column}: {r['code']} {r['value']!r}")
    if len(d["rejected_rows"]) > 200:
        print(f"  … and {len(d['rejected_rows']) - 200} more (use --json for all)")
    for w in d["warnings"][:50]:
        where = f" {w['sheet']} row {w['row']}" if w["row"] else ""
        print(f"  warning {w['file']}{where}: {w['code']} {w['detail']}")
    for f in d["files"]:
        for uuid, fields in list(f.get("fields_in", {}).items())[:50]:
            print(f"  {f['file']}: {uuid} brings {', '.join(fields)}")
        for uuid, fields in list(f.get("conflict_fields", {}).items())[:50]:
            both = "was edited both here and there; see `fieldapp conflicts`"
            print(f"  conflict: {uuid} {', '.join(fields)} {both}")
        if f.get("refused"):
            print(f"  {f['file']}: {f['refused']} row(s) refused: records of another office (other_office)")


def cmd_report(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    with Workspace(where) as ws:
        inst = require(ws.store)
        path = exchange.write_report(
            ws, args.file, args.date_from, args.date_to, args.language or inst.language
        )
    print(f"report written to {path}")
    return 0


def cmd_template(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    path = exchange.write_template(args.file, args.language)
    print(f"template written to {path}")
    return 0


def cmd_conflicts(args, where: Paths) -> int:
    from fieldapp.services import conflicts

    with Workspace(where) as ws:
        require(ws.store)
        if args.conflicts_command == "resolve":
            take = args.take
            conflicts.resolve(ws.records, args.id, take)
            print(f"conflict {args.id} resolved ({take}); the choice travels in your next export")
            return 0
        items = conflicts.list_conflicts(ws.store, include_resolved=args.all)
    if args.json:
        print(json.dumps([c.as_dict() for c in items], ensure_ascii=False, indent=1))
        return 0
    if not items:
        print("no conflicts")
        return 0
    for c in items:
        d = c.as_dict()
        print(
            f"{d['id']}  {d['office']} {d['start_date']} {d['uuid']}  {d['field']} [{d['status']}]\n"
            f"    kept:  {d['kept']!r}  ({d['kept_office']}, {d['kept_at']})\n"
            f"    other: {d['other']!r}  ({d['other_office']}, {d['other_at']})"
        )
    print(f"{len(items)} conflict(s); resolve with: fieldapp conflicts resolve ID --take mine|theirs|VALUE")
    return 0
