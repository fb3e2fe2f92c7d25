"""One blank template copied to several partners (outside tester, issue 15 finding 3 follow-up): the copies
carry the same pre-filled record IDs, so partner B's different activities must not overwrite partner A's.

Real `fieldapp` processes, real template workbooks filled with openpyxl as a partner's spreadsheet would.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

ROOT = Path(__file__).parents[2]


def run(*args):
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    return r


def fill(path: Path, rows: list[dict]) -> None:
    """Type rows 3, 4, … by header tag, leaving the pre-filled IDs alone (as a partner does)."""
    wb = load_workbook(path)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    for r, row in enumerate(rows, 3):
        for tag, value in row.items():
            ws.cell(row=r, column=tags.index(tag) + 1, value=value)
    wb.save(path)


def records(home: Path) -> list[tuple]:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return sorted(
            con.execute("SELECT kind, region, partners, people_reached FROM activity WHERE NOT deleted")
        )
    finally:
        con.close()


def row(kind, region, partners, reached, day=4):
    return {"#activity+code": kind, "#date+start": datetime(2020, 5, day), "#adm1+code": region,
            "#org+name+impl": partners, "#reached+ind": reached}  # fmt: skip


RED = "Красный Полумесяц"
A_ROWS = [row("leaflets", "KZ-75", RED, 100), row("posters", "KZ-75", RED, 40)]
B_ROWS = [row("volunteers", "ВКО", "Союз волонтёров", 7, 9), row("workshop", "ВКО", "Союз волонтёров", 9, 9)]
A_RECORDS = [("leaflets", "KZ-75", RED, 100), ("posters", "KZ-75", RED, 40)]


def _office_with_two_copies(tmp_path):
    home = tmp_path / "office"
    assert run("--home", home, "init", "--office", "ALA-01", "--office-name", "Алматы", "--region",
               "KZ-75").returncode == 0  # fmt: skip
    blank = tmp_path / "blank.xlsx"
    assert run("--home", home, "template", blank).returncode == 0
    a, b = tmp_path / "partner-a.xlsx", tmp_path / "partner-b.xlsx"
    shutil.copy(blank, a)
    shutil.copy(blank, b)
    fill(a, A_ROWS)
    fill(b, B_ROWS)
    return home, a, b


def test_a_second_partner_filling_a_copy_of_the_same_template_does_not_overwrite_the_first(tmp_path):
    home, a, b = _office_with_two_copies(tmp_path)
    r = run("--home", home, "import", a)
    assert r.returncode == 0 and "inserted 2" in r.stdout, r.stdout + r.stderr

    preview = run("--home", home, "import", "--dry-run", "--json", b)
    assert preview.returncode == 1, preview.stdout + preview.stderr
    data = json.loads(preview.stdout)
    assert (data["inserted"], data["updated"], data["rejected"]) == (0, 0, 2)
    assert {(p["row"], p["code"], p["tag"]) for p in data["rejected_rows"]} == {
        (3, "template_id_reused", "#meta+id"),
        (4, "template_id_reused", "#meta+id"),
    }

    r = run("--home", home, "import", b)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "updated 0" in r.stdout and "template_id_reused" in r.stdout
    assert "leaflets" in r.stdout  # the row names the activity its ID already belongs to
    assert records(home) == A_RECORDS  # partner A's records are all still there, unchanged

    # Partner B, given their own template, gets their rows in.
    own = tmp_path / "partner-b-own.xlsx"
    assert run("--home", home, "template", own).returncode == 0
    fill(own, B_ROWS)
    r = run("--home", home, "import", own)
    assert r.returncode == 0 and "inserted 2" in r.stdout, r.stdout + r.stderr
    assert len(records(home)) == 4


def test_a_corrected_re_send_of_counts_dates_region_and_notes_still_updates(tmp_path):
    home, a, _b = _office_with_two_copies(tmp_path)
    assert run("--home", home, "import", a).returncode == 0
    fixed = [dict(A_ROWS[0]), dict(A_ROWS[1])]
    fixed[0]["#reached+ind"] = 110
    fixed[0]["#date+start"] = datetime(2020, 5, 6)
    fixed[1]["#adm1+code"] = "KZ-19"  # one place corrected
    fixed[1]["#description"] = "уточнено"
    fixed[1]["#org+name+impl"] = "Красный Полумесяц; акимат"  # a partner added, the first one stays
    fill(a, fixed)
    r = run("--home", home, "import", a)
    assert r.returncode == 0 and "updated 2" in r.stdout, r.stdout + r.stderr
    assert records(home) == [
        ("leaflets", "KZ-75", "Красный Полумесяц", 110),
        ("posters", "KZ-19", "Красный Полумесяц; акимат", 40),
    ]


def test_a_different_kind_on_a_used_id_is_another_activity_even_from_the_same_partner(tmp_path):
    home, a, _b = _office_with_two_copies(tmp_path)
    assert run("--home", home, "import", a).returncode == 0
    other = [row("kazpost_video", "KZ-75", "Красный Полумесяц", 100), A_ROWS[1]]
    fill(a, other)
    r = run("--home", home, "import", "--json", a)
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert [(p["row"], p["code"]) for p in data["rejected_rows"]] == [(3, "template_id_reused")]
    assert records(home) == A_RECORDS


def test_the_template_s_id_prompt_says_one_template_per_partner(tmp_path):
    blank = tmp_path / "blank.xlsx"
    home = tmp_path / "office"
    assert run("--home", home, "template", blank, "--language", "en").returncode == 0
    ws = load_workbook(blank)["Activities"]
    [dv] = [d for d in ws.data_validations.dataValidation if "A3" in str(d.sqref)]
    assert "One template per partner" in dv.prompt and len(dv.prompt) <= 255  # Excel's limit
