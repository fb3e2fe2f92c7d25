"""One desktop app per data directory: a second copy finds the first, asks it forward, and exits."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from fieldapp.ui import single

posix_only = pytest.mark.skipif(os.name != "posix", reason="the stdlib socket is the POSIX form")


def ask_from_another_process(home) -> subprocess.CompletedProcess:
    code = f"from fieldapp.ui.single import bring_forward_existing as b; print(b({str(home)!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_a_second_copy_is_answered_and_brings_the_first_forward(qtbot, tmp_path):
    first = single.SingleInstance(tmp_path)
    try:
        assert first.listening
        with qtbot.waitSignal(first.activated, timeout=10_000):
            proc = subprocess.Popen(
                [sys.executable, "-c",
                 f"from fieldapp.ui.single import bring_forward_existing as b; print(b({str(tmp_path)!r}))"],
                stdout=subprocess.PIPE, text=True,
            )  # fmt: skip
        assert proc.communicate(timeout=60)[0].strip() == "True"
        assert single.is_running(tmp_path)
        assert not single.is_running(tmp_path / "other")  # another data directory is another app
    finally:
        first.close()
    assert not single.is_running(tmp_path)  # a closed copy is not found


@posix_only
def test_a_copy_killed_without_cleaning_up_does_not_block_the_next_start(qtbot, tmp_path):
    """kill -9 leaves the socket file behind: nobody answers on it, so the next copy takes it over."""
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from fieldapp.ui.single import SingleInstance\n"
        "app = QCoreApplication([])\n"
        f"s = SingleInstance({str(tmp_path)!r})\n"
        "print('listening', s.listening, flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "listening True" in out.stdout, out.stderr
    assert os.path.exists(single.socket_path(tmp_path))  # left behind
    assert not single.is_running(tmp_path)
    again = single.SingleInstance(tmp_path)
    try:
        assert again.listening and single.is_running(tmp_path)
    finally:
        again.close()


@posix_only
def test_only_this_user_may_connect(qtbot, tmp_path):
    first = single.SingleInstance(tmp_path)
    try:
        mode = stat.S_IMODE(os.stat(single.socket_path(tmp_path)).st_mode)
        assert mode & 0o077 == 0, oct(mode)
    finally:
        first.close()


def test_a_connection_that_says_nothing_or_nonsense_brings_nothing_forward(qtbot, tmp_path):
    first = single.SingleInstance(tmp_path)
    seen = []
    first.activated.connect(lambda: seen.append(1))
    try:
        assert single.is_running(tmp_path)  # connects and says nothing
        code = (
            "import socket, sys\n"
            "from fieldapp.ui.single import socket_path\n"
            "s = socket.socket(socket.AF_UNIX)\n"
            f"s.connect(socket_path({str(tmp_path)!r}))\n"
            "s.sendall(b'x' * 100000)\n"
            "s.close()\n"
        )
        if os.name == "posix":
            subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
        qtbot.wait(300)
        assert seen == []
        with qtbot.waitSignal(first.activated, timeout=10_000):
            assert ask_from_another_process(tmp_path).stdout.strip() == "True"
    finally:
        first.close()
