"""The command line: the desktop app by default, headless subcommands otherwise. Never imports Qt itself."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence

from fieldapp import __version__, logs, paths
from fieldapp.cli import exchange_commands, records_commands
from fieldapp.domain.errors import FieldappError
from fieldapp.storage import NotAFieldappDatabase

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

log = logging.getLogger("fieldapp.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, exit 2, no usage dump on stderr noise
        self.exit(EXIT_USAGE, f"fieldapp: error: {message}\n(see `fieldapp --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fieldapp", description="Log outreach activities and exchange them as Excel workbooks."
    )
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    parser.add_argument("--home", metavar="DIR", help="data directory (default: per-user; or $FIELDAPP_HOME)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the app offscreen in a temporary home, save, export and re-import a record, then exit",
    )
    parser.add_argument("--self-test-output", metavar="FILE", help="also write the self-test result to FILE")
    parser.add_argument("--language", choices=("kk", "ru", "en"), help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    records_commands.register(sub)
    exchange_commands.register(sub)
    return parser


def _tolerant_console() -> None:
    """Text a console cannot show (Kazakh letters on a cp866 console) is replaced, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        # not every stream is a reconfigurable text stream (tests capture them)
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_console()
    args = build_parser().parse_args(argv)
    where = paths.resolve(args.home)
    if args.self_test:
        from fieldapp.ui.selftest import run_self_test  # Qt is imported only here and for the GUI

        return run_self_test(args.self_test_output)
    if args.command is None:
        from fieldapp.ui.app import run_gui

        return run_gui(where, language=args.language)
    try:
        where.ensure()
        log_path = logs.setup(where.logs)
    except OSError as e:
        print(f"fieldapp: error: cannot use data directory {where.home}: {e}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.handler(args, where)
    except (FieldappError, NotAFieldappDatabase) as e:
        print(f"fieldapp: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(
            "fieldapp: interrupted; nothing was half-written (every change is one transaction)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    except Exception:
        log.exception("internal error in %r", args.command)
        print(f"fieldapp: internal error; details were written to {log_path}", file=sys.stderr)
        return EXIT_INTERNAL
