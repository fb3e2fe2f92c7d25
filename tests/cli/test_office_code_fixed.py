"""The office code of an installation that holds records cannot be changed (outside re-test: `init
--office AST-01` on ALA-01's laptop said "set up for office AST-01", exit 0, and the laptop could then
change AST-01's records, which reached the coordinator). Refused with exit 2 and nothing changed; the
name, region and language still change; a laptop without records may still fix a mistyped code."""

from __future__ import annotations

import sqlite3

from tests.exchange.test_export_scopes import ok, run


def office_code(home) -> str:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()[0]
    finally:
        con.close()


def test_the_office_code_of_an_installation_with_records_cannot_change(tmp_path):
    home = tmp_path / "ala"
    ok(
        "--home",
        home,
        "init",
        "--training",
        "--office",
        "ALA-01",
        "--office-name",
        "Almaty",
        "--region",
        "KZ-75",
    )
    ok("--home", home, "demo", "--records", "3")
    r = run("--home", home, "init", "--office", "AST-01", "--office-name", "Almaty", "--region", "KZ-75")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "ALA-01" in r.stderr and "AST-01" in r.stderr
    assert office_code(home) == "ALA-01"
    ok("--home", home, "init", "--office", "ala-01", "--office-name", "Almaty office", "--region", "KZ-75")
    assert office_code(home) == "ALA-01"


def test_a_mistyped_code_is_fixed_before_any_record(tmp_path):
    home = tmp_path / "new"
    ok("--home", home, "init", "--office", "ALA-10", "--office-name", "Almaty", "--region", "KZ-75")
    ok("--home", home, "init", "--office", "ALA-01", "--office-name", "Almaty", "--region", "KZ-75")
    assert office_code(home) == "ALA-01"
