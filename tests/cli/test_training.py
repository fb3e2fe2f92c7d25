"""Training installations (issue 9 point 12): demo records never go into an office's real data.

Real `fieldapp` processes against real database files and real workbooks.
"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).parents[2]


def run(*args):
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    return r


def init(home: Path, *extra: str, office: str = "ALA-01"):
    return run(
        "--home", home, "init", *extra, "--office", office, "--office-name", "Алматы", "--region", "KZ-75"
    )


def count(home: Path) -> int:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute("SELECT COUNT(*) FROM activity").fetchone()[0]
    finally:
        con.close()


def metadata(path: Path) -> dict:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {r[0]: r[1] for r in wb["Metadata"].iter_rows(values_only=True) if r and r[0]}
    finally:
        wb.close()


def test_demo_is_refused_on_a_real_office(tmp_path):
    real = tmp_path / "real"
    assert init(real).returncode == 0
    r = run("--home", real, "demo", "--records", "10")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "training" in r.stderr and "init --training" in r.stderr
    assert count(real) == 0


def test_a_real_office_cannot_be_turned_into_a_training_one(tmp_path):
    real = tmp_path / "real"
    assert init(real).returncode == 0
    r = init(real, "--training")
    assert r.returncode == 2 and "new folder" in r.stderr, r.stderr
    assert run("--home", real, "demo", "--records", "5").returncode == 2


def test_training_exports_are_marked_and_refused_by_real_installations(tmp_path):
    training, real = tmp_path / "training", tmp_path / "coordinator"
    r = init(training, "--training")
    assert r.returncode == 0 and "TRAINING" in r.stdout
    assert run("--home", training, "demo", "--records", "25").returncode == 0
    assert count(training) == 25
    export = tmp_path / "practice.xlsx"
    assert run("--home", training, "export", export).returncode == 0
    assert metadata(export).get("training") == "yes"

    assert init(real, office="AST-01").returncode == 0
    for args in ((), ("--dry-run",)):
        r = run("--home", real, "import", export, *args)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "training" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert count(real) == 0

    other = tmp_path / "other-training"  # one training copy may practise importing another's file
    assert init(other, "--training", "--role", "coordinator", office="AST-01").returncode == 0
    assert run("--home", other, "import", export).returncode == 0
    assert count(other) == 25


def test_real_exports_say_nothing_about_training(tmp_path):
    real = tmp_path / "real"
    assert init(real).returncode == 0
    export = tmp_path / "real.xlsx"
    assert run("--home", real, "export", export).returncode == 0
    assert "training" not in metadata(export)


@pytest.mark.parametrize("repeat", [1, 2])
def test_init_again_keeps_the_training_mark(tmp_path, repeat):
    home = tmp_path / "t"
    assert init(home, "--training").returncode == 0
    for _ in range(repeat):
        assert init(home).returncode == 0  # changing the office details never unmarks it
    assert run("--home", home, "demo", "--records", "3").returncode == 0


def _reference_rows(home: Path) -> int:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute("SELECT COUNT(*) FROM reference_version").fetchone()[0]
    finally:
        con.close()


def _targets(home: Path) -> int:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute("SELECT COUNT(*) FROM target").fetchone()[0]
    finally:
        con.close()


def test_a_training_copy_s_reference_and_targets_workbooks_are_marked_and_refused_by_real_data(tmp_path):
    """Practice offices and practice targets must not reach a real report (finding 9)."""
    practice, real = tmp_path / "practice", tmp_path / "real"
    assert init(practice, "--training", "--role", "coordinator", office="KZ-CO").returncode == 0
    assert init(real, "--role", "coordinator", office="KZ-CO").returncode == 0
    year = ("--from", "2020-01-01", "--to", "2020-12-31")
    assert run("--home", practice, "targets", "set", "posters", *year, "--measure", "items_distributed",
               "--planned", "3000").returncode == 0  # fmt: skip
    ref_book, targets_book = tmp_path / "practice-ref.xlsx", tmp_path / "practice-targets.xlsx"
    assert run("--home", practice, "reference", "export", ref_book).returncode == 0
    assert run("--home", practice, "targets", "template", targets_book).returncode == 0
    assert metadata(ref_book).get("training") == "yes"
    assert metadata(targets_book).get("training") == "yes"
    wb = openpyxl.load_workbook(ref_book)
    wb["Offices"].append(["TEST-99", "Practice office", "KZ-10"])
    wb.save(ref_book)
    before = (_reference_rows(real), _targets(real))
    for args in (("reference", "import", ref_book), ("reference", "import", ref_book, "--dry-run"),
                 ("import", ref_book), ("targets", "import", targets_book)):  # fmt: skip
        r = run("--home", real, *args)
        assert r.returncode == 2, (args, r.stdout + r.stderr)
        assert "training installation" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert (_reference_rows(real), _targets(real)) == before
    # the training copy itself (and another training copy) still takes them
    assert run("--home", practice, "reference", "import", ref_book).returncode == 0
    assert run("--home", practice, "targets", "import", targets_book).returncode == 0


def test_a_real_coordinator_s_reference_and_targets_workbooks_carry_no_training_mark(tmp_path):
    real, practice = tmp_path / "real", tmp_path / "practice"
    assert init(real, "--role", "coordinator", office="KZ-CO").returncode == 0
    assert init(practice, "--training").returncode == 0
    ref_book, targets_book = tmp_path / "ref.xlsx", tmp_path / "targets.xlsx"
    assert run("--home", real, "reference", "export", ref_book).returncode == 0
    assert run("--home", real, "targets", "template", targets_book).returncode == 0
    assert "training" not in metadata(ref_book) and "training" not in metadata(targets_book)
    assert run("--home", practice, "reference", "import", ref_book).returncode == 0
    assert run("--home", practice, "targets", "import", targets_book).returncode == 0
