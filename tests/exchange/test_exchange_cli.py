"""The exchange commands end to end: export (default name, scopes), import, report, template."""

from __future__ import annotations

import json
import os

import openpyxl.xml
from openpyxl import load_workbook

from fieldapp.cli import main
from tests.conftest import make_activity


def test_export_with_a_default_name_then_since_last(workspace, home, tmp_path, capsys, monkeypatch):
    workspace.records.create(make_activity())
    monkeypatch.chdir(tmp_path)
    assert main(["--home", str(home.home), "export", "--language", "en"]) == 0
    [made] = [p for p in os.listdir(tmp_path) if p.startswith("fieldapp-ALA-01-") and p.endswith(".xlsx")]
    assert "exported 1 records (full)" in capsys.readouterr().out
    assert load_workbook(tmp_path / made)["Activities"]["A1"].value == "Record ID"
    assert main(["--home", str(home.home), "export", "again.xlsx", "--since-last"]) == 0
    assert "exported 0 records (since_last)" in capsys.readouterr().out
    assert (
        main(["--home", str(home.home), "export", "p.xlsx", "--from", "2020-04-01", "--to", "2020-03-01"])
        == 2
    )


def test_import_dry_run_changes_nothing_then_import_and_undo(
    workspace, home, make_workspace, tmp_path, capsys
):
    office = make_workspace()
    office.records.create(make_activity(office="AST-01", region="KZ-71"))
    path = tmp_path / "ast.xlsx"
    assert main(["--home", str(office.paths.home), "export", str(path)]) == 0
    capsys.readouterr()
    assert main(["--home", str(home.home), "import", "--dry-run", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["inserted"], data["dry_run"]) == (1, True)
    assert workspace.records.count() == 0
    assert main(["--home", str(home.home), "import", str(path)]) == 0
    assert "inserted 1, updated 0, unchanged 0, rejected 0, conflicts 0" in capsys.readouterr().out
    assert workspace.records.count() == 1
    assert main(["--home", str(home.home), "import", "--undo-last"]) == 0
    assert workspace.records.count() == 0
    assert main(["--home", str(home.home), "import", "--undo-last"]) == 2


def test_report_and_template_commands(workspace, home, tmp_path):
    workspace.records.create(make_activity())
    assert main(["--home", str(home.home), "report", str(tmp_path / "r.xlsx"), "--language", "kk"]) == 0
    assert load_workbook(tmp_path / "r.xlsx").sheetnames[:2] == ["Шолу", "Кеңселер"]
    assert main(["--home", str(home.home), "template", str(tmp_path / "t.xlsx"), "--language", "en"]) == 0
    ws = load_workbook(tmp_path / "t.xlsx")["Activities"]
    assert ws["A2"].value == "#meta+id"  # every row carries an ID, so a corrected re-send updates
    assert ws["B2"].value == "#org+code+reporting"


def test_openpyxl_parses_xml_through_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True
