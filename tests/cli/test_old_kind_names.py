"""Templates made before a kind was renamed (finding 13): a row naming the kind by an old name is read as
that kind, with a warning, as an old region name is; a rejected list of target groups reads as text."""

from __future__ import annotations

import datetime
import json
import sqlite3
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import ROOT, run

OLD_RU = "Звонки на горячую линию / телефон доверия"  # hotline's shipped Russian name


def _fill(template: Path, out: Path, **cells) -> None:
    wb = openpyxl.load_workbook(template)
    ws = wb["Activities"]
    tags = {str(c.value): c.column for c in ws[2] if c.value}
    if "#activity+name" in cells and "#activity+name" not in tags:  # a hand-made sheet: names, no codes
        ws.cell(2, tags["#activity+code"]).value = "#activity+name"
        tags["#activity+name"] = tags.pop("#activity+code")
    row = {"#org+code+reporting": "ALA-01", "#date+start": datetime.datetime(2020, 6, 5),
           "#adm1+code": "г.Алматы", "#loc+type+code": "Онлайн", "#output+lang+code": "Русский",
           "#beneficiary+code": "Родители и опекуны", "#output+num+sessions": 4, "#reached+ind": 40,
           **cells}  # fmt: skip
    for tag, value in row.items():
        ws.cell(3, tags[tag]).value = value
    wb.save(out)


@pytest.fixture
def renamed(tmp_path):
    """An office's Russian template made before the coordinator renamed `hotline`, and the coordinator."""
    ala, co = tmp_path / "ala", tmp_path / "co"
    for home, office, region in ((ala, "ALA-01", "KZ-75"), (co, "KZ-CO", "KZ-71")):
        r = run("--home", str(home), "init", "--office", office, "--office-name", office, "--region", region)
        assert r.returncode == 0, r.stderr
    assert run("--home", str(ala), "template", str(tmp_path / "t.xlsx"), "--language", "ru").returncode == 0
    assert run("--home", str(co), "reference", "role", "coordinator").returncode == 0
    sys.path.insert(0, str(ROOT))
    from fieldapp.paths import Paths
    from fieldapp.services import reference as rd
    from fieldapp.services.workspace import Workspace

    with Workspace(Paths(co)) as ws:
        hotline = next(k for k in rd.current_data(ws)["kinds"] if k["code"] == "hotline")
        names = {"en": "Helpline", "ru": "Телефон доверия", "kk": "Сенім телефоны"}
        rd.add_kind(ws, "hotline", names, hotline["measures"])
    return tmp_path, co


@pytest.mark.parametrize("tag", ["#activity+code", "#activity+name"])
def test_a_kind_named_by_its_old_name_is_read_as_that_kind_with_a_warning(renamed, tag):
    tmp_path, co = renamed
    filled = tmp_path / "filled.xlsx"
    _fill(tmp_path / "t.xlsx", filled, **{tag: OLD_RU})
    r = run("--home", str(co), "import", str(filled), "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    got = json.loads(r.stdout)
    assert got["inserted"] == 1 and got["rejected"] == 0
    [warning] = [w for w in got["warnings"] if w["code"] == "old_kind_name"]
    assert warning["detail"] == f"{OLD_RU} → hotline" and warning["row"] == 3
    con = sqlite3.connect(co / "fieldapp.sqlite3")
    try:
        assert con.execute("SELECT kind FROM activity").fetchall() == [("hotline",)]
    finally:
        con.close()
    text = run("--home", str(co), "import", str(filled), "--dry-run")
    assert "old_kind_name" in text.stdout and text.returncode == 0


def test_rejected_target_groups_are_shown_as_text_not_a_python_tuple(renamed):
    tmp_path, co = renamed
    filled = tmp_path / "groups.xlsx"
    _fill(tmp_path / "t.xlsx", filled, **{"#activity+code": "Психосоциальная поддержка",
                                          "#beneficiary+code": "Молодёжь; parents"})  # fmt: skip
    r = run("--home", str(co), "import", str(filled), "--json")
    assert r.returncode == 1
    [problem] = json.loads(r.stdout)["rejected_rows"]
    assert problem["code"] == "unknown_target_group" and problem["value"] == "Молодёжь; parents"
    text = run("--home", str(co), "import", str(filled)).stdout
    assert "Молодёжь; parents" in text and "('" not in text
