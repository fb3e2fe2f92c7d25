"""Every page fits the screens field staff have: a 1024×600 netbook, and 1366×768 at 150 % scaling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCREENS = {
    "netbook-1024x600": (1024, 600, None),
    "laptop-1366x768-150%": (1366, 768, "1.5"),
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_fits_the_screen_and_shows_every_button(tmp_path, screen, language):
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({
        "windowFrameMargins": True,
        "screens": [{"name": screen, "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}],
    }))  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR", "FIELDAPP_HOME")}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    probe = Path(__file__).with_name("screen_probe.py")
    done = subprocess.run(
        [sys.executable, str(probe), str(tmp_path / "home"), language],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["problems"] == [], "\n".join(result["problems"])
