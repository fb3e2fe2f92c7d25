"""Demo databases made by `fieldapp demo`, cached under bench/.cache keyed by N, seed and schema."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import ROOT, BenchError, child_env

CACHE = Path(os.environ.get("FIELDAPP_BENCH_CACHE") or ROOT / "bench" / ".cache")
DB_FILE = "fieldapp.sqlite3"
OFFICE = ("ALA-01", "Almaty field office", "KZ-75")
SEED = 1


def _code_key() -> str:
    """A digest of everything the generated data depends on: demo code, reference data, migrations."""
    h = hashlib.sha256()
    files = [ROOT / "fieldapp" / "services" / "demo.py"]
    files += sorted((ROOT / "resources" / "reference").glob("*.json"))
    files += sorted((ROOT / "fieldapp" / "storage" / "migrations").glob("m*.py"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


def _schema() -> int:
    from fieldapp.storage.migrations import LATEST

    return LATEST


def fieldapp_cmd(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "fieldapp", "--home", str(home), *args]


def _run(cmd: list[str], timeout: float) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=child_env(), timeout=timeout)
    if proc.returncode:
        raise BenchError(f"{' '.join(cmd[2:])} failed: {proc.stderr.strip()[-800:]}")


def init_home(home: Path) -> Path:
    """An initialised, empty installation in `home` (the import target).

    A training installation: only those take demo records and import the workbooks exported from them.
    """
    office, name, region = OFFICE
    cmd = fieldapp_cmd(
        home, "init", "--training", "--office", office, "--office-name", name, "--region", region
    )
    _run(cmd, 120)
    return home


def demo_home(n: int, log=print) -> tuple[Path, float | None]:
    """A cached home with `n` demo records; returns it and the seconds generation took (None if cached)."""
    key = f"demo-{n}-s{SEED}-v{_schema()}-{_code_key()}-training"
    home = CACHE / key
    if (home / "ready").exists():
        return home, None
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"demo-{n}-*"):  # another schema or demo version: stale, and big
        shutil.rmtree(old, ignore_errors=True)
    tmp = CACHE / f"{key}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    log(f"  generating {n:,} demo records with `fieldapp demo` (cached for later runs)...")
    t0 = time.perf_counter()
    init_home(tmp)
    _run(fieldapp_cmd(tmp, "demo", "--records", str(n), "--seed", str(SEED)), 3600)
    took = time.perf_counter() - t0
    (tmp / "ready").write_text(f"{took:.1f}\n")
    tmp.rename(home)
    return home, took


def working_copy(source_home: Path, dest_home: Path) -> Path:
    """Copy a cached home's database into `dest_home` (so a bench never alters the cache)."""
    if dest_home.exists():
        shutil.rmtree(dest_home)
    dest_home.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        src = source_home / (DB_FILE + suffix)
        if src.exists():
            shutil.copyfile(src, dest_home / (DB_FILE + suffix))
    return dest_home


def _export_key() -> str:
    """A digest of the code that decides an export's bytes: fieldapp's version and its exchange package."""
    from fieldapp import __version__

    h = hashlib.sha256(__version__.encode())
    for f in sorted((ROOT / "fieldapp" / "exchange").glob("*.py")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


def cached_export(source_home: Path, make) -> Path:
    """The workbook exported from a cached demo home, kept beside it (`exports/`, removed with it).

    For runs that do not time the export (`--only import`): at 1,000,000 records exporting takes
    minutes under load. `make(path)` writes it (a child process) when no export of this code exists."""
    folder = source_home / "exports"
    path = folder / f"export-{_export_key()}.xlsx"
    if path.exists():
        return path
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    tmp = folder / f"partial-{path.name}"  # an export must end in .xlsx
    make(tmp)
    tmp.rename(path)
    return path
