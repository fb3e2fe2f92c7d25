"""`fieldapp reference …`: the coordinator's versioned reference workbook (export, import, undo, role)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fieldapp.cli.records_commands import _open
from fieldapp.domain.errors import BadInput
from fieldapp.paths import Paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reference",
        help="reference data: export or import the versioned reference workbook",
        description="Reference data (activity kinds, target groups, site types, partners, offices expected "
        "to report): the coordinator exports a versioned workbook, offices import it.",
    )
    rsub = p.add_subparsers(dest="reference_command", metavar="ACTION", required=True)

    e = rsub.add_parser(
        "export",
        help="write the reference workbook of the data in use",
        description="Write the reference workbook of the reference data in use.",
    )
    e.add_argument("file", metavar="FILE.xlsx", help="where to write the workbook (.xlsx)")
    e.set_defaults(handler=cmd_export)

    i = rsub.add_parser(
        "import",
        help="import a reference workbook (all or nothing; --dry-run previews)",
        description="Import a reference workbook: all or nothing, after a preview with --dry-run.",
    )
    i.add_argument("file", nargs="?", metavar="FILE.xlsx", help="the coordinator's reference workbook")
    i.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    i.add_argument("--undo-last", action="store_true", help="go back to the previous reference version")
    i.add_argument("--json", action="store_true", help="print the result as JSON")
    i.set_defaults(handler=cmd_import)

    s = rsub.add_parser(
        "show",
        help="the reference version in use and its activity kinds",
        description="Show the reference version in use and its activity kinds.",
    )
    s.add_argument("--json", action="store_true", help="print JSON instead of lines")
    s.set_defaults(handler=cmd_show)

    r = rsub.add_parser(
        "role",
        help="this installation's role: office (default) or coordinator",
        description="Show or set this installation's role: office (default) or coordinator.",
    )
    r.add_argument(
        "value", nargs="?", choices=("office", "coordinator"), help="the new role (omit to show it)"
    )
    r.set_defaults(handler=cmd_role)


def cmd_export(args, where: Paths) -> int:
    from fieldapp.services import reference

    with _open(where) as ws:
        path = reference.export_workbook(ws, args.file)
        version = ws.reference.version
    print(f"reference data version {version} written to {path}")
    return 0


def cmd_import(args, where: Paths) -> int:
    from fieldapp.services import reference

    with _open(where) as ws:
        if args.undo_last:
            if args.file:
                raise BadInput("--undo-last takes no file")
            change = reference.undo_last(ws, dry_run=args.dry_run)
        else:
            if not args.file:
                raise BadInput("give the reference workbook to import (or --undo-last)")
            run = reference.preview_import if args.dry_run else reference.commit_import
            change = run(ws, Path(args.file))
    print_change(change, args.json, args.dry_run, args.undo_last)
    return 0


def print_change(change, as_json: bool = False, dry_run: bool = False, undo: bool = False) -> None:
    if as_json:
        print(json.dumps({**change.as_dict(), "dry_run": dry_run}, ensure_ascii=False, indent=1))
        return
    would = "would go" if dry_run else "went"
    if change.unchanged and not undo:
        print(f"reference data unchanged (version {change.old_version} in use)")
        return
    undo = undo or change.undo  # then the lines say what the undo does (see ReferenceChange)
    print(f"reference data {would} from version {change.old_version} to {change.new_version}")
    for key, codes in change.added.items():
        print(f"  {'removed' if undo else 'added'} {key}: {', '.join(codes)}")
    for key, codes in change.changed.items():
        print(f"  {'changed back' if undo else 'changed'} {key}: {', '.join(codes)}")
    if change.retired:
        print(f"  retired kinds (still shown for old records): {', '.join(change.retired)}")
    if change.reactivated:
        again = ", ".join(change.reactivated)
        print(f"  kinds active again (no longer retired, offered for new records): {again}")
    for codes in change.removed.values():
        if undo:
            print(f"  expected to report again: {', '.join(codes)}")
        else:
            print(f"  no longer expected to report (their records stay): {', '.join(codes)}")


def cmd_show(args, where: Paths) -> int:
    from fieldapp.services import reference

    with _open(where) as ws:
        ref = ws.reference
        role = reference.role(ws)
    kinds = [{"code": k.code, "en": k.name("en"), "retired": k.retired} for k in ref.kinds]
    if args.json:
        print(json.dumps({"version": ref.version, "role": role, "kinds": kinds}, ensure_ascii=False))
        return 0
    print(f"reference data version {ref.version} ({role} installation)")
    for k in kinds:
        print(f"  {k['code']}: {k['en']}{' (retired)' if k['retired'] else ''}")
    return 0


def cmd_role(args, where: Paths) -> int:
    from fieldapp.services import reference

    with _open(where) as ws:
        if args.value:
            reference.set_role(ws, args.value)
        print(reference.role(ws))
    return 0
