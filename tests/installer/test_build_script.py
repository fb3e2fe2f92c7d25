"""installer/build.py on a Linux machine without wine: stops at once and names what exists."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows build needs no wine")
def test_without_wine_it_says_how_to_get_it(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(sys.executable)  # a PATH with Python and nothing else
    r = subprocess.run(
        [
            str(bin_dir / "python3"),
            str(ROOT / "installer" / "build.py"),
            "windows",
            "--build-dir",
            str(tmp_path / "b"),
        ],
        capture_output=True,
        text=True,
        env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
        timeout=120,
    )
    assert r.returncode != 0
    assert "wine" in r.stderr and "apt-get install" in r.stderr, r.stderr
    for script in re.findall(r"[\w./-]+\.(?:sh|py)\b", r.stderr):
        assert (ROOT / script).exists(), f"the message points at {script}, which does not exist"
    assert not (tmp_path / "b" / "venv").exists(), "stopped before building anything"
