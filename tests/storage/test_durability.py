"""A record that create() has returned survives kill -9 of the process, and the file stays sound."""

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldapp.services.workspace import Workspace

KILLS = 20


def _run_and_kill(home: Path, rng: random.Random) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("saver.py")), str(home.home)],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    reported: list[str] = []
    buffer = b""
    # Let it save a random number of records (at least one), then kill it mid-stride.
    wanted = rng.randint(1, 40)
    deadline = time.monotonic() + 60
    fd = proc.stdout.fileno()
    while len(reported) < wanted and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            reported += [line.decode() for line in lines if line]
    os.kill(proc.pid, signal.SIGKILL)
    # Whatever the child had flushed before the kill was committed before it was written.
    rest = proc.stdout.read()
    proc.wait()
    reported += [line.decode() for line in (buffer + rest).split(b"\n") if line.strip()]
    return reported


@pytest.mark.slow
def test_committed_records_survive_kill_9(workspace):
    rng = random.Random(20200315)
    paths = workspace.paths
    workspace.close()
    all_reported: list[str] = []
    for _ in range(KILLS):
        all_reported += _run_and_kill(paths, rng)

    with Workspace(paths) as ws:
        found = ws.records.store.records.get_many(all_reported)
        assert len(all_reported) >= KILLS
        missing = [u for u in all_reported if u not in found]
        assert missing == []
        assert ws.store.integrity_check() == []
        assert ws.store.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
