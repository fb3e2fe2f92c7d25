"""Subcommands for exchange workbooks: export, import (with --dry-run and --undo-last), report, template."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from fieldapp.cli.records_commands import _open
from fieldapp.domain.errors import BadInput
from fieldapp.paths import Paths
from fieldapp.services.outputs import OutputRefused, check_output

LANGS = ("kk", "ru", "en")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write an exchange workbook (default name: office and time)",
        description="Write an exchange workbook for the coordinator (deleted records included, so "
        "that deletions travel too).",
    )
    p.add_argument(
        "file", nargs="?", metavar="FILE.xlsx", help="where to write it (default: office and time, here)"
    )
    scope = p.add_mutually_exclusive_group()
    scope.add_argument(
        "--since-last",
        action="store_true",
        help="only what changed since the last full or since-last export of the same scope (the whole "
        "set; with --office, the last one to that office)",
    )
    scope.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="first start date (YYYY-MM-DD)"
    )
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last start date (YYYY-MM-DD)")
    p.add_argument("--language", choices=LANGS, help="header language (default: the installation's)")
    p.add_argument(
        "--office",
        metavar="CODE",
        help="only this office's records (corrections sent back); does not move the whole set's "
        "since-last marker",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "import",
        help="merge exchange workbooks (prints inserted/updated/unchanged/…)",
        description="Merge exchange workbooks or filled templates in one transaction: all or nothing. "
        "Re-importing a file changes nothing. Exit 1 when rows were rejected.",
    )
    p.add_argument("files", nargs="*", metavar="FILE.xlsx", help="workbooks to import together")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--undo-last",
        action="store_true",
        help="undo the newest import not yet undone (repeat to go further back; with --dry-run: show only)",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "conflicts",
        help="list conflicting edits, or resolve one",
        description="List the edits of one field that did not see each other (the kept and the other "
        "value), or resolve one; a resolution is an ordinary edit that travels in the next export.",
    )
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    csub = p.add_subparsers(dest="conflicts_command", metavar="resolve", parser_class=type(p))
    r = csub.add_parser(
        "resolve",
        help="settle a conflict: --take mine|theirs|VALUE",
        description="Settle one conflict: keep this installation's value (mine), take the other (theirs), "
        "or type a value.",
    )
    r.add_argument("id", metavar="ID", help="the conflict's id, as `fieldapp conflicts` lists it")
    r.add_argument("--take", required=True, metavar="mine|theirs|VALUE", help="which value to keep")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser(
        "report",
        help="write a consolidated report workbook for people (FILE.pdf: a one-page printable summary)",
        description="Write a report workbook for a period: every breakdown, targets and the region map; "
        "or, for FILE.pdf, a one-page printable summary.",
    )
    p.add_argument("file", metavar="FILE.xlsx|FILE.pdf", help="where to write the report (.xlsx or .pdf)")
    p.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="first start date (YYYY-MM-DD)"
    )
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last start date (YYYY-MM-DD)")
    p.add_argument("--language", choices=LANGS, help="report language (default: the installation's)")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "template",
        help="write an empty bulk-entry workbook with drop-downs",
        description="Write an empty bulk-entry template: type records in a spreadsheet, then import it.",
    )
    p.add_argument("file", metavar="FILE.xlsx", help="where to write the template (.xlsx)")
    p.add_argument("--language", choices=LANGS, default="ru", help="header language (default: ru)")
    p.set_defaults(handler=cmd_template)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_export(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    with _open(where) as ws:
        inst = ws.require()
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
    if not args.json:
        return _import(args, where)
    try:
        return _import(args, where)
    except BadInput as e:  # --json: the error as a JSON object too, with the same exit status
        error = {"error": getattr(e, "code", "bad_input"), "file": getattr(e, "file", ""), "message": str(e)}
        print(_json(error))
        print(f"fieldapp: error: {e}", file=sys.stderr)
        return 2


def _json(data: object, indent: int | None = None) -> str:
    """JSON for stdout: Kazakh and Russian as they are on a UTF-8 console, as \\u escapes (still the
    same JSON) on any other (a Russian Windows console, cp866/cp1251, has no Kazakh letters)."""
    encoding = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "").replace("_", "")
    return json.dumps(data, ensure_ascii=encoding != "utf8", indent=indent)


def _import(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    if args.undo_last and args.files:
        raise BadInput("--undo-last undoes the last import; it takes no files")
    with _open(where) as ws:
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
        references = [f for f in files if _is_reference(f)]
        if references and len(files) > 1:
            raise BadInput(f"{references[0].name} is a reference workbook: import it on its own")
        if references:
            # Offices import the reference workbook like any exchange file.
            from fieldapp.cli.reference_commands import print_change
            from fieldapp.services import reference

            run_ref = reference.preview_import if args.dry_run else reference.commit_import
            print_change(run_ref(ws, files[0]), args.json, args.dry_run)
            return 0
        run = exchange.preview_import if args.dry_run else exchange.commit_import
        result = run(ws, files)
    data = result.as_dict()
    data["dry_run"] = bool(args.dry_run)
    if args.json:
        print(_json(data, indent=1))
    else:
        _print_result(data)
    return 1 if result.rejected else 0


def _is_reference(path: Path) -> bool:
    from fieldapp.services import reference

    return path.suffix.lower() == ".xlsx" and path.is_file() and reference.is_reference_workbook(path)


# A kept code of newer reference data (unknown_kind …): the names come with the coordinator's workbook.
REFERENCE_HINT = " (kept as it is; import the coordinator's reference workbook to name it)"


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
        hint = REFERENCE_HINT if w["code"].startswith("unknown_") else ""
        print(f"  warning {w['file']}{where}: {w['code']} {w['detail']}{hint}")
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

    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise BadInput(f"the period ends ({args.date_to}) before it starts ({args.date_from})")
    with _open(where) as ws:
        inst = ws.require()
        pdf = str(args.file).lower().endswith(".pdf")
        try:
            target = check_output(args.file, ws.paths, suffix=".pdf" if pdf else ".xlsx")
        except OutputRefused as e:
            if e.code == "not_xlsx_name":  # a report is a workbook or a PDF: say both
                raise OutputRefused("wrong_suffix", args.file, ".xlsx or .pdf") from None
            raise
        language = args.language or inst.language
        if target.suffix.lower() == ".pdf":  # the one-page printable summary, drawn by Qt (loaded only now)
            from fieldapp.services.reporting import SUMMARY, build_report
            from fieldapp.ui.pdf import write_pdf

            model = build_report(ws, args.date_from, args.date_to, SUMMARY)
            path = write_pdf(model, target, language, ws.reference)
        else:
            path = exchange.write_report(ws, target, args.date_from, args.date_to, language)
    print(f"report written to {path}")
    return 0


def cmd_template(args, where: Paths) -> int:
    from fieldapp.services import exchange  # workbook code loads only for these commands (GUI start-up)

    if where.database.exists():  # the kinds this installation knows (its reference data)
        with _open(where) as ws:
            path = exchange.write_template(args.file, args.language, ws=ws)
    else:
        path = exchange.write_template(args.file, args.language, paths=where)
    print(f"template written to {path}")
    return 0


def cmd_conflicts(args, where: Paths) -> int:
    from fieldapp.services import conflicts

    with _open(where) as ws:
        ws.require()
        if args.conflicts_command == "resolve":
            take = args.take
            conflicts.resolve(ws.records, args.id, take)
            print(f"conflict {args.id} resolved ({take}); the choice travels in your next export")
            return 0
        items = ws.conflicts(include_resolved=args.all)
    if args.json:
        print(_json([c.as_dict() for c in items], indent=1))
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
