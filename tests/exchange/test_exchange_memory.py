"""Export streams: the peak memory of exporting 100,000 records stays within 1.5 × that of 10,000."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.services.workspace import Workspace

ROOT = Path(__file__).parents[2]


def peak_rss_kb_of_export(home: Path, out: Path) -> int:
    """Run `fieldapp export` as its own process and return that process's peak resident memory."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "--home", str(home), "export", str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0
    return usage.ru_maxrss


@pytest.mark.slow
def test_export_peak_memory_is_flat_in_the_number_of_records(tmp_path):
    peaks = {}
    for n in (10_000, 100_000):
        paths = Paths(tmp_path / f"home{n}")
        with Workspace(paths) as ws:
            installation.configure(ws.store, "ALA-01", "Almaty", "KZ-75")
            demo.generate(ws.store, n, seed=4)
        peaks[n] = peak_rss_kb_of_export(paths.home, tmp_path / f"out{n}.xlsx")
    assert peaks[100_000] <= 1.5 * peaks[10_000], peaks
