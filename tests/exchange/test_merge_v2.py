"""Merge version 2 (issue 12) as offices and a coordinator use it, with real workbooks and the real CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.domain import clock as ck
from fieldapp.services import conflicts
from fieldapp.services import exchange as ex
from fieldapp.storage.migrations import LATEST
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot


@pytest.fixture
def net(make_workspace, tmp_path):
    """An office (ALA-01) and the coordinator, with one record of the office known to both."""
    office = make_workspace("ALA-01", "KZ-75", role="office")
    coord = make_workspace("UN-KZ", "KZ-71", role="coordinator")
    uuid = office.records.create(make_activity(people_reached=5386, children_reached=100)).created[0]
    first = tmp_path / "first.xlsx"
    ex.export_workbook(office, first)
    ex.commit_import(coord, [first])
    return office, coord, uuid


def send(src, dst, path: Path, **kw):
    ex.export_workbook(src, path, **kw)
    return ex.commit_import(dst, [path])


def test_edits_of_one_field_after_both_exported_are_a_conflict_on_both_sides(net, tmp_path):
    office, coord, uuid = net
    ex.export_workbook(office, tmp_path / "o.xlsx")
    ex.export_workbook(coord, tmp_path / "c.xlsx")  # both have exported: the old rule saw no conflict
    office.records.update(office.records.get(uuid).copy(people_reached=1234))
    coord.records.update(coord.records.get(uuid).copy(people_reached=1300))
    at_coord = send(office, coord, tmp_path / "o2.xlsx")
    at_office = send(coord, office, tmp_path / "c2.xlsx", office="ALA-01")
    assert at_coord.conflicts == at_office.conflicts == 1
    lists = [[c.as_dict() for c in conflicts.list_conflicts(w.store)] for w in (office, coord)]
    assert lists[0] == lists[1]
    (c,) = lists[0]
    assert c["field"] == "people_reached" and {c["kept"], c["other"]} == {1234, 1300}
    assert {c["kept_office"], c["other_office"]} == {"ALA-01", "UN-KZ"}
    assert office.records.get(uuid).people_reached == coord.records.get(uuid).people_reached == c["kept"]


def test_a_coordinators_correction_survives_the_offices_later_edit_of_another_field(net, tmp_path):
    office, coord, uuid = net
    coord.records.update(coord.records.get(uuid).copy(people_reached=4386, children_reached=100))
    office.records.update(office.records.get(uuid).copy(notes="уточнено в офисе"))
    send(office, coord, tmp_path / "o.xlsx")
    send(coord, office, tmp_path / "c.xlsx", office="ALA-01")
    for w in (office, coord):
        rec = w.records.get(uuid)
        assert (rec.people_reached, rec.notes) == (4386, "уточнено в офисе")
        assert conflicts.list_conflicts(w.store) == []


def test_an_edit_concurrent_with_a_deletion_is_a_conflict(net, tmp_path):
    office, coord, uuid = net
    office.records.delete(uuid)
    coord.records.update(coord.records.get(uuid).copy(notes="исправлено координатором"))
    result = send(office, coord, tmp_path / "o.xlsx")
    assert result.conflicts == 1
    (c,) = conflicts.list_conflicts(coord.store)
    assert (c.field, c.kept, c.other) == ("deleted", True, False)
    conflicts.resolve(coord.records, c.id, "theirs")  # keep the record after all
    assert not coord.records.get(uuid).deleted
    send(coord, office, tmp_path / "c.xlsx")
    assert not office.records.get(uuid).deleted
    assert conflicts.list_conflicts(office.store) == conflicts.list_conflicts(coord.store) == []


def test_a_resolution_travels_and_settles_the_conflict_everywhere(net, tmp_path):
    office, coord, uuid = net
    office.records.update(office.records.get(uuid).copy(notes="офис"))
    coord.records.update(coord.records.get(uuid).copy(notes="координатор"))
    send(office, coord, tmp_path / "o.xlsx")
    send(coord, office, tmp_path / "c.xlsx")
    (c,) = conflicts.list_conflicts(office.store)
    conflicts.resolve(office.records, c.id, "объединено")
    assert conflicts.list_conflicts(office.store) == []
    send(office, coord, tmp_path / "o2.xlsx")
    assert coord.records.get(uuid).notes == "объединено"
    assert conflicts.list_conflicts(coord.store) == []
    (done,) = [x.as_dict() for x in conflicts.list_conflicts(coord.store, include_resolved=True)]
    assert done["status"] == "resolved"


def test_an_office_refuses_another_offices_file_changing_its_records(net, make_workspace, tmp_path):
    office, coord, uuid = net
    other = make_workspace("AST-01", "KZ-71", role="office")
    path = tmp_path / "first-again.xlsx"
    ex.export_workbook(office, path)
    ex.commit_import(other, [path])  # an office file's rows of another office: refused
    assert other.records.count() == 0
    # a hand-edited copy of ALA's file, re-saved under AST's name, cannot change ALA's record
    wb = load_workbook(path)
    meta = wb["Metadata"]
    for row in meta.iter_rows(min_row=2):
        if row[0].value == "office_code":
            row[1].value = "AST-01"
    sheet = wb["Activities"]
    tags = [c.value for c in sheet[2]]
    sheet.cell(row=3, column=tags.index("#reached+ind") + 1, value=1)
    wb.save(path)
    before = snapshot(office)
    result = ex.commit_import(office, [path])
    assert [(r.code, r.row) for r in result.rejected] == [("other_office", 3)]
    assert snapshot(office)["records"] == before["records"]
    # the coordinator may correct any office's record
    assert ex.commit_import(coord, [path]).rejected[0].code == "other_office"  # but not from AST's file
    coord.records.update(coord.records.get(uuid).copy(people_reached=4000))
    assert send(coord, office, tmp_path / "c.xlsx", office="ALA-01").updated == 1
    assert office.records.get(uuid).people_reached == 4000


def test_export_for_one_office_holds_only_its_records(net, tmp_path):
    _, coord, _ = net
    coord.records.create(make_activity(office="AST-01", region="KZ-71"))
    result = ex.export_workbook(coord, tmp_path / "ala.xlsx", office="ala-01")
    assert result.record_count == 1
    rows = list(load_workbook(tmp_path / "ala.xlsx")["Activities"].iter_rows(min_row=3, values_only=True))
    assert [r[1] for r in rows] == ["ALA-01"]


def test_editing_ones_own_export_in_a_spreadsheet_is_a_local_edit_that_travels(net, tmp_path):
    office, coord, uuid = net
    path = tmp_path / "mine.xlsx"
    ex.export_workbook(office, path)
    wb = load_workbook(path)
    sheet = wb["Activities"]
    tags = [c.value for c in sheet[2]]
    sheet.cell(row=3, column=tags.index("#description") + 1, value="исправлено в Excel")
    wb.save(path)
    assert ex.commit_import(office, [path]).updated == 1
    rec = office.records.get(uuid)
    assert rec.notes == "исправлено в Excel"
    assert ck.of(rec).stamp("notes")[1] == office.store.get_meta("device_id")
    coord.records.update(coord.records.get(uuid).copy(notes="координатор"))
    assert send(office, coord, tmp_path / "o.xlsx").conflicts == 1  # it conflicts like a form edit


def test_undo_goes_back_import_by_import_restoring_import_ids(net, make_workspace, tmp_path):
    office, coord, uuid = net
    states = [snapshot(coord)["records"]]
    for i in range(3):
        office.records.update(office.records.get(uuid).copy(notes=f"правка {i}"))
        office.records.create(make_activity(notes=f"новая {i}"))
        send(office, coord, tmp_path / f"o{i}.xlsx")
        states.append(snapshot(coord)["records"])
    con = sqlite3.connect(coord.store.path)
    ids_before = dict(con.execute("SELECT uuid, import_id FROM activity"))
    con.close()
    dry = ex.undo_last_import(coord, dry_run=True)
    assert snapshot(coord)["records"] == states[3] and len(dry.deleted) == 1
    for i in (2, 1, 0):
        ex.undo_last_import(coord)
        assert snapshot(coord)["records"] == states[i]
        if i == 2:
            con = sqlite3.connect(coord.store.path)
            ids = dict(con.execute("SELECT uuid, import_id FROM activity"))
            con.close()
            assert ids[uuid] == ids_before[uuid] - 1  # the import that had written it, not None
    assert coord.records.get(uuid).notes == make_activity().notes


def test_undo_names_the_records_that_block_it_and_a_dry_run_writes_nothing(net, tmp_path):
    office, coord, uuid = net
    office.records.update(office.records.get(uuid).copy(notes="из офиса"))
    send(office, coord, tmp_path / "o.xlsx")
    coord.records.update(coord.records.get(uuid).copy(people_reached=99, children_reached=9))
    raw = Path(coord.store.path).read_bytes()
    with pytest.raises(ex.UndoImpossible) as e:
        ex.undo_last_import(coord, dry_run=True)
    assert e.value.code == "changed_since" and uuid in str(e.value) and "edit" in str(e.value)
    assert Path(coord.store.path).read_bytes() == raw


def test_cli_conflicts_list_and_resolve(net, tmp_path):
    office, coord, uuid = net
    office.records.update(office.records.get(uuid).copy(partners="ЮНИСЕФ"))
    coord.records.update(coord.records.get(uuid).copy(partners="ЮНФПА"))
    send(office, coord, tmp_path / "o.xlsx")
    home = str(coord.paths.home)
    coord.close()

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "fieldapp", "--home", home, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={"PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"},
        )

    listed = run("conflicts", "--json")
    assert listed.returncode == 0, listed.stderr
    (c,) = json.loads(listed.stdout)
    assert (c["field"], c["status"]) == ("partners", "open")
    assert run("conflicts", "resolve", "nope", "--take", "mine").returncode == 2
    done = run("conflicts", "resolve", c["id"], "--take", "theirs")
    assert done.returncode == 0, done.stderr
    assert json.loads(run("conflicts", "--json").stdout) == []
    assert "no conflicts" in run("conflicts").stdout
    assert run("conflicts", "resolve", c["id"], "--take", "mine").returncode == 2  # already resolved


def test_migration_numbers_may_have_gaps():
    from fieldapp.storage.migrations import NUMBERS

    assert LATEST >= 12 and 9 not in NUMBERS  # numbers belong to branches; the runner goes by order


def test_conflicts_print_on_a_russian_windows_console(net, tmp_path):
    """Kazakh letters a cp866 console cannot show are replaced, not an internal error."""
    office, coord, uuid = net
    office.records.update(office.records.get(uuid).copy(notes="әңғүұқөһі"))
    coord.records.update(coord.records.get(uuid).copy(notes="другое"))
    send(office, coord, tmp_path / "o.xlsx")
    home = str(coord.paths.home)
    coord.close()
    out = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", home, "conflicts"],
        capture_output=True,
        env={"PYTHONIOENCODING": "cp866", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    assert "другое".encode("cp866") in out.stdout


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_stamps_survive_a_libreoffice_resave(net, tmp_path):
    """The causality cells are text: a workbook re-saved by LibreOffice merges exactly like the original."""
    office, coord, uuid = net
    office.records.update(office.records.get(uuid).copy(notes="офис", people_reached=6000))
    coord.records.update(coord.records.get(uuid).copy(notes="координатор"))
    original = tmp_path / "o.xlsx"
    ex.export_workbook(office, original)
    out = tmp_path / "lo"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(original)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    preview_original = ex.preview_import(coord, [original])
    result = ex.commit_import(coord, [out / "o.xlsx"])
    assert (result.updated, result.conflicts, result.rejected) == (1, 1, [])
    assert (preview_original.updated, preview_original.conflicts) == (1, 1)
    rec = coord.records.get(uuid)
    assert rec.people_reached == 6000  # the field only the office changed
    assert ex.commit_import(coord, [original]).updated == 0  # the same content, whichever copy
