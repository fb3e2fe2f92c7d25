"""Subcommands for exchange workbooks: export, import (with --dry-run and --undo-last), report, template."""

from __future__ import annotations

import argparse
import json
import sys
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
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="merge exchange workbooks (prints inserted/updated/unchanged/…)")
    p.add_argument("files", nargs="*", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--undo-last", action="store_true", help="undo the last import that changed records")
    p.set_defaults(handler=cmd_import)

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
            ws, path, scope, args.date_from, args.date_to, language=args.language or inst.language
        )
    print(f"exported {result.record_count} records ({scope}) to {result.path}")
    return 0


def cmd_import(args, where: Paths) -> int:
    if not args.json:
        return _import(args, where)
    try:
        return _import(args, where)
    except BadInput as e:  # --json: the error as a JSON object too, with the same exit status
        error = {"error": getattr(e, "code", "bad_input"), "file": getattr(e, "file", ""), "message": str(e)}
        print(_json(error))
        print(f"fieldapp: error: {e}", file=sys.stderr)
        return 2


def _json(data: dict, indent: int | None = None) -> str:
    """JSON for stdout: Kazakh and Russian as they are on a UTF-8 console, as \\u escapes (still the
    same JSON) on any other (a Russian Windows console, cp866/cp1251, has no Kazakh letters)."""
    encoding = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "").replace("_", "")
    return json.dumps(data, ensure_ascii=encoding != "utf8", indent=indent)


def _import(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    if args.undo_last and args.files:
        raise BadInput("--undo-last undoes the last import; it takes no files")
    with Workspace(where) as ws:
        if args.undo_last:
            changed = exchange.undo_last_import(ws, dry_run=args.dry_run)
            out = {
                "undone": not args.dry_run,
                "dry_run": bool(args.dry_run),
                "removed": len(changed.deleted),
                "restored": len(changed.updated),
            }
            prefix = "would be undone" if args.dry_run else "undone"
            print(
                json.dumps(out)
                if args.json
                else f"{prefix}: removed {out['removed']}, restored {out['restored']}"
            )
            return 0
        if not args.files:
            raise BadInput("give one or more workbooks to import (or --undo-last)")
        files = [Path(f) for f in args.files]
        run = exchange.preview_import if args.dry_run else exchange.commit_import
        result = run(ws, files)
    data = result.as_dict()
    data["dry_run"] = bool(args.dry_run)
    if args.json:
        print(_json(data, indent=1))
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
    for u in d["conflict_uuids"][:50]:
        print(f"  conflict: {u} was changed here since the last export; the newer incoming version won")


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
