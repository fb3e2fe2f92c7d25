"""A record of a kind this installation does not know yet is kept and passed on untouched (issue 15)."""

from __future__ import annotations

from openpyxl import load_workbook

from fieldapp.services import exchange as ex
from fieldapp.services import maintenance
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot


def _newer_kind_file(office, tmp_path):
    """An office on newer reference data: one record of kind 'peer_mentoring' for 'orphans'."""
    uid = office.records.create(
        make_activity(office="AST-01", region="KZ-71", people_reached=77, children_reached=30)
    ).created[0]
    rec = office.store.records.get(uid)
    path = tmp_path / "newer.xlsx"
    ex.export_workbook(office, path)
    wb = load_workbook(path)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    ws.cell(row=3, column=tags.index("#activity+code") + 1, value="peer_mentoring")
    ws.cell(row=3, column=tags.index("#activity+name") + 1, value="Peer mentoring")
    ws.cell(row=3, column=tags.index("#beneficiary+code") + 1, value="parents orphans")
    ws.cell(row=3, column=tags.index("#loc+type+code") + 1, value="youth_club")
    wb.save(path)
    return rec, path


def test_an_unknown_kind_from_another_office_is_kept_and_passed_on_unchanged(
    workspace, make_workspace, tmp_path
):
    rec, path = _newer_kind_file(make_workspace(), tmp_path)
    got = ex.commit_import(workspace, [path])
    assert (got.inserted, got.rejected_rows) == (1, 0), got.rejected
    assert "unknown_kind" in {w.code for w in got.warnings}
    kept = workspace.store.records.get(rec.uuid)
    assert (kept.kind, kept.target_groups, kept.site_type) == (
        "peer_mentoring",
        ("parents", "orphans"),
        "youth_club",
    )
    assert kept.people_reached == 77 and kept.updated_at == rec.updated_at and kept.version == rec.version

    onward = tmp_path / "onward.xlsx"
    ex.export_workbook(workspace, onward)
    third = make_workspace("SHY-01", "KZ-79")
    assert ex.commit_import(third, [onward]).inserted == 1
    assert snapshot(third)["records"] == snapshot(workspace)["records"]  # passed on untouched
    assert ex.commit_import(workspace, [onward]).unchanged == 1
    assert maintenance.check(workspace).ok  # a kept unknown code is not a broken record


def test_a_typed_row_with_an_unknown_kind_is_still_rejected(workspace, tmp_path):
    from datetime import datetime

    path = ex.write_template(tmp_path / "t.xlsx", language="en")
    wb = load_workbook(path)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    for tag, value in {"#activity+code": "Leaflet distrib", "#date+start": datetime(2020, 5, 4),
                       "#adm1+code": "KZ-75", "#reached+ind": 3}.items():  # fmt: skip
        ws.cell(row=3, column=tags.index(tag) + 1, value=value)
    wb.save(path)
    got = ex.commit_import(workspace, [path])
    assert (got.inserted, got.rejected_rows) == (0, 1)
    assert got.rejected[0].code == "unknown_kind"


def test_an_unknown_kind_passed_on_names_its_code_in_the_activity_name_column(
    workspace, make_workspace, tmp_path
):
    rec, path = _newer_kind_file(make_workspace(), tmp_path)
    ex.commit_import(workspace, [path])
    names = {"en": "unknown kind (peer_mentoring)", "ru": "неизвестный вид (peer_mentoring)"}
    for language, name in names.items():
        onward = tmp_path / f"onward-{language}.xlsx"
        ex.export_workbook(workspace, onward, language=language)
        ws = load_workbook(onward)["Activities"]
        tags = [c.value for c in ws[2]]
        assert ws.cell(row=3, column=tags.index("#meta+id") + 1).value == rec.uuid
        assert ws.cell(row=3, column=tags.index("#activity+name") + 1).value == name
        assert ws.cell(row=3, column=tags.index("#activity+code") + 1).value == "peer_mentoring"


def test_the_unknown_kind_warning_names_the_code_and_the_reference_workbook(
    workspace, make_workspace, tmp_path
):
    import subprocess
    import sys
    from pathlib import Path

    _rec, path = _newer_kind_file(make_workspace(), tmp_path)
    preview = ex.preview_import(workspace, [path])
    [warning] = [w for w in preview.warnings if w.code == "unknown_kind"]
    assert "peer_mentoring" in warning.detail
    root = Path(__file__).parents[2]
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", str(workspace.paths.home), "import", str(path)],
        capture_output=True, text=True, encoding="utf-8", cwd=root, timeout=300,
        env={**__import__("os").environ, "PYTHONPATH": str(root), "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    line = next(x for x in r.stdout.splitlines() if "unknown_kind" in x)
    assert "peer_mentoring" in line and "reference workbook" in line
