"""Running measurements: each round in a fresh child process, medians over rounds, peak memory."""

from __future__ import annotations

import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULT_PREFIX = "BENCH-RESULT "


class BenchError(RuntimeError):
    """A measurement could not be taken (the child failed or timed out)."""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("FIELDAPP_HOME", None)
    # Start-up is measured as installed: with bytecode cached (PyInstaller ships it compiled). A shell
    # that sets PYTHONDONTWRITEBYTECODE would otherwise make every start recompile fieldapp's sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def emit(result: dict) -> None:
    """Called in a child: hand the result back to the parent on one marked stdout line."""
    result.setdefault("peak_mb", round(peak_mb(), 1))
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def run_child(task: str, args: dict, timeout: float = 1800) -> dict:
    """Run `bench.child TASK` in a fresh interpreter and return the dict it emitted."""
    cmd = [sys.executable, "-m", "bench.child", task, json.dumps(args)]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=child_env(), check=False
        )
    except subprocess.TimeoutExpired as e:
        raise BenchError(f"{task} timed out after {timeout:.0f} s") from e
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
    raise BenchError(f"{task} failed (exit {proc.returncode}):\n  " + "\n  ".join(tail))


def time_to_marker(cmd: list[str], marker: str, timeout: float = 60, env: dict | None = None) -> dict:
    """Wall time from spawning `cmd` to the line starting with `marker` on its stdout.

    The marker line may carry JSON after the marker (the child's own timings and peak memory).
    The process is then left to quit by itself, and killed if it does not within `timeout`.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env or child_env()
    )
    watchdog = threading.Timer(timeout, proc.kill)  # reading stdout blocks: a hung child is killed
    watchdog.start()
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(marker):
                elapsed = time.perf_counter() - started
                rest = line[len(marker) :].strip()
                extra = json.loads(rest) if rest.startswith("{") else {}
                proc.communicate(timeout=timeout)
                return {"seconds": elapsed, **extra}
        _, err = proc.communicate(timeout=timeout)
        why = f"was killed after {timeout:.0f} s" if proc.returncode == -9 else f"exited ({proc.returncode})"
        raise BenchError(f"{shlex.join(cmd[-3:])} {why} without printing {marker!r}: {err.strip()[-600:]}")
    except subprocess.TimeoutExpired as e:
        raise BenchError(f"{cmd} did not finish in {timeout:.0f} s") from e
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def interleaved(
    fieldapp: Callable[[], object], baseline: Callable[[], object], reps: int, warmup: int = 2
) -> dict:
    """Time two callables alternately (so load from other processes hits both alike)."""
    for _ in range(warmup):
        baseline()
        fieldapp()
    ours, theirs = [], []
    for i in range(reps):
        pair = ((baseline, theirs), (fieldapp, ours)) if i % 2 else ((fieldapp, ours), (baseline, theirs))
        for fn, out in pair:
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    # The minimum of each side: noise from other processes only ever adds time, so the fastest
    # repetition is the best estimate of the work itself (rounds then give the median ratio).
    return {
        "fieldapp_s": min(ours),
        "baseline_s": min(theirs),
        "fieldapp_median_s": statistics.median(ours),
        "baseline_median_s": statistics.median(theirs),
    }


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
