"""A reference version number is never given to two contents (attack report finding 6): after the
coordinator undoes a version it already sent, its next version gets a new number, and offices take it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

ROOT = Path(__file__).parents[2]


def run(*args) -> str:
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stdout + r.stderr
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def with_kind(src: Path, dst: Path, code: str) -> None:
    """The coordinator adds a kind in a spreadsheet program."""
    wb = load_workbook(src)
    wb["Kinds"].append([code, code, code, f"Kind {code}", "sessions", 1, 0])
    wb.save(dst)


def versions(home: Path) -> list[tuple]:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute(
            "SELECT version, file_name, undone_at IS NOT NULL FROM reference_version ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def test_a_version_sent_then_undone_is_never_numbered_again(tmp_path):
    co, ala, t = tmp_path / "co", tmp_path / "ala", tmp_path
    run("--home", co, "init", "--office", "KZ-CO", "--office-name", "Coord", "--region", "KZ-71",
        "--role", "coordinator")  # fmt: skip
    run("--home", ala, "init", "--office", "ALA-01", "--office-name", "Almaty", "--region", "KZ-75")
    run("--home", co, "reference", "export", t / "ref1.xlsx")
    with_kind(t / "ref1.xlsx", t / "edit-a.xlsx", "kind_a")
    with_kind(t / "ref1.xlsx", t / "edit-b.xlsx", "kind_b")

    run("--home", co, "reference", "import", t / "edit-a.xlsx")
    run("--home", co, "reference", "export", t / "v2a.xlsx")
    run("--home", ala, "reference", "import", t / "v2a.xlsx")  # the office takes version 2 (kind_a)
    assert "from version 2 to 1" in run("--home", co, "reference", "import", "--undo-last")
    assert "from version 1 to 3" in run("--home", co, "reference", "import", t / "edit-b.xlsx")
    run("--home", co, "reference", "export", t / "v3.xlsx")
    assert "from version 2 to 3" in run("--home", ala, "reference", "import", t / "v3.xlsx")

    assert versions(co) == [(2, "edit-a.xlsx", 1), (3, "edit-b.xlsx", 0)]
    # a second undo and a new edit: the number still climbs (the undone versions count)
    run("--home", co, "reference", "import", "--undo-last")
    assert "from version 1 to 4" in run("--home", co, "reference", "import", t / "edit-a.xlsx")


def test_an_undone_workbook_edited_in_a_spreadsheet_gets_a_new_number_at_the_coordinator(tmp_path):
    """The sent version-2 workbook, changed in a spreadsheet after the coordinator undid version 2,
    is new content: it becomes version 3, never a second version 2."""
    co, t = tmp_path / "co", tmp_path
    run("--home", co, "init", "--office", "KZ-CO", "--office-name", "Coord", "--region", "KZ-71",
        "--role", "coordinator")  # fmt: skip
    run("--home", co, "reference", "export", t / "ref1.xlsx")
    with_kind(t / "ref1.xlsx", t / "edit-a.xlsx", "kind_a")
    run("--home", co, "reference", "import", t / "edit-a.xlsx")
    run("--home", co, "reference", "export", t / "v2.xlsx")
    run("--home", co, "reference", "import", "--undo-last")
    with_kind(t / "v2.xlsx", t / "v2-edited.xlsx", "kind_c")
    assert "from version 1 to 3" in run("--home", co, "reference", "import", t / "v2-edited.xlsx")
    run("--home", co, "reference", "import", "--undo-last")
    # the very workbook that was sent is version 2 again, with the content it was sent with
    assert "from version 1 to 2" in run("--home", co, "reference", "import", t / "v2.xlsx")


def test_a_restore_does_not_bring_back_a_version_number_already_sent(tmp_path):
    from fieldapp.paths import Paths
    from fieldapp.services import installation, maintenance
    from fieldapp.services import reference as rd
    from fieldapp.services.workspace import Workspace

    paths = Paths(tmp_path / "co")
    names = {"en": "Hotline B", "ru": "Линия Б", "kk": "Желі Б"}
    with Workspace(paths) as ws:
        installation.configure(ws.store, "KZ-CO", "Coord", "KZ-71", "ru", role="coordinator")
        backup = maintenance.backup(ws, tmp_path / "aside")
        assert rd.add_kind(ws, "kind_a", {**names, "en": "Kind A"}, ["sessions"]).new_version == 2  # sent
    maintenance.restore(paths, backup)
    with Workspace(paths) as ws:
        assert rd.current_data(ws)["version"] == 1
        assert rd.add_kind(ws, "kind_b", names, ["sessions"]).new_version == 3
