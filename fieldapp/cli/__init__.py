"""The command line: the desktop app by default, headless subcommands otherwise. Never imports Qt itself."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from fieldapp import __version__, logs, paths
from fieldapp.domain.errors import FieldappError

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("fieldapp.cli")


def build_parser() -> argparse.ArgumentParser:
    # argparse and the subcommands (and through them storage, services) are imported only when needed
    import argparse

    from fieldapp.cli import (
        exchange_commands,
        hub_commands,
        records_commands,
        reference_commands,
        targets_commands,
    )

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # one clear line, exit 2, no usage dump on stderr noise
            self.exit(EXIT_USAGE, f"fieldapp: error: {message}\n(see `fieldapp --help`)\n")

    parser = _Parser(
        prog="fieldapp", description="Log outreach activities and exchange them as Excel workbooks."
    )
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    parser.add_argument("--home", metavar="DIR", help="data directory (default: per-user; or $FIELDAPP_HOME)")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="the coordinators' shared database, postgresql://USER@HOST/DB?sslmode=require (or "
        "$FIELDAPP_DATABASE); the password comes from libpq's password file, never from fieldapp",
    )
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
    targets_commands.register(sub)
    reference_commands.register(sub)
    hub_commands.register(sub)
    return parser


def safe_console() -> None:
    """Never crash on a console that cannot show a character (cp866, cp1252, a redirected stdout):
    what it cannot show becomes '?'. Without a console (a windowed exe, a scheduled task) the streams
    are None and print() writes nothing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a detached or closed stream
                reconfigure(errors="replace")


def _log_unraisable(unraisable) -> None:
    """Errors Python cannot raise (a half-written file's writer closing on a full disk, at exit) go to
    the log, not after the one-line message on the console."""
    with contextlib.suppress(Exception):
        log.warning(
            "ignored while cleaning up: %s",
            unraisable.err_msg or "",
            exc_info=(unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback),
        )


def no_display() -> str:
    """Why the desktop app cannot open a window here ('' if it can): Qt would abort with a misleading
    "reinstall the application" message. Only Linux and other X11/Wayland systems can lack one."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "fieldapp: error: the desktop app needs a display, and none was found (DISPLAY and "
        "WAYLAND_DISPLAY are not set).\n"
        "Without one, use the commands (see `fieldapp --help`), e.g. `fieldapp export FILE.xlsx`; "
        "QT_QPA_PLATFORM=offscreen runs the window invisibly (tests, `fieldapp --self-test`)."
    )


GUI_OPTIONS = {"--home": None, "--language": ("kk", "ru", "en")}


def gui_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of a plain desktop start (`fieldapp`, `--home DIR`, `--language xx`), read without
    argparse: importing it and building every subcommand's parser cost the window's start-up ~25 ms.
    None for anything else (a command, --help, a misspelt or abbreviated option): argparse decides."""
    given: dict[str, str] = {}
    items = list(argv)
    while items:
        option, equals, value = items.pop(0).partition("=")
        if option not in GUI_OPTIONS or option in given:
            return None
        if not equals:
            if not items or items[0].startswith("-"):
                return None
            value = items.pop(0)
        allowed = GUI_OPTIONS[option]
        if not value or (allowed is not None and value not in allowed):
            return None
        given[option] = value
    return SimpleNamespace(home=given.get("--home"), language=given.get("--language"), self_test=False,
                           self_test_output=None, command=None)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    safe_console()
    argv = sys.argv[1:] if argv is None else list(argv)
    args = gui_arguments(argv)
    if args is None:  # a command: collect garbage as usual (`python -m fieldapp` waited while importing)
        gc.enable()
        args = build_parser().parse_args(argv)
    try:
        return _main(args)
    finally:
        gc.enable()  # the desktop app collects from its first paint (ui/app.py, `run_gui`)


def _main(args) -> int:
    where = paths.resolve(args.home, getattr(args, "database", None))
    if where.database_url:  # the coordinators' hub: only then are the hub's services imported here
        from fieldapp.services.hub import is_address

        if not is_address(where.database_url):
            source = (
                "--database" if getattr(args, "database", None)
                else paths.DATABASE_ENV if os.environ.get(paths.DATABASE_ENV)
                else str(where.shared_database_file)
            )  # fmt: skip
            print(
                f"fieldapp: error: {source} must give a postgresql://… address, not {where.database_url!r} "
                "(`fieldapp hub use --none` goes back to this computer's file)",
                file=sys.stderr,
            )
            return EXIT_USAGE
    if args.self_test:
        if args.self_test_output:
            from fieldapp.services.outputs import check_output

            try:  # the result file must not land on the data
                check_output(args.self_test_output, where, suffix=None)
            except FieldappError as e:
                print(f"fieldapp: error: {e}", file=sys.stderr)
                return EXIT_USAGE
        from fieldapp.ui.selftest import run_self_test  # Qt is imported only here and for the GUI

        return run_self_test(args.self_test_output)
    if args.command is None:
        missing = no_display()
        if missing:
            print(missing, file=sys.stderr)
            return EXIT_USAGE
        from fieldapp.ui.app import run_gui

        return run_gui(where, language=args.language)
    previous_tmp = tempfile.tempdir
    try:
        where.ensure()
        log_path = logs.setup(where.logs)
        private_tmp = paths.use_private_tmp(where)
        sys.unraisablehook = _log_unraisable
    except OSError as e:
        print(f"fieldapp: error: {_cannot_use(where, e)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _run(args, where, log_path)
    finally:
        paths.release_private_tmp(private_tmp, previous_tmp)


def _run(args, where: paths.Paths, log_path) -> int:
    try:
        return args.handler(args, where)
    except FieldappError as e:
        print(f"fieldapp: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (`fieldapp import … --json | head`): the work is done
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print(
            "fieldapp: interrupted; nothing was half-written (every change is one transaction)",
            file=sys.stderr,
        )
        return EXIT_USAGE  # the person stopped it: not an internal error
    except Exception as e:
        from fieldapp.services.maintenance import user_error

        known = user_error(e, where)  # not a fieldapp database, busy, disk full, read-only, damaged
        if known is not None:
            log.warning("%r stopped: %s", args.command, known, exc_info=e)
            print(f"fieldapp: error: {known}", file=sys.stderr)
            return EXIT_USAGE
        log.exception("internal error in %r", args.command)
        print(f"fieldapp: internal error; details were written to {log_path}", file=sys.stderr)
        return EXIT_INTERNAL


def _cannot_use(where: paths.Paths, error: OSError) -> str:
    from fieldapp.services.maintenance import user_error

    known = user_error(error, where)
    return str(known) if known is not None else f"cannot use data directory {where.home}: {error}"
