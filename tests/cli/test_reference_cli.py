"""`fieldapp reference …` as a user runs it (a real process): export, import with --dry-run, undo,
`fieldapp import` of a reference workbook, and every mistake a user can make is exit 2 with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run(*args, encoding: str | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if encoding:
        env["PYTHONIOENCODING"] = encoding
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", *args],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def out(r) -> str:
    return r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")


def _home(tmp_path, office: str, region: str) -> str:
    home = str(tmp_path / office)
    r = run("--home", home, "init", "--office", office, "--office-name", office, "--region", region)
    assert r.returncode == 0, out(r)
    return home


@pytest.fixture
def coordinator_workbook(tmp_path):
    """A coordinator who added a kind, and the reference workbook it sent."""
    home = _home(tmp_path, "UNICEF-KZ", "KZ-71")
    assert run("--home", home, "reference", "role", "coordinator").returncode == 0
    sys.path.insert(0, str(ROOT))
    from fieldapp.paths import Paths
    from fieldapp.services import reference as rd
    from fieldapp.services.workspace import Workspace

    with Workspace(Paths(Path(home))) as ws:
        names = {"en": "Peer mentoring", "ru": "Наставничество", "kk": "Тәлімгерлік"}
        rd.add_kind(ws, "peer_mentoring", names, ["sessions", "people_reached"])
    path = tmp_path / "reference.xlsx"
    r = run("--home", home, "reference", "export", str(path))
    assert r.returncode == 0 and "version 2" in out(r)
    return path


def test_an_office_previews_imports_and_undoes_the_reference_workbook(tmp_path, coordinator_workbook):
    home = _home(tmp_path, "ALA-01", "KZ-75")
    dry = run("--home", home, "reference", "import", str(coordinator_workbook), "--dry-run", "--json")
    assert dry.returncode == 0, out(dry)
    assert json.loads(dry.stdout)["added"] == {"kinds": ["peer_mentoring"]}
    assert json.loads(run("--home", home, "reference", "show", "--json").stdout)["version"] == 1
    # offices import it like any exchange file
    r = run("--home", home, "import", str(coordinator_workbook))
    assert r.returncode == 0 and "from version 1 to 2" in out(r)
    assert "unchanged" in out(run("--home", home, "import", str(coordinator_workbook)))
    shown = json.loads(run("--home", home, "reference", "show", "--json").stdout)
    assert shown["version"] == 2 and "peer_mentoring" in {k["code"] for k in shown["kinds"]}
    r = run("--home", home, "reference", "import", "--undo-last")
    assert r.returncode == 0 and "removed kinds: peer_mentoring" in out(r)
    assert json.loads(run("--home", home, "reference", "show", "--json").stdout)["version"] == 1


@pytest.mark.parametrize("what", ["missing", "folder", "not_xlsx", "activities", "formula"])
def test_what_a_user_gets_wrong_is_one_line_and_exit_2(tmp_path, coordinator_workbook, what):
    home = _home(tmp_path, "ALA-01", "KZ-75")
    target = {
        "missing": tmp_path / "nope.xlsx",
        "folder": tmp_path,
        "not_xlsx": tmp_path / "notes.xlsx",
        "activities": tmp_path / "activities.xlsx",
        "formula": tmp_path / "formula.xlsx",
    }[what]
    if what == "not_xlsx":
        target.write_text("just text", encoding="utf-8")
    if what == "activities":
        assert run("--home", home, "export", str(target)).returncode == 0
    if what == "formula":
        from openpyxl import load_workbook

        wb = load_workbook(coordinator_workbook)
        wb["Kinds"]["D2"] = '=HYPERLINK("http://x")'
        wb.save(target)
    r = run("--home", home, "reference", "import", str(target))
    assert r.returncode == 2, out(r)
    assert "Traceback" not in out(r) and out(r).strip().count("\n") == 0
    assert json.loads(run("--home", home, "reference", "show", "--json").stdout)["version"] == 1


def test_export_to_a_folder_or_a_missing_folder_is_exit_2(tmp_path):
    home = _home(tmp_path, "ALA-01", "KZ-75")
    for target in (tmp_path, tmp_path / "no" / "such" / "r.xlsx"):
        r = run("--home", home, "reference", "export", str(target))
        assert r.returncode == 2 and "Traceback" not in out(r)


def test_an_office_may_not_edit_and_a_cp866_console_does_not_crash(tmp_path, coordinator_workbook):
    home = _home(tmp_path, "ALA-01", "KZ-75")
    assert run("--home", home, "reference", "import", str(coordinator_workbook)).returncode == 0
    r = run("--home", home, "reference", "show", encoding="cp866")
    assert r.returncode == 0 and "peer_mentoring" in r.stdout.decode("cp866")
    r = run("--home", home, "reference", "role", "chief")
    assert r.returncode == 2


def test_output_piped_into_a_command_that_stops_reading_is_not_an_internal_error(tmp_path):
    """`fieldapp import big.xlsx | head -1`: the import is done; the reader leaving is not a bug (exit 3)."""
    home = _home(tmp_path, "ALA-01", "KZ-75")
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Activities"
    ws.append(["#org+code+reporting", "#activity+code", "#date+start", "#adm1+code", "#reached+ind"])
    for i in range(3000):
        ws.append(["ALA-01", "Ракеты!", "2020-05-04", "KZ-75", i])  # 3,000 rejected rows to print
    path = tmp_path / "many.xlsx"
    wb.save(path)
    cmd = f"{sys.executable} -m fieldapp --home {home} import {path} | head -c 10"
    r = subprocess.run(cmd, shell=True, capture_output=True, cwd=ROOT, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert b"internal error" not in r.stderr and b"Traceback" not in r.stderr, r.stderr


def test_undoing_a_version_that_retired_a_kind_says_the_kind_is_active_again(tmp_path):
    """Finding 12: the undo (dry run and real) says what the undo does, not what the undone version did."""
    home = _home(tmp_path, "KZ-CO", "KZ-71")
    assert run("--home", home, "reference", "role", "coordinator").returncode == 0
    sys.path.insert(0, str(ROOT))
    from fieldapp.paths import Paths
    from fieldapp.services import reference as rd
    from fieldapp.services.workspace import Workspace

    with Workspace(Paths(Path(home))) as ws:
        rd.retire_kind(ws, "equipment")
    for extra in (("--dry-run",), ()):
        r = run("--home", home, "reference", "import", "--undo-last", *extra)
        text = out(r)
        assert r.returncode == 0, text
        assert "active again" in text and "equipment" in text, text
        assert "retired" not in text.replace("no longer retired", ""), text
    shown = json.loads(run("--home", home, "reference", "show", "--json").stdout)
    assert [k["retired"] for k in shown["kinds"] if k["code"] == "equipment"] == [False]
    # and undoing a version that brought a retired kind back retires it again; --json says which
    with Workspace(Paths(Path(home))) as ws:
        rd.retire_kind(ws, "equipment")
        data = rd.current_data(ws)
        rd.save_edit(ws, {**data, "kinds": [{**k, "retired": False} for k in data["kinds"]]})
    r = run("--home", home, "reference", "import", "--undo-last", "--dry-run", "--json")
    undo = json.loads(r.stdout)
    assert undo["undo"] and undo["retired"] == ["equipment"] and undo["reactivated"] == []
    assert "retired kinds" in out(run("--home", home, "reference", "import", "--undo-last"))
