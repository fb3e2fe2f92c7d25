"""Attacks from outside: the real `fieldapp` command against real files, as a clumsy or hostile user would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run(*args, env: dict | None = None, timeout: float = 300):
    """The real `fieldapp` process; no output of it may ever hold a traceback."""
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=timeout,
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stdout + r.stderr
    return r


def count(home: Path, where: str = "1") -> int:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute(f"SELECT COUNT(*) FROM activity WHERE {where}").fetchone()[0]
    finally:
        con.close()


def meta(db: Path, key: str) -> str | None:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def init(home: Path, office: str = "ALA-01", name: str = "Алматы", region: str = "KZ-75") -> Path:
    """A training installation (these tests fill it with `demo` records, which only training homes take)
    with the coordinator's role (they import other offices' files)."""
    r = run(
        "--home", home, "init", "--office", office, "--office-name", name, "--region", region,
        "--training", "--role", "coordinator",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return home


def corrupt_middle(db: Path) -> None:
    """Garbage over pages in the middle of the file (the header and schema page stay intact)."""
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    assert pages >= 8, f"too small to damage in the middle ({pages} pages)"
    for n in range(pages // 3, 2 * pages // 3):
        data[n * page : (n + 1) * page] = bytes((i * 37 + n) % 251 for i in range(page))
    db.write_bytes(bytes(data))


@pytest.fixture
def office(tmp_path) -> Path:
    """An office installation with 400 demo records and no backups yet."""
    home = init(tmp_path / "home")
    r = run("--home", home, "demo", "--records", "400", "--seed", "3")
    assert r.returncode == 0, r.stderr
    return home
