"""Settling a conflict is always possible (attack report finding 5): `conflicts resolve` checks the field
being set and the rules that involve it, not old problems of the record it did not cause — measures no
longer of the kind after a reference change, an end before the start left by a field-level merge."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.domain.errors import ValidationFailed
from fieldapp.services import conflicts
from fieldapp.services import exchange as ex
from fieldapp.services import reference as rd
from tests.conftest import make_activity

ROOT = Path(__file__).parents[2]


def send(src, dst, path: Path, **kw):
    ex.export_workbook(src, path, **kw)
    return ex.commit_import(dst, [path])


@pytest.fixture
def end_before_start(make_workspace, tmp_path):
    """A record whose start the office moved and whose end the coordinator moved, each unaware of the
    other: the merged record ends before it starts. Both also edited its notes: one open conflict."""
    office = make_workspace("ALA-01", "KZ-75", role="office")
    coord = make_workspace("KZ-CO", "KZ-71", role="coordinator")
    rec = make_activity(start_date=date(2024, 3, 1), end_date=date(2024, 3, 10), notes="first")
    uuid = office.records.create(rec).created[0]
    send(office, coord, tmp_path / "a0.xlsx")
    office.records.update(office.records.get(uuid).copy(start_date=date(2024, 3, 8), notes="office"))
    coord.records.update(coord.records.get(uuid).copy(end_date=date(2024, 3, 5), notes="coordinator"))
    send(office, coord, tmp_path / "a1.xlsx")
    send(coord, office, tmp_path / "c1.xlsx", office="ALA-01")
    for w in (office, coord):
        got = w.records.get(uuid)
        assert (got.start_date, got.end_date) == (date(2024, 3, 8), date(2024, 3, 5))
        assert [c.field for c in conflicts.list_conflicts(w.store)] == ["notes"]
    return office, coord, uuid


@pytest.mark.parametrize("take", ["mine", "theirs", "agreed: both visits"])
def test_a_notes_conflict_settles_though_the_merged_record_ends_before_it_starts(
    end_before_start, tmp_path, take
):
    office, coord, uuid = end_before_start
    (c,) = conflicts.list_conflicts(coord.store)
    conflicts.resolve(coord.records, c.id, take)
    expected = {"mine": c.kept, "theirs": c.other}.get(take, take)
    assert coord.records.get(uuid).notes == expected
    assert conflicts.list_conflicts(coord.store) == []
    send(coord, office, tmp_path / "c2.xlsx", office="ALA-01")  # the resolution travels
    assert office.records.get(uuid).notes == expected
    assert conflicts.list_conflicts(office.store) == []


def test_a_value_that_breaks_a_rule_of_its_own_field_is_still_refused(end_before_start, tmp_path):
    """The check is not gone: a date conflict settled with an end before the start is refused, and
    keeping the value held now is always possible."""
    office, coord, uuid = end_before_start
    office.records.update(office.records.get(uuid).copy(end_date=date(2024, 3, 9)))
    coord.records.update(coord.records.get(uuid).copy(end_date=date(2024, 3, 11)))
    send(office, coord, tmp_path / "o.xlsx")
    dates = [c for c in conflicts.list_conflicts(coord.store) if c.field == "end_date"]
    (c,) = dates
    with pytest.raises(ValidationFailed):
        conflicts.resolve(coord.records, c.id, "2024-03-07")  # still before the start (2024-03-08)
    conflicts.resolve(coord.records, c.id, "2024-03-12")
    assert coord.records.get(uuid).end_date == date(2024, 3, 12)


def test_a_conflict_settles_after_the_kind_lost_a_measure_the_record_holds(
    workspace, make_workspace, tmp_path
):
    office = make_workspace("ALA-01", "KZ-75", role="office")
    coord = workspace  # the coordinator, on a file and on the hub
    uuid = office.records.create(make_activity(notes="first")).created[0]
    send(office, coord, tmp_path / "a0.xlsx")
    data = rd.current_data(coord)
    kinds = [{**k, "measures": ["items_distributed", "sites_covered"]} if k["code"] == "leaflets" else k
             for k in data["kinds"]]  # fmt: skip
    rd.save_edit(coord, {**data, "kinds": kinds})  # leaflets no longer count people reached
    coord.records.update(coord.records.get(uuid).copy(notes="coordinator"))  # as the form saves it
    office.records.update(office.records.get(uuid).copy(notes="office"))
    send(office, coord, tmp_path / "a1.xlsx")
    (c,) = conflicts.list_conflicts(coord.store)
    conflicts.resolve(coord.records, c.id, "agreed")
    assert coord.records.get(uuid).notes == "agreed" and coord.records.get(uuid).people_reached == 450


# -- the tester's script (f5.sh), the real command ------------------------------------------------------


def run(*args, check: bool = True):
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stdout + r.stderr
    if check:
        assert r.returncode == 0, r.stdout + r.stderr
    return r


def set_cell(src: Path, dst: Path, uuid: str, tag: str, value) -> None:
    wb = load_workbook(src)
    ws = wb["Activities"]
    tags = {str(c.value).strip(): c.column for c in ws[2] if c.value}
    for r in range(3, ws.max_row + 1):
        if ws.cell(r, tags["#meta+id"]).value == uuid:
            ws.cell(r, tags[tag]).value = value
    wb.save(dst)


def test_the_testers_conflict_after_a_reference_change_settles_from_the_command_line(tmp_path):
    co, ala, t = tmp_path / "co", tmp_path / "ala", tmp_path
    run("--home", co, "init", "--office", "KZ-CO", "--office-name", "Coord", "--region", "KZ-71",
        "--training", "--role", "coordinator")  # fmt: skip
    run("--home", ala, "init", "--office", "ALA-01", "--office-name", "Almaty", "--region", "KZ-75",
        "--training")  # fmt: skip
    run("--home", ala, "demo", "--records", "20", "--seed", "1")
    run("--home", ala, "export", t / "a0.xlsx")
    run("--home", co, "import", t / "a0.xlsx")
    con = sqlite3.connect(ala / "fieldapp.sqlite3")
    uuid = con.execute(
        "SELECT uuid FROM activity WHERE deleted = 0 AND kind = 'leaflets' AND people_reached IS NOT NULL"
        " ORDER BY uuid LIMIT 1"
    ).fetchone()[0]
    con.close()
    run("--home", co, "reference", "export", t / "ref.xlsx")
    wb = load_workbook(t / "ref.xlsx")
    for r in wb["Kinds"].iter_rows(min_row=2):
        if r[0].value == "leaflets":
            r[4].value = "items_distributed sites_covered"  # leaflets no longer count people reached
    wb.save(t / "ref2.xlsx")
    run("--home", co, "reference", "import", t / "ref2.xlsx")
    run("--home", co, "export", "--office", "ALA-01", t / "c.xlsx")
    set_cell(t / "c.xlsx", t / "c-ed.xlsx", uuid, "#description", "coord note")
    run("--home", co, "import", t / "c-ed.xlsx")
    run("--home", ala, "export", t / "a.xlsx")
    set_cell(t / "a.xlsx", t / "a-ed.xlsx", uuid, "#description", "office note")
    run("--home", ala, "import", t / "a-ed.xlsx")
    run("--home", ala, "export", t / "a2.xlsx")
    run("--home", co, "import", t / "a2.xlsx")

    import json

    (c,) = json.loads(run("--home", co, "conflicts", "--json").stdout)
    run("--home", co, "conflicts", "resolve", c["id"], "--take", "agreed note")
    assert json.loads(run("--home", co, "conflicts", "--json").stdout) == []
    again = run("--home", co, "conflicts", "resolve", c["id"], "--take", "mine", check=False)
    assert again.returncode == 2 and "already resolved" in again.stderr
    run("--home", co, "export", "--office", "ALA-01", t / "c2.xlsx")
    run("--home", ala, "import", t / "c2.xlsx")
    assert json.loads(run("--home", ala, "conflicts", "--json").stdout) == []
    con = sqlite3.connect(ala / "fieldapp.sqlite3")
    assert con.execute("SELECT notes FROM activity WHERE uuid = ?", (uuid,)).fetchone()[0] == "agreed note"
    con.close()
