"""A device never issues the same edit stamp twice (attack report finding 4): an undo of an import, a
restore of a backup, cannot make this device's next edit reuse a stamp that already travelled."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from fieldapp.domain import clock as ck
from fieldapp.services import conflicts, importing, merge_rule
from fieldapp.services import exchange as ex
from tests.conftest import make_activity

ROOT = Path(__file__).parents[2]


def test_a_stamp_is_above_every_stamp_this_device_issued_before():
    c = ck.new_clock("dev-a", "ALA-01", 1)
    assert c.edit(["notes"], "dev-a", "ALA-01", 2)[0] == 2  # the record's own rule: newest seen + 1
    assert c.edit(["notes"], "dev-a", "ALA-01", 3, floor=9)[0] == 10  # above the device's high-water mark
    assert c.edit(["notes"], "dev-a", "ALA-01", 4, floor=3)[0] == 11  # never below the record's own rule
    old = make_activity(clock=ck.new_clock("dev-a", "ALA-01", 1).text())
    new = merge_rule.edit(old, old.copy(notes="x"), ["notes"], "dev-a", "ALA-01", 5, floor=41)
    assert ck.parse(new.clock).stamp("notes")[:2] == (42, "dev-a") and new.version == 42


def set_notes(src: Path, dst: Path, uuid: str, text: str) -> None:
    """An edit outside fieldapp: the notes cell of one record in a spreadsheet program."""
    wb = load_workbook(src)
    ws = wb["Activities"]
    tags = {str(c.value).strip(): c.column for c in ws[2] if c.value}
    for r in range(3, ws.max_row + 1):
        if ws.cell(r, tags["#meta+id"]).value == uuid:
            ws.cell(r, tags["#description"]).value = text
    wb.save(dst)


def test_an_edit_after_undo_conflicts_with_an_office_edit_it_did_not_see(workspace, make_workspace, tmp_path):
    office = make_workspace("ALA-01", "KZ-75", role="office")
    coord = workspace  # the coordinator, on a file and on the hub
    uuid = office.records.create(make_activity(notes="first")).created[0]
    ex.export_workbook(office, tmp_path / "a0.xlsx")
    ex.commit_import(coord, [tmp_path / "a0.xlsx"])

    ex.export_workbook(coord, tmp_path / "c1.xlsx", office="ALA-01")  # an edit A made in a spreadsheet
    set_notes(tmp_path / "c1.xlsx", tmp_path / "c1-ed.xlsx", uuid, "VALUE-A")
    ex.commit_import(coord, [tmp_path / "c1-ed.xlsx"])
    ex.export_workbook(coord, tmp_path / "to-ala.xlsx", office="ALA-01")  # A travels to the office
    ex.commit_import(office, [tmp_path / "to-ala.xlsx"])
    importing.undo_last_import(coord)  # the coordinator takes A back
    coord.records.set_field(uuid, "notes", "VALUE-B")
    office.records.set_field(uuid, "notes", "VALUE-K")  # concurrent with B

    ex.export_workbook(coord, tmp_path / "c3.xlsx", office="ALA-01")
    ex.commit_import(office, [tmp_path / "c3.xlsx"])
    ex.export_workbook(office, tmp_path / "a2.xlsx")
    ex.commit_import(coord, [tmp_path / "a2.xlsx"])
    lists = [[c.as_dict() for c in conflicts.list_conflicts(w.store)] for w in (office, coord)]
    assert lists[0] == lists[1] and len(lists[0]) == 1
    assert {lists[0][0]["kept"], lists[0][0]["other"]} == {"VALUE-B", "VALUE-K"}


def run(*args):
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stdout + r.stderr
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def notes_of(home: Path, uuid: str) -> str:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute("SELECT notes FROM activity WHERE uuid = ?", (uuid,)).fetchone()[0]
    finally:
        con.close()


def test_the_testers_undo_scenario_ends_with_the_same_conflict_at_both_homes(tmp_path):
    """f4.sh: the coordinator corrects a record in a spreadsheet, sends it, undoes that import and
    corrects it again; the office meanwhile edits the same field. Both homes list the conflict."""
    co, ala, t = tmp_path / "co", tmp_path / "ala", tmp_path
    run("--home", co, "init", "--office", "KZ-CO", "--office-name", "Coord", "--region", "KZ-71",
        "--training", "--role", "coordinator")  # fmt: skip
    run("--home", ala, "init", "--office", "ALA-01", "--office-name", "Almaty", "--region", "KZ-75",
        "--training")  # fmt: skip
    run("--home", ala, "demo", "--records", "5", "--seed", "1")
    run("--home", ala, "export", t / "a0.xlsx")
    run("--home", co, "import", t / "a0.xlsx")
    con = sqlite3.connect(ala / "fieldapp.sqlite3")
    uuid = con.execute("SELECT uuid FROM activity WHERE deleted = 0 ORDER BY uuid LIMIT 1").fetchone()[0]
    con.close()

    run("--home", co, "export", "--office", "ALA-01", t / "c1.xlsx")
    set_notes(t / "c1.xlsx", t / "c1-ed.xlsx", uuid, "VALUE-A")
    run("--home", co, "import", t / "c1-ed.xlsx")
    run("--home", co, "export", "--office", "ALA-01", t / "to-ala.xlsx")
    run("--home", ala, "import", t / "to-ala.xlsx")  # the office now holds A
    run("--home", co, "import", "--undo-last")  # the coordinator takes A back
    run("--home", co, "export", "--office", "ALA-01", t / "c2.xlsx")
    set_notes(t / "c2.xlsx", t / "c2-ed.xlsx", uuid, "VALUE-B")
    run("--home", co, "import", t / "c2-ed.xlsx")
    run("--home", ala, "export", t / "a.xlsx")
    set_notes(t / "a.xlsx", t / "a-ed.xlsx", uuid, "VALUE-K")  # the office's edit, concurrent with B
    run("--home", ala, "import", t / "a-ed.xlsx")
    run("--home", co, "export", "--office", "ALA-01", t / "c3.xlsx")
    run("--home", ala, "import", t / "c3.xlsx")
    run("--home", ala, "export", t / "a2.xlsx")
    run("--home", co, "import", t / "a2.xlsx")

    assert notes_of(co, uuid) == notes_of(ala, uuid)
    listed = [run("--home", h, "conflicts", "--json") for h in (co, ala)]
    assert listed[0] == listed[1]
    assert "VALUE-B" in listed[0] and "VALUE-K" in listed[0]


def test_an_edit_after_restoring_an_older_backup_is_stamped_above_what_was_sent(tmp_path):
    """A restore takes the file back to the backup; the device (its id kept) must still not repeat the
    stamps it issued after that backup, which may have travelled."""
    from fieldapp.paths import Paths
    from fieldapp.services import installation, maintenance
    from fieldapp.services.workspace import Workspace

    paths = Paths(tmp_path / "home")
    with Workspace(paths) as ws:
        installation.configure(ws.store, "ALA-01", "Almaty", "KZ-75", "ru")
        uuid = ws.records.create(make_activity(notes="first")).created[0]
        backup = maintenance.backup(ws, tmp_path / "backups-aside")
        for text in ("second", "third", "fourth"):
            ws.records.set_field(uuid, "notes", text)
        sent = ck.parse(ws.records.get(uuid).clock).stamp("notes")
        ex.export_workbook(ws, tmp_path / "sent.xlsx")  # the stamp travels
    maintenance.restore(paths, backup)
    with Workspace(paths) as ws:
        assert ws.records.get(uuid).notes == "first"
        ws.records.set_field(uuid, "notes", "after the restore")
        again = ck.parse(ws.records.get(uuid).clock).stamp("notes")
    assert again[1] == sent[1] and again[0] > sent[0]


def test_a_huge_lamport_number_in_one_record_does_not_spread_to_this_devices_other_edits(
    make_workspace, tmp_path
):
    """A broken or hostile workbook may carry an absurd Lamport number for one record. The floor that
    keeps stamps from repeating must not carry it to every later edit of this device: those would then
    win every concurrent edit for ever (DESIGN §4 guards against that for a wrong wall clock)."""
    import json

    office = make_workspace("ALA-01", "KZ-75", role="office")
    coord = make_workspace("KZ-CO", "KZ-71", role="coordinator")
    u1 = office.records.create(make_activity(notes="one")).created[0]
    u2 = office.records.create(make_activity(notes="two")).created[0]
    ex.export_workbook(office, tmp_path / "a.xlsx")
    ex.commit_import(coord, [tmp_path / "a.xlsx"])
    wb = load_workbook(tmp_path / "a.xlsx")
    ws = wb["Activities"]
    tags = {str(c.value).strip(): c.column for c in ws[2] if c.value}
    for r in range(3, ws.max_row + 1):
        if ws.cell(r, tags["#meta+id"]).value == u1:
            clk = json.loads(ws.cell(r, tags["#meta+stamps"]).value)
            (dev,) = clk["d"]
            clk["d"][dev][0] = 99_999_999
            clk["s"]["notes"] = [99_999_999, dev, clk["s"]["*"][2]]
            ws.cell(r, tags["#meta+stamps"]).value = json.dumps(clk, separators=(",", ":"))
            ws.cell(r, tags["#meta+version"]).value = 99_999_999
            ws.cell(r, tags["#description"]).value = "from a broken file"
    wb.save(tmp_path / "h.xlsx")
    ex.commit_import(coord, [tmp_path / "h.xlsx"])
    coord.records.update(coord.records.get(u1).copy(notes="coordinator, one"))
    coord.records.update(coord.records.get(u2).copy(notes="coordinator, two"))
    assert coord.records.get(u1).version == 100_000_000  # that record's own rule, as before
    assert coord.records.get(u2).version == 2
