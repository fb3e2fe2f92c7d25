"""Several coordinators on one hub at once (issue 17, point 3): real `fieldapp import` processes, started
together against one PostgreSQL database, with totals checked against an independent sum of the workbooks
(read here with openpyxl, not through fieldapp's reader)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import MEASURES
from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.services import exchange as ex
from fieldapp.services.workspace import Workspace

pytestmark = pytest.mark.postgresql
ROOT = Path(__file__).parents[2]
# HXL tag of each measure in the Activities sheet (docs/exchange-format.md)
TAGS = {
    "items_distributed": "#output+num+items",
    "sites_covered": "#output+num+sites",
    "sessions": "#output+num+sessions",
    "volunteers": "#output+num+volunteers",
    "volunteer_hours": "#output+num+hours+volunteers",
    "people_reached": "#reached+ind",
    "children_reached": "#reached+ind+children",
}
OFFICES = [("AST-01", "KZ-71"), ("SHY-01", "KZ-79"), ("KAR-01", "KZ-35"), ("PAV-01", "KZ-55")]


def workbook_sums(path: Path) -> tuple[set[str], dict[str, int]]:
    """(IDs of active records, sum of each measure over them), straight from the sheet's cells."""
    sheet = load_workbook(path, read_only=True)["Activities"]
    rows = sheet.iter_rows(values_only=True)
    next(rows)  # human headers
    tags = [str(t or "").strip() for t in next(rows)]
    col = {t: i for i, t in enumerate(tags)}
    ids, sums = set(), dict.fromkeys(MEASURES, 0)
    for row in rows:
        if row[col["#meta+id"]] in (None, ""):
            continue
        if str(row[col["#meta+deleted"]]).strip().lower() in ("1", "true", "yes"):
            continue
        ids.add(row[col["#meta+id"]])
        for m, tag in TAGS.items():
            value = row[col[tag]]
            sums[m] += int(value) if value not in (None, "") else 0
    return ids, sums


def fieldapp(home: Path, *args: str, wait: bool = True):
    cmd = [sys.executable, "-m", "fieldapp", "--home", str(home), *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    if not wait:
        return subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def finish(procs) -> list[tuple[int, str, str]]:
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        out.append((p.returncode, stdout, stderr))
    return out


@pytest.fixture
def hub(hub_url, tmp_path):
    """A coordinator installation on the hub; its home remembers the hub (as `fieldapp hub use` does)."""
    paths = Paths(tmp_path / "coordinator", hub_url).ensure()
    paths.shared_database_file.write_text(hub_url, encoding="utf-8")
    with Workspace(paths, create_hub=True) as ws:  # as `fieldapp init` sets up a new hub
        installation.configure(ws.store, "UNICEF", "UNICEF country office", "KZ-71", "en", role="coordinator")
    return paths


def make_books(folder: Path, offices, n: int) -> list[Path]:
    books = []
    for i, (code, region) in enumerate(offices):
        with Workspace(Paths(folder / code)) as ws:
            installation.configure(ws.store, code, f"{code} office", region, "ru")
            demo.generate(ws.store, n, seed=10 + i)
            path = folder / f"{code}.xlsx"
            ex.export_workbook(ws, path)
        books.append(path)
    return books


@pytest.fixture
def office_books(tmp_path) -> list[Path]:
    """One workbook from each of four offices: 500 realistic records each (edits, tombstones)."""
    return make_books(tmp_path, OFFICES, 500)


@pytest.fixture
def big_books(tmp_path) -> list[Path]:
    """Two offices' workbooks of 4,000 records: an import lasts long enough for the races to overlap."""
    return make_books(tmp_path, OFFICES[:2], 4000)


def hub_totals(paths: Paths) -> tuple[int, dict[str, int], list]:
    with Workspace(paths) as ws:
        [row] = ws.store.records.totals(RecordFilter(deleted=False), "none")
        recount = ws.store.db.execute_sql(
            "SELECT COUNT(*), " + ", ".join(f"COALESCE(SUM({m}), 0)" for m in MEASURES)
            + " FROM activity WHERE NOT deleted"
        ).fetchone()  # fmt: skip
        assert tuple(row[1:]) == tuple(recount), "the maintained totals disagree with the records"
        return row[1], dict(zip(MEASURES, row[2:], strict=True)), ws.store.logs.imports()


def test_four_coordinators_import_at_once_and_the_totals_are_exact(hub, office_books):
    procs = [fieldapp(hub.home, "import", "--json", str(b), wait=False) for b in office_books]
    results = finish(procs)
    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    expected_ids, expected = set(), dict.fromkeys(MEASURES, 0)
    for book in office_books:
        ids, sums = workbook_sums(book)
        expected_ids |= ids
        for m in MEASURES:
            expected[m] += sums[m]
    n, sums, imports = hub_totals(hub)
    assert n == len(expected_ids)
    assert sums == expected
    assert [json.loads(out)["rejected"] for _, out, _ in results] == [0, 0, 0, 0]
    assert len(imports) == 4 and all(i.undone_at is None for i in imports)
    seqs = sorted((i.first_seq, i.last_seq) for i in imports)
    for (_, last), (first, _) in itertools.pairwise(seqs):
        assert first > last, "two imports numbered changes in the same range: writers did not take turns"


@pytest.mark.slow  # 4,000-record workbooks (~25 s); CI runs it
def test_the_same_workbook_imported_twice_at_once_is_idempotent(hub, big_books):
    book = big_books[0]
    results = finish([fieldapp(hub.home, "import", "--json", str(book), wait=False) for _ in range(2)])
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    counts = sorted((json.loads(out)["inserted"], json.loads(out)["unchanged"]) for _, out, _ in results)
    ids, expected = workbook_sums(book)
    total_rows = counts[1][0]  # the one that ran first inserted every record
    assert counts[0] == (0, total_rows), "the second import must find every record already there"
    n, sums, _ = hub_totals(hub)
    assert n == len(ids)
    assert sums == expected


@pytest.mark.slow  # 4,000-record workbooks (~25 s); CI runs it
def test_an_undo_racing_an_import_leaves_a_consistent_hub(hub, big_books):
    first, second = big_books
    assert fieldapp(hub.home, "import", str(first)).returncode == 0
    undo = fieldapp(hub.home, "import", "--undo-last", wait=False)
    imp = fieldapp(hub.home, "import", str(second), wait=False)
    (undo_code, _undo_out, undo_err), (imp_code, _, imp_err) = finish([undo, imp])
    assert imp_code == 0, imp_err
    assert undo_code == 0, undo_err
    # whichever ran first, exactly one of the two workbooks is on the hub, whole, and the totals agree
    n, sums, imports = hub_totals(hub)
    undone = [i for i in imports if i.undone_at is not None]
    assert len(undone) == 1
    kept = first if undone[0].file_name == second.name else second
    ids, expected = workbook_sums(kept)
    assert n == len(ids)
    assert sums == expected
