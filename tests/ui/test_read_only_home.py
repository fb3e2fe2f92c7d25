"""The desktop app on a read-only data folder (a tmpfs or a share remounted read-only): the command
line's one line ("cannot write to …") and exit 2, never a traceback (issue 17, outside tester)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run(*args, timeout=120):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("FIELDAPP_DATABASE", None)
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.fixture
def read_only_home(tmp_path):
    """A set-up installation's data folder, bind-mounted read-only (needs root, as tests/attacks do)."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root")
    home = tmp_path / "home"
    r = run("--home", home, "init", "--office", "ALA-01", "--office-name", "Almaty", "--region", "KZ-75",
            "--language", "kk")  # fmt: skip
    assert r.returncode == 0, r.stderr
    point = tmp_path / "ro"
    point.mkdir()
    r = subprocess.run(["mount", "--bind", home, point], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount here ({r.stderr.strip()}): needs root in a privileged machine")
    try:
        r = subprocess.run(["mount", "-o", "remount,bind,ro", point], capture_output=True, text=True)
        if r.returncode != 0:
            pytest.skip(f"cannot remount read-only: {r.stderr.strip()}")
        yield point
    finally:
        with contextlib.suppress(Exception):
            subprocess.run(["umount", "-l", point], capture_output=True)


def test_the_app_on_a_read_only_data_folder_says_the_clis_line_and_exits_2(read_only_home):
    cli = run("--home", read_only_home, "check")
    assert cli.returncode == 2 and "cannot write to" in cli.stderr, cli.stdout + cli.stderr
    app = run("--home", read_only_home)
    assert "Traceback" not in app.stdout + app.stderr, app.stderr
    assert app.returncode == 2, (app.returncode, app.stdout, app.stderr)
    assert app.stderr.strip().splitlines() == cli.stderr.strip().splitlines(), (app.stderr, cli.stderr)
