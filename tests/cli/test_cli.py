"""The command line end to end in a temporary home: init, demo, backup, restore, check, bad input."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp import __version__
from fieldapp.cli import main

ROOT = Path(__file__).parents[2]


def run(*args):
    """The real `fieldapp` process, as a user or a script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )


def count(home: Path, where: str = "1") -> int:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute(f"SELECT COUNT(*) FROM activity WHERE {where}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def inited(tmp_path):
    home = tmp_path / "home"
    r = run(
        "--home", str(home), "init", "--training",
        "--office", "ala-01", "--office-name", "Алматы", "--region", "KZ-75",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "ALA-01" in r.stdout
    return home


def test_version():
    r = run("--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"fieldapp {__version__}")


def test_init_demo_backup_check_restore_round_trip(inited, tmp_path):
    home = inited
    r = run("--home", str(home), "demo", "--records", "400", "--seed", "5")
    assert r.returncode == 0, r.stderr
    assert count(home) == 400
    assert 0 < count(home, "deleted = 1") < 40, "some demo records are deleted"
    assert count(home, "version > 1") > 10, "some demo records were edited"

    r = run("--home", str(home), "check")
    assert r.returncode == 0 and r.stdout.startswith("ok: 400 records"), r.stdout + r.stderr

    r = run("--home", str(home), "backup", str(tmp_path / "saved"))
    assert r.returncode == 0, r.stderr
    (saved,) = (tmp_path / "saved").glob("fieldapp-*.sqlite3")

    run("--home", str(home), "demo", "--records", "100", "--seed", "6")
    assert count(home) == 500

    r = run("--home", str(home), "restore", str(saved))
    assert r.returncode == 0, r.stderr
    assert count(home) == 400
    # the database replaced by the restore was kept first
    safety = list((home / "backups").glob("*before-restore*.sqlite3"))
    assert len(safety) == 1
    con = sqlite3.connect(safety[0])
    assert con.execute("SELECT COUNT(*) FROM activity").fetchone() == (500,)
    con.close()
    assert run("--home", str(home), "check").returncode == 0


def test_demo_is_reproducible_from_its_seed(tmp_path):
    homes = []
    for name in ("a", "b"):
        home = tmp_path / name
        assert (
            main(
                [
                    "--home",
                    str(home),
                    "init",
                    "--training",
                    "--office",
                    "X",
                    "--office-name",
                    "X",
                    "--region",
                    "KZ-10",
                ]
            )
            == 0
        )
        assert main(["--home", str(home), "demo", "--records", "50", "--seed", "9"]) == 0
        homes.append(home)
    rows = []
    for home in homes:
        con = sqlite3.connect(home / "fieldapp.sqlite3")
        rows.append(
            con.execute(
                "SELECT kind, region, start_date, people_reached FROM activity ORDER BY pk"
            ).fetchall()
        )
        con.close()
    assert rows[0] == rows[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["init", "--office", "X1", "--office-name", "X", "--region", "KZ-99"],
            "unknown region code 'KZ-99'",
        ),
        (["init", "--office-name", "X", "--region", "KZ-75"], "--office"),
        (["init", "--office", "bad code!", "--office-name", "X", "--region", "KZ-75"], "office code"),
        (["demo", "--records", "many"], "not a whole number"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_one_clear_line_and_change_nothing(inited, args, message):
    before = (inited / "fieldapp.sqlite3").read_bytes()
    r = run("--home", str(inited), *args)
    assert r.returncode == 2
    assert message in r.stderr
    assert "Traceback" not in r.stderr
    assert (inited / "fieldapp.sqlite3").read_bytes() == before


def test_demo_before_init_is_a_usage_error(tmp_path):
    r = run("--home", str(tmp_path / "fresh"), "demo", "--records", "5")
    assert r.returncode == 2 and "fieldapp init" in r.stderr


@pytest.mark.parametrize("kind", ["missing", "text", "foreign", "truncated"])
def test_restore_refuses_what_is_not_a_fieldapp_backup(inited, tmp_path, kind):
    run("--home", str(inited), "demo", "--records", "20")
    bad = tmp_path / "bad.sqlite3"
    if kind == "text":
        bad.write_text("hello")
    elif kind == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        con.execute("INSERT INTO meta VALUES ('app', 'someone-else')")
        con.commit()
        con.close()
    elif kind == "truncated":
        run("--home", str(inited), "backup", str(tmp_path / "b"))
        (good,) = (tmp_path / "b").glob("*.sqlite3")
        bad.write_bytes(good.read_bytes()[:100])
    before = count(inited)
    r = run("--home", str(inited), "restore", str(bad))
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and r.stderr.startswith("fieldapp: error:")
    assert count(inited) == before


def test_an_internal_error_exits_3_and_names_the_log(inited):
    # a database whose activity table was damaged behind fieldapp's back
    con = sqlite3.connect(inited / "fieldapp.sqlite3")
    con.execute("DROP TABLE activity")
    con.commit()
    con.close()
    r = run("--home", str(inited), "demo", "--records", "3")
    assert r.returncode == 3
    log = inited / "logs" / "fieldapp.log"
    assert str(log) in r.stderr
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_every_subcommand_and_option_explains_itself():
    """`fieldapp COMMAND --help` starts with what the command does, and every option says what it is."""
    import argparse

    from fieldapp.cli import build_parser

    parser = build_parser()
    missing = []
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parsers = {"fieldapp": parser, **{f"fieldapp {n}": p for n, p in subparsers.choices.items()}}
    for name, p in parsers.items():
        if not p.description:
            missing.append(f"{name}: no description")
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
                continue
            if not action.help:
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}: no help")
    assert not missing, "\n".join(missing)
    r = run("export", "--help")
    assert r.returncode == 0 and subparsers.choices["export"].description.split()[0] in r.stdout


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Windows and macOS always have a display")
def test_the_app_without_a_display_says_so_and_how_to_run_headless(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", str(tmp_path / "home")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert r.returncode == 2, r.stderr
    assert "display" in r.stderr and "fieldapp --help" in r.stderr
    assert "qt.qpa" not in r.stderr and "plugin" not in r.stderr
    assert len(r.stderr.strip().splitlines()) <= 3


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["--home", "/data/x"], ("/data/x", None)),
        (["--home=/data/x", "--language", "kk"], ("/data/x", "kk")),
        (["--language=ru"], (None, "ru")),
    ],
)
def test_a_plain_desktop_start_is_read_without_the_parser(argv, expected):
    """The window's start-up does not pay for argparse and every subcommand's parser."""
    from fieldapp.cli import gui_arguments

    args = gui_arguments(argv)
    assert args is not None and (args.home, args.language) == expected
    assert args.command is None and not args.self_test


@pytest.mark.parametrize(
    "argv",
    [
        ["--home"],  # no value
        ["--home", "--language", "kk"],  # an option where the value should be
        ["--language", "de"],  # not a UI language
        ["--hom", "x"],  # abbreviations are argparse's to judge
        ["--home", "a", "--home", "b"],
        ["--help"],
        ["--version"],
        ["--self-test"],
        ["check"],
        ["--home", "x", "export", "out.xlsx"],
    ],
)
def test_anything_but_a_plain_desktop_start_goes_to_the_parser(argv):
    from fieldapp.cli import gui_arguments

    assert gui_arguments(argv) is None


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--language", "de"], "invalid choice: 'de'"), (["--home"], "expected one argument")],
)
def test_a_mistyped_desktop_start_is_still_one_clear_line_and_exit_2(tmp_path, args, message):
    r = run(*args)
    assert r.returncode == 2, r.stderr
    assert message in r.stderr and "Traceback" not in r.stderr
