"""Re-importing a partner's template file (outside tester's finding 3): the same file again changes
nothing, even after the record moved on elsewhere; a partner's corrected re-send still updates — the
fields the partner changed since its last send, not the ones others corrected since.

Real `fieldapp` processes against real homes and real workbooks (the template filled with openpyxl, as a
partner's spreadsheet program would).
"""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.exchange.test_export_scopes import ok

ROW = {
    "#org+code+reporting": "ALA-01",
    "#activity+code": "posters",
    "#date+start": datetime.datetime(2020, 5, 5),
    "#adm1+code": "KZ-75",
    "#loc+type+code": "school",
    "#output+lang+code": "ru",
    "#beneficiary+code": "youth",
    "#output+num+items": 10,
    "#reached+ind": 40,
}


def set_cells(src: Path, dst: Path, row: int, cells: dict) -> str:
    """Set cells of one Activities row by HXL tag; returns that row's record ID."""
    wb = openpyxl.load_workbook(src)
    ws = wb["Activities"]
    tags = {str(c.value).strip(): c.column for c in ws[2] if c.value}
    for tag, value in cells.items():
        ws.cell(row, tags[tag]).value = value
    wb.save(dst)
    return ws.cell(row, tags["#meta+id"]).value


def row_of(path: Path, uuid: str) -> int:
    ws = openpyxl.load_workbook(path, read_only=True)["Activities"]
    for n, cells in enumerate(ws.iter_rows(min_row=3, values_only=True), start=3):
        if uuid in cells:
            return n
    raise AssertionError(f"{uuid} not in {path}")


def stored(home: Path, uuid: str) -> tuple:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute("SELECT people_reached, notes FROM activity WHERE uuid = ?", (uuid,)).fetchone()
    finally:
        con.close()


def counts(out: str) -> str:
    return out.strip().splitlines()[0]


@pytest.fixture
def moved_on(tmp_path):
    """A partner's template row imported at the coordinator, sent to ALA-01, corrected there (40 → 45,
    edited outside fieldapp) and sent back: the coordinator holds 45."""
    co, ala = tmp_path / "co", tmp_path / "ala"
    ok("--home", co, "init", "--training", "--role", "coordinator", "--office", "KZ-CO",
       "--office-name", "Coord", "--region", "KZ-71")  # fmt: skip
    ok(
        "--home",
        ala,
        "init",
        "--training",
        "--office",
        "ALA-01",
        "--office-name",
        "Almaty",
        "--region",
        "KZ-75",
    )
    ok("--home", co, "template", tmp_path / "t.xlsx", "--language", "en")
    uuid = set_cells(tmp_path / "t.xlsx", tmp_path / "partner.xlsx", 3, ROW)
    assert counts(ok("--home", co, "import", tmp_path / "partner.xlsx")).startswith("inserted 1,")
    ok("--home", co, "export", "--office", "ALA-01", tmp_path / "back.xlsx")
    ok("--home", ala, "import", tmp_path / "back.xlsx")
    ok("--home", ala, "export", tmp_path / "a1.xlsx")
    n = row_of(tmp_path / "a1.xlsx", uuid)
    set_cells(tmp_path / "a1.xlsx", tmp_path / "a1-ed.xlsx", n, {"#reached+ind": 45})
    ok("--home", ala, "import", tmp_path / "a1-ed.xlsx")
    ok("--home", ala, "export", tmp_path / "a2.xlsx")
    ok("--home", co, "import", tmp_path / "a2.xlsx")
    assert stored(co, uuid) == (45, "")
    return tmp_path, co, ala, uuid


def test_the_same_template_file_again_changes_nothing(moved_on):
    tmp, co, _, uuid = moved_on
    for _ in range(2):
        out = ok("--home", co, "import", tmp / "partner.xlsx")
        assert counts(out) == "inserted 0, updated 0, unchanged 1, rejected 0, conflicts 0", out
        assert stored(co, uuid) == (45, "")
    # the same cells re-saved by a spreadsheet program (another file, the same row) change nothing either
    wb = openpyxl.load_workbook(tmp / "partner.xlsx")
    wb.create_sheet("Notes")
    wb.save(tmp / "partner-resaved.xlsx")
    out = ok("--home", co, "import", tmp / "partner-resaved.xlsx")
    assert counts(out).startswith("inserted 0, updated 0, unchanged 1"), out
    assert stored(co, uuid) == (45, "")


def test_a_corrected_re_send_updates_what_the_partner_changed(moved_on):
    tmp, co, _, uuid = moved_on
    set_cells(tmp / "partner.xlsx", tmp / "partner-2.xlsx", 3, {"#description": "corrected by the partner"})
    out = ok("--home", co, "import", tmp / "partner-2.xlsx")
    assert counts(out).startswith("inserted 0, updated 1,"), out
    # the partner changed the notes; the 45 corrected at ALA-01 since the partner's last send stays
    assert stored(co, uuid) == (45, "corrected by the partner")
    assert counts(ok("--home", co, "import", tmp / "partner-2.xlsx")).startswith("inserted 0, updated 0,")
    # the partner's own change of a number goes in as well
    set_cells(tmp / "partner-2.xlsx", tmp / "partner-3.xlsx", 3, {"#reached+ind": 50})
    assert counts(ok("--home", co, "import", tmp / "partner-3.xlsx")).startswith("inserted 0, updated 1,")
    assert stored(co, uuid) == (50, "corrected by the partner")


def test_after_undoing_a_re_send_it_can_be_imported_again(moved_on):
    tmp, co, _, uuid = moved_on
    set_cells(tmp / "partner.xlsx", tmp / "partner-2.xlsx", 3, {"#description": "corrected"})
    ok("--home", co, "import", tmp / "partner-2.xlsx")
    ok("--home", co, "import", "--undo-last")
    assert stored(co, uuid) == (45, "")
    out = ok("--home", co, "import", tmp / "partner-2.xlsx")
    assert counts(out).startswith("inserted 0, updated 1,"), out
    assert stored(co, uuid) == (45, "corrected")


# -- the same rules through the services, on both engines (an SQLite file and the hub) -----------------


def test_re_sends_after_an_edit_here_and_undo_on_every_engine(workspace, tmp_path):
    from fieldapp.services import exchange as ex

    template = ex.write_template(tmp_path / "t.xlsx", language="en")
    uuid = set_cells(template, tmp_path / "a.xlsx", 3, ROW)
    assert ex.commit_import(workspace, [tmp_path / "a.xlsx"]).inserted == 1
    rec = workspace.records.get(uuid)
    workspace.records.update(rec.copy(people_reached=45, notes="checked by phone"))

    again = ex.commit_import(workspace, [tmp_path / "a.xlsx"])
    assert (again.updated, again.unchanged) == (0, 1)
    set_cells(tmp_path / "a.xlsx", tmp_path / "b.xlsx", 3, {"#output+num+items": 12})
    assert ex.commit_import(workspace, [tmp_path / "b.xlsx"]).updated == 1
    set_cells(tmp_path / "b.xlsx", tmp_path / "c.xlsx", 3, {"#output+num+items": 14})
    assert ex.commit_import(workspace, [tmp_path / "c.xlsx"]).updated == 1
    got = workspace.records.get(uuid)
    assert (got.people_reached, got.notes, got.items_distributed) == (45, "checked by phone", 14)

    ex.undo_last_import(workspace)  # c undone: b is the partner's last send again
    assert workspace.records.get(uuid).items_distributed == 12
    assert ex.commit_import(workspace, [tmp_path / "b.xlsx"]).updated == 0
    assert ex.commit_import(workspace, [tmp_path / "c.xlsx"]).updated == 1
    got = workspace.records.get(uuid)
    assert (got.people_reached, got.notes, got.items_distributed) == (45, "checked by phone", 14)


def test_a_re_send_after_the_coordinator_changed_the_kind_is_not_another_partner_s_row(workspace, tmp_path):
    """The kind corrected here (posters → leaflets): the partner's same file again is unchanged, and its
    corrected re-send is still the partner's row (compared with its last send, not refused as
    `template_id_reused`)."""
    from fieldapp.services import exchange as ex

    template = ex.write_template(tmp_path / "t.xlsx", language="en")
    uuid = set_cells(template, tmp_path / "a.xlsx", 3, ROW)
    assert ex.commit_import(workspace, [tmp_path / "a.xlsx"]).inserted == 1
    workspace.records.update(workspace.records.get(uuid).copy(kind="leaflets"))

    again = ex.commit_import(workspace, [tmp_path / "a.xlsx"])
    assert (again.updated, again.unchanged, again.rejected_rows) == (0, 1, 0)
    set_cells(tmp_path / "a.xlsx", tmp_path / "b.xlsx", 3, {"#reached+ind": 41})
    corrected = ex.commit_import(workspace, [tmp_path / "b.xlsx"])
    assert (corrected.updated, corrected.rejected_rows) == (1, 0)
    got = workspace.records.get(uuid)
    assert (got.kind, got.people_reached) == ("leaflets", 41)
    # another partner's copy of the same template (another kind than the partner's own row) is still refused
    set_cells(tmp_path / "a.xlsx", tmp_path / "other.xlsx", 3, {"#activity+code": "volunteers"})
    assert ex.commit_import(workspace, [tmp_path / "other.xlsx"]).rejected_rows == 1


def test_an_older_send_imported_again_after_a_correction_changes_nothing(moved_on):
    """The partner's first file, imported again after the partner's corrected re-send, reverted the
    correction with no conflict (outside re-test): the same file twice must change nothing. A row equal to
    any send remembered here is an old send, not a correction."""
    tmp, co, _, uuid = moved_on
    set_cells(tmp / "partner.xlsx", tmp / "partner-2.xlsx", 3, {"#output+num+items": 12})
    assert counts(ok("--home", co, "import", tmp / "partner-2.xlsx")).startswith("inserted 0, updated 1,")
    out = ok("--home", co, "import", tmp / "partner.xlsx")
    assert counts(out).startswith("inserted 0, updated 0, unchanged 1"), out
    con = sqlite3.connect(co / "fieldapp.sqlite3")
    try:
        assert con.execute("SELECT items_distributed FROM activity WHERE uuid = ?", (uuid,)).fetchone() == (
            12,
        )
    finally:
        con.close()
