"""Start-up: process start to a painted main window with the first table page, against bare PySide6.

The fieldapp side runs `python -m fieldapp --home H` with FIELDAPP_BENCH_FIRST_PAINT=1 set; the app
is expected to print `fieldapp-first-paint` (optionally followed by JSON) once the activity table has
painted its first page, and quit. Until the GUI honours that, the row reports what is missing, and a
headless row measures the share of start-up that is fieldapp's own: importing the entry point,
opening the database and reading the first page (all of which must stay small beside Qt).
"""

from __future__ import annotations

import compileall
import json
import sys
import time
from pathlib import Path

from bench import data
from bench.harness import ROOT, BenchError, child_env, peak_mb, time_to_marker

MARKER = "fieldapp-first-paint"
HOOK_ENV = "FIELDAPP_BENCH_FIRST_PAINT"
T0 = time.perf_counter()


def headless(home: str) -> None:
    """fieldapp's non-Qt share of start-up: entry point imported, database opened, first page read."""
    import fieldapp.cli  # noqa: F401 (what `fieldapp` imports before it decides to start the GUI)
    from fieldapp.paths import Paths
    from fieldapp.services.workspace import Workspace

    t_import = time.perf_counter() - T0
    ws = Workspace(Paths(Path(home)))
    t_open = time.perf_counter() - T0
    page = ws.records.page()
    assert page.records
    t_page = time.perf_counter() - T0
    heavy = sorted(
        m for m in ("openpyxl", "python_calamine", "PySide6", "pyqtgraph", "numpy") if m in sys.modules
    )
    extra = {"import_s": t_import, "open_s": t_open, "page_s": t_page, "heavy_modules": heavy}
    print(MARKER, json.dumps({**extra, "peak_mb": round(peak_mb(), 1)}), flush=True)
    ws.close()


def _gui_ready() -> bool:
    try:
        import importlib.util

        return importlib.util.find_spec("fieldapp.ui.app") is not None
    except ImportError:
        return False


def run(plan, n: int, home: Path) -> list[dict]:
    from bench.suite import _line, failed, result

    compileall.compile_dir(str(ROOT / "fieldapp"), quiet=1)  # as installed: bytecode cached
    compileall.compile_dir(str(ROOT / "bench"), quiet=1)
    py = sys.executable
    bare = [py, "-m", "bench.bare_window"]
    cases = [
        ("headless share: import, open, first page", [py, "-m", "bench.rows.startup", "headless", str(home)])
    ]
    env = {**child_env(), HOOK_ENV: "1"}
    if _gui_ready():
        cases.insert(0, ("main window with the first page", data.fieldapp_cmd(home)))
    out = []
    rounds = max(plan.rounds, 5)
    for case, cmd in cases:
        try:
            samples = []
            for i in range(rounds):  # alternate which goes first, so drift hits both alike
                order = [(cmd, "fieldapp_s"), (bare, "baseline_s")]
                got = {}
                for c, key in order if i % 2 == 0 else order[::-1]:
                    r = time_to_marker(c, MARKER, env=env)
                    got[key] = r.pop("seconds")
                    if key == "fieldapp_s":
                        got.update(r)
                samples.append(got)
            extra = {k: v for k, v in samples[-1].items() if k not in ("fieldapp_s", "baseline_s", "peak_mb")}
            out.append(result("startup", n, case, samples, **extra))
        except BenchError as e:
            out.append(failed("startup", n, case, e))
        plan.log(_line(out[-1]))
    if not _gui_ready():
        out.append(
            failed(
                "startup",
                n,
                "main window with the first page",
                BenchError("fieldapp.ui.app is not there yet (GUI being written)"),
            )
        )
        plan.log(_line(out[-1]))
    return out


if __name__ == "__main__":
    if sys.argv[1] == "bare":  # older name of the baseline, kept for runs started before the move
        from bench.bare_window import main

        main()
    else:
        headless(sys.argv[2])
