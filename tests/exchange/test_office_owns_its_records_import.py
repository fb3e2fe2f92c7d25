"""An office installation takes no record of another office from a file either (outside re-test): a
template row naming another office was inserted (the coordinator then refused it from every export of
this office, exit 1 for ever), and an office cell of one's own record changed to another office in a
spreadsheet handed the record over. Both are refused row by row (`other_office`), nothing changed; a
coordinator still takes both."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.test_export_scopes import ok, run
from tests.exchange.test_template_resend import ROW, row_of, set_cells

AST_ROW = {**ROW, "#org+code+reporting": "AST-01", "#adm1+code": "KZ-71"}


def homes(tmp_path: Path) -> tuple[Path, Path]:
    co, ala = tmp_path / "co", tmp_path / "ala"
    ok("--home", co, "init", "--training", "--role", "coordinator", "--office", "KZ-CO",
       "--office-name", "Coord", "--region", "KZ-71")  # fmt: skip
    ok("--home", ala, "init", "--training", "--office", "ALA-01", "--office-name", "Almaty",
       "--region", "KZ-75")  # fmt: skip
    return co, ala


def test_an_office_refuses_a_template_row_of_another_office(tmp_path):
    co, ala = homes(tmp_path)
    ok("--home", ala, "template", tmp_path / "t.xlsx", "--language", "en")
    set_cells(tmp_path / "t.xlsx", tmp_path / "p.xlsx", 3, AST_ROW)
    r = run("--home", ala, "import", tmp_path / "p.xlsx")
    assert r.returncode == 1 and "other_office" in r.stdout + r.stderr, r.stdout + r.stderr
    assert "inserted 0" in r.stdout
    assert "inserted 1" in ok("--home", co, "import", tmp_path / "p.xlsx")  # the coordinator may


def test_an_office_cannot_hand_its_record_to_another_office_in_a_spreadsheet(tmp_path):
    _, ala = homes(tmp_path)
    ok("--home", ala, "template", tmp_path / "t.xlsx", "--language", "en")
    uuid = set_cells(tmp_path / "t.xlsx", tmp_path / "p.xlsx", 3, ROW)
    ok("--home", ala, "import", tmp_path / "p.xlsx")
    ok("--home", ala, "export", tmp_path / "a.xlsx")
    n = row_of(tmp_path / "a.xlsx", uuid)
    set_cells(tmp_path / "a.xlsx", tmp_path / "a-ed.xlsx", n, {"#org+code+reporting": "AST-01"})
    r = run("--home", ala, "import", tmp_path / "a-ed.xlsx")
    assert r.returncode == 1 and "other_office" in r.stdout + r.stderr, r.stdout + r.stderr
    assert "updated 0" in r.stdout
