"""A file addressed to one office (outside tester's finding 14): `export --office ALA-01` writes
Metadata `for_office = ALA-01`; another office's installation refuses it as unusable (exit 2, nothing
changed, both offices named), while a coordinator takes any file and a file without `for_office` is
unaffected.

Real `fieldapp` processes against real homes and real workbooks.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.exchange.test_export_scopes import ok, run


def count(home: Path) -> int:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute("SELECT COUNT(*) FROM activity").fetchone()[0]
    finally:
        con.close()


def init(home: Path, code: str, *extra: str) -> Path:
    ok("--home", home, "init", "--training", *extra, "--office", code, "--office-name", code,
       "--region", "KZ-71")  # fmt: skip
    return home


@pytest.fixture(scope="module")
def homes(tmp_path_factory):
    """A coordinator that holds ALA-01's 3 records and has exported them for ALA-01."""
    tmp = tmp_path_factory.mktemp("addressed")
    co = init(tmp / "co", "KZ-CO", "--role", "coordinator")
    ala = init(tmp / "ala", "ALA-01")
    ok("--home", ala, "demo", "--records", "3", "--seed", "1")
    ok("--home", ala, "export", tmp / "ala.xlsx")
    ok("--home", co, "import", tmp / "ala.xlsx")
    ok("--home", co, "export", "--office", "ALA-01", tmp / "co-ALA-01.xlsx")
    return tmp, co, ala


def test_another_office_refuses_a_file_addressed_to_an_office(homes):
    tmp, _, _ = homes
    ast = init(tmp / "ast", "AST-01")
    for extra in ((), ("--dry-run",)):
        r = run("--home", ast, "import", *extra, tmp / "co-ALA-01.xlsx")
        assert r.returncode == 2, r.stdout + r.stderr
        message = r.stderr.strip().splitlines()[-1]
        assert "for_other_office" in message and "ALA-01" in message and "AST-01" in message, message
    assert count(ast) == 0
    r = run("--home", ast, "import", "--json", tmp / "co-ALA-01.xlsx")
    assert r.returncode == 2
    assert json.loads(r.stdout)["error"] == "for_other_office"
    assert count(ast) == 0
    # an addressee typed in lower case, with spaces, in a re-saved file is still an addressee
    import openpyxl

    wb = openpyxl.load_workbook(tmp / "co-ALA-01.xlsx")
    for key, cell in wb["Metadata"].iter_rows(max_col=2):
        if key.value == "for_office":
            cell.value = " ala-01 "
    wb.save(tmp / "resaved.xlsx")
    r = run("--home", ast, "import", tmp / "resaved.xlsx")
    assert r.returncode == 2 and "for_other_office" in r.stderr, r.stdout + r.stderr
    assert count(ast) == 0


def test_the_office_it_is_addressed_to_and_any_coordinator_import_it(homes):
    tmp, _, ala = homes
    assert run("--home", ala, "import", tmp / "co-ALA-01.xlsx").returncode == 0
    other_co = init(tmp / "co2", "KZ-CO2", "--role", "coordinator")
    r = run("--home", other_co, "import", tmp / "co-ALA-01.xlsx")
    assert r.returncode == 0, r.stdout + r.stderr
    assert count(other_co) == 3


def test_a_file_without_an_addressee_is_unaffected(homes):
    tmp, co, ala = homes
    ok("--home", co, "export", tmp / "co-all.xlsx")  # the whole set: no addressee
    r = run("--home", ala, "import", tmp / "co-all.xlsx")
    assert r.returncode == 0, r.stdout + r.stderr
    # another office's own export is judged row by row (ownership), not refused whole as addressed
    shy = init(tmp / "shy", "SHY-01")
    r = run("--home", shy, "import", tmp / "ala.xlsx")
    assert r.returncode == 1 and "for_other_office" not in r.stdout + r.stderr, r.stdout + r.stderr
    assert "other_office" in r.stdout
