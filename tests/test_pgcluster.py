"""The test suite's throwaway PostgreSQL clusters do not outlive a killed test run (tests/pgcluster.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import pgcluster

REPO = Path(__file__).resolve().parents[1]

OWNER = """
import time
from tests import pgcluster
cluster = pgcluster.start_cluster()
print(cluster.root, flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def needs_postgres():
    if pgcluster.find_bin_dir() is None:
        if os.environ.get(pgcluster.REQUIRE_ENV):
            pytest.fail(f"{pgcluster.REQUIRE_ENV} is set but PostgreSQL is missing")
        pytest.skip("PostgreSQL is not installed on this machine")


def test_a_killed_runs_cluster_is_stopped_and_removed_by_the_next_run(needs_postgres):
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER], cwd=REPO, stdout=subprocess.PIPE, text=True
    )  # fmt: skip
    try:
        root = Path(owner.stdout.readline().strip())
        assert (root / "data" / "postmaster.pid").exists(), "the owner's cluster did not start"
        postmaster = int((root / "data" / "postmaster.pid").read_text().split()[0])

        assert root not in pgcluster.reap_orphans(), "a live run's cluster was taken from it"
        assert root.exists() and _running(postmaster)
    finally:
        owner.kill()  # SIGKILL: no fixture teardown, no atexit
        owner.wait()
    assert _running(postmaster), "the killed run's server should still be running before the next run"

    assert root in pgcluster.reap_orphans()
    assert not root.exists()
    deadline = time.monotonic() + 60
    while _running(postmaster) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(postmaster), "the orphaned PostgreSQL server is still running"


def test_a_cluster_directory_without_an_owner_record_is_left_alone(tmp_path):
    """Made by an older copy of pgcluster (another checkout's run), or still being set up."""
    unknown = tmp_path / (pgcluster.PREFIX + "older")
    (unknown / "data").mkdir(parents=True)
    assert pgcluster.reap_orphans(tmp_path) == []
    assert unknown.exists()


def test_an_owner_pid_reused_by_another_process_does_not_keep_an_orphan(tmp_path):
    """The record holds the owner's start time too: a new process with the old pid is not the owner."""
    orphan = tmp_path / (pgcluster.PREFIX + "reused")
    orphan.mkdir()
    (orphan / pgcluster.OWNER_FILE).write_text(f"{os.getpid()} 1\n")  # our pid, another start time
    assert pgcluster.reap_orphans(tmp_path) == [orphan]
    assert not orphan.exists()
