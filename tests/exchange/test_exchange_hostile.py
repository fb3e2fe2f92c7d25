"""Hostile and broken workbooks: a clear error or a row rejection, the exit status, an unchanged database."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.cli import main
from fieldapp.exchange import backends, guard
from fieldapp.services import exchange as ex
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot


@pytest.fixture
def exported(workspace, tmp_path) -> Path:
    """A valid export of three records from this installation."""
    for i in range(3):
        workspace.records.create(make_activity(notes=f"запись {i}", people_reached=400 + i))
    path = tmp_path / "valid.xlsx"
    ex.export_workbook(workspace, path)
    return path


def rewrite(src: Path, dst: Path, parts: dict[str, bytes]) -> Path:
    """Copy a workbook zip, replacing (or adding) the given parts."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename not in parts:
                zout.writestr(item, zin.read(item.filename))
        for name, data in parts.items():
            zout.writestr(name, data)
    return dst


def edit_cells(src: Path, dst: Path, edits: dict[tuple[str, int], object], sheet: str = "Activities") -> Path:
    """Change cells by (HXL tag, Excel row) with openpyxl, as a person's spreadsheet would."""
    wb = load_workbook(src)
    ws = wb[sheet]
    tags = [c.value for c in ws[2]]
    for (tag, row), value in edits.items():
        ws.cell(row=row, column=tags.index(tag) + 1, value=value)
    wb.save(dst)
    return dst


def unusable(code: str, workspace, path: Path, home) -> None:
    before = snapshot(workspace)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(workspace, [path])
    assert e.value.code == code
    assert snapshot(workspace) == before and workspace.store.logs.imports() == []
    assert main(["--home", str(home.home), "import", str(path)]) == 2


def test_not_a_zip(workspace, home, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("просто текст, не книга")
    unusable("not_a_zip", workspace, path, home)


def test_a_zip_that_is_not_an_xlsx(workspace, home, tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    unusable("not_xlsx", workspace, path, home)


def test_a_password_protected_workbook(workspace, home, tmp_path):
    # Excel saves an encrypted workbook as an OLE compound file holding an EncryptionInfo stream.
    path = tmp_path / "locked.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64
    )
    unusable("password_protected", workspace, path, home)


def test_a_wrong_or_future_format_version(workspace, home, exported, tmp_path):
    future = edit_cells(exported, tmp_path / "future.xlsx", {}, "Metadata")
    wb = load_workbook(future)
    wb["Metadata"]["B3"] = 3  # format_version (this fieldapp reads 1 and 2)
    wb.save(future)
    unusable("unsupported_format_version", workspace, future, home)
    wb["Metadata"]["B2"] = "someone-elses-format"
    wb.save(future)
    unusable("unknown_format", workspace, future, home)


def test_an_xml_entity_bomb(workspace, home, exported, tmp_path):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol3;</t></si></sst>'
    )
    path = rewrite(exported, tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": bomb})
    unusable("bad_xml", workspace, path, home)


def test_a_zip_bomb(workspace, home, exported, tmp_path):
    path = rewrite(exported, tmp_path / "zipbomb.xlsx", {"xl/media/padding.xml": b"\0" * (64 * 1024 * 1024)})
    unusable("zip_bomb", workspace, path, home)


def test_a_sheet_with_a_million_empty_rows(workspace, home, exported, tmp_path):
    with zipfile.ZipFile(exported) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    padding = b"".join(b'<row r="%d"/>' % n for n in range(10, 1_000_010))
    path = rewrite(
        exported,
        tmp_path / "empty.xlsx",
        {"xl/worksheets/sheet1.xml": xml.replace(b"</sheetData>", padding + b"</sheetData>")},
    )
    unusable("mostly_empty_sheet", workspace, path, home)


def test_cells_over_32767_characters_reject_their_row(workspace, make_workspace, home, exported, tmp_path):
    path = edit_cells(exported, tmp_path / "long.xlsx", {("#description", 4): "ж" * 40_000})
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert result.inserted == 2
    [problem] = result.rejected
    assert (problem.sheet, problem.row, problem.tag, problem.code) == (
        "Activities",
        4,
        "#description",
        "cell_too_long",
    )
    assert problem.column == "V" and problem.header == "Примечания"


def test_formulas_in_data_cells_reject_their_row(workspace, make_workspace, exported, tmp_path):
    path = edit_cells(
        exported,
        tmp_path / "formula.xlsx",
        {("#reached+ind", 3): "=SUM(1,2)", ("#description", 5): '=HYPERLINK("http://evil","x")'},
    )
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert result.inserted == 1
    assert sorted((p.row, p.code, p.field) for p in result.rejected) == [
        (3, "formula", "people_reached"),
        (5, "formula", "notes"),
    ]


def test_unknown_codes_impossible_dates_and_a_repeated_uuid(
    workspace, make_workspace, home, exported, tmp_path
):
    wb = load_workbook(exported)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    ws.cell(
        row=3, column=tags.index("#activity+code") + 1, value="Ракеты!"
    )  # not a name or a code (a new code would be kept)
    ws.cell(row=4, column=tags.index("#date+start") + 1, value="2020-02-30")
    ws.append([c.value for c in ws[5]])  # row 6 repeats row 5's UUID
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    other = make_workspace()
    before = snapshot(other)
    result = ex.commit_import(other, [path])
    assert {(p.row, p.code) for p in result.rejected} == {
        (3, "unknown_kind"),
        (4, "not_a_date"),
        (6, "duplicate_uuid"),
    }
    assert result.inserted == 1
    assert len(snapshot(other)["records"]) == len(before["records"]) + 1


def test_cli_import_exit_status_and_json(workspace, home, exported, tmp_path, capsys):
    path = edit_cells(exported, tmp_path / "bad.xlsx", {("#activity+code", 3): "Ракеты!"})
    assert main(["--home", str(home.home), "import", "--json", str(path)]) == 1
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["rejected"] == 1 and data["unchanged"] == 2
    assert data["rejected_rows"][0]["code"] == "unknown_kind" and data["rejected_rows"][0]["row"] == 3
    assert main(["--home", str(home.home), "import", str(exported)]) == 0


def _after_sheet_data(exported: Path, dst: Path, tail: bytes) -> Path:
    with zipfile.ZipFile(exported) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    xml = xml.replace(b"</sheetData>", b"</sheetData>" + tail)
    return rewrite(exported, dst, {"xl/worksheets/sheet1.xml": xml})


def test_a_comment_of_unclosed_rows_is_read_not_hung_on(workspace, home, exported, tmp_path):
    """A 15 KB workbook with `<row ` 250,010 times in a comment: checks stay linear, the records import."""
    path = _after_sheet_data(exported, tmp_path / "flood.xlsx", b"<!--" + b"<row " * 250_010 + b"-->")
    assert path.stat().st_size < 100_000
    found = guard.inspect(path)
    assert found.present["Activities"] == guard.inspect(exported).present["Activities"]
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", str(home.home), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "Traceback" not in r.stdout + r.stderr
    assert r.returncode == 0, r.stdout + r.stderr


def test_rows_in_a_comment_do_not_choose_the_slow_reader(workspace, home, exported, tmp_path):
    """Only rows inside <sheetData> count: 250,010 `<row/>` in a comment leave a small file on calamine."""
    flood = b"<!--" + b'<row r="9"/>' * 250_010 + b"-->"
    inside = _after_sheet_data(exported, tmp_path / "comment.xlsx", flood)
    found = guard.inspect(inside)
    assert found.present == guard.inspect(exported).present
    # a comment in the sheet: not cut in slices (a cut could fall inside it), read whole by calamine
    assert isinstance(backends.open_backend(inside, found), backends.CalamineBackend)
    before = snapshot(workspace)
    assert ex.commit_import(workspace, [inside]).unchanged == 3
    assert snapshot(workspace) == before
