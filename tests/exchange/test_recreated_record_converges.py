"""One record created twice under one ID (outside tester's finding 11): a partner's template row is
imported at the coordinator, sent to the office, then the coordinator undoes that import and imports the
template again. The second creation carries the same record ID and edit stamp number with another time,
so both homes reported `unchanged` for ever while their creation time and creation stamp stayed
different. Now both keep the first creation, after one exchange, and stay so.

Real `fieldapp` processes, real homes and workbooks (the template filled with openpyxl)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.exchange.test_export_scopes import ok
from tests.exchange.test_template_resend import ROW, counts, set_cells


def creation(home: Path, uuid: str) -> tuple:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        row = con.execute(
            "SELECT created_at, updated_at, origin_device, clock, conflicts FROM activity WHERE uuid = ?",
            (uuid,),
        ).fetchone()
    finally:
        con.close()
    created, updated, device, clock, conflicts = row
    return created, updated, device, json.loads(clock), conflicts


def test_a_record_created_again_after_an_undo_converges_on_the_first_creation(tmp_path):
    co, ala = tmp_path / "co", tmp_path / "ala"
    ok("--home", co, "init", "--training", "--role", "coordinator", "--office", "KZ-CO",
       "--office-name", "Coord", "--region", "KZ-71")  # fmt: skip
    ok("--home", ala, "init", "--training", "--office", "ALA-01", "--office-name", "Almaty",
       "--region", "KZ-75")  # fmt: skip
    ok("--home", co, "template", tmp_path / "t.xlsx", "--language", "en")
    uuid = set_cells(tmp_path / "t.xlsx", tmp_path / "p.xlsx", 3, ROW)
    ok("--home", co, "import", tmp_path / "p.xlsx")
    ok("--home", co, "export", "--office", "ALA-01", tmp_path / "b1.xlsx")
    ok("--home", ala, "import", tmp_path / "b1.xlsx")
    first = creation(ala, uuid)
    ok("--home", co, "import", "--undo-last")
    ok("--home", co, "import", tmp_path / "p.xlsx")  # created again: another time
    assert creation(co, uuid)[0] != first[0]
    for k in range(3):
        ok("--home", co, "export", "--office", "ALA-01", tmp_path / f"c{k}.xlsx")
        ok("--home", ala, "import", tmp_path / f"c{k}.xlsx")
        ok("--home", ala, "export", tmp_path / f"a{k}.xlsx")
        ok("--home", co, "import", tmp_path / f"a{k}.xlsx")
    assert creation(co, uuid) == creation(ala, uuid) == first  # the first creation, everywhere
    # and nothing moves any more
    ok("--home", co, "export", "--office", "ALA-01", tmp_path / "last.xlsx")
    assert counts(ok("--home", ala, "import", tmp_path / "last.xlsx")).startswith("inserted 0, updated 0")
