"""A spreadsheet-edited copy of *someone else's* export, met before the original (DESIGN §4 "Convergence";
docs/decisions.md, "Spreadsheet edits of one's own export").

Office A exports; somebody changes one cell of a copy (`<v>2</v>` → `<v>7</v>` in the sheet XML) and the
copy travels beside the original. An installation that meets the copy first inserts the edited value
under the original's stamps; when the original arrives, the same stamps with another value read as
"edited in a spreadsheet" the other way round. So coordinators B and C, importing the two files in
opposite orders, disagree at first, each holding the other file's value as its own edit: two concurrent
edits, like two people's. DESIGN's promise is about the end: once everybody has imported everybody's
files, every installation holds the same record and the same conflicts, and the value that lost is listed.

The winner of concurrent edits is decided by device ids (random UUIDs), so the tests fix them: the real
workbooks run with the highest id at an installation holding each value; the slow sweep tries every order
through the in-memory stand-in for the .xlsx (tests/exchange/memory_book.py).
"""

from __future__ import annotations

import itertools
import os
import pickle
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fieldapp.domain import clock as ck
from fieldapp.exchange.columns import COLUMNS
from fieldapp.paths import Paths
from fieldapp.services import conflicts, installation
from fieldapp.services import exchange as ex
from fieldapp.services.workspace import Workspace
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot
from tests.exchange.memory_book import open_memory, write_memory

SHEET = "xl/worksheets/sheet1.xml"  # the Activities sheet (the workbook's first)
MAX_ROUNDS = 6
NAMES = "ABCDE"  # A exports; B..E are coordinators (they may take A's records); D and E start empty


def edited_copy(original: Path, copy: Path) -> Path:
    """`original` with its one `<v>2</v>` of the Activities sheet (sites covered) turned into `<v>7</v>`,
    every other part of the zip as it was (the Metadata's checksum no longer matches, as after Excel)."""
    with zipfile.ZipFile(original) as zin, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == SHEET:
                assert data.count(b"<v>2</v>") == 1
                data = data.replace(b"<v>2</v>", b"<v>7</v>")
            zout.writestr(item, data)
    return copy


def edited_memory_copy(original: Path, copy: Path) -> Path:
    """The same edit in the in-memory stand-in's file."""
    data = pickle.loads(original.read_bytes())
    sites = [c.field for c in COLUMNS].index("sites_covered")
    (row,) = data["rows"]
    assert row[sites] == 2
    row[sites] = 7
    copy.write_bytes(pickle.dumps(data))
    return copy


def state(ws: Workspace) -> tuple[dict, list[dict]]:
    """Every record (every field, clock and conflicts) and the conflict list, as the user sees it."""
    records = {r.uuid: r.as_dict() for r in ws.store.records.iter_records()}
    return records, [c.as_dict() for c in conflicts.list_conflicts(ws.store)]


class Homes:
    """Installations A..E on real SQLite files, each with the device id of its rank in `order`
    (the highest id wins concurrent edits), exchanging real workbooks or the in-memory stand-in."""

    def __init__(self, root: Path, order: str, memory: bool = False):
        self.root = root
        self.memory = memory
        self.files = itertools.count()
        self.ws: dict[str, Workspace] = {}
        for name in NAMES:
            w = Workspace(Paths(root / name))
            w.store.set_meta("device_id", f"{order.index(name)}0000000-0000-4000-8000-00000000000{name}")
            if name == "A":
                installation.configure(w.store, "ALA-01", "Almaty", "KZ-75", "ru", role="office")
            else:
                installation.configure(w.store, f"UN-{name}", name, "KZ-71", "ru", role="coordinator")
            self.ws[name] = w

    def export(self, name: str) -> Path:
        path = self.root / f"x{next(self.files)}-{name}.xlsx"
        ex.export_workbook(self.ws[name], path, writer=write_memory if self.memory else None)
        return path

    def imports(self, name: str, *files: Path) -> list:
        opener = open_memory if self.memory else None
        return [ex.commit_import(self.ws[name], [f], opener=opener) for f in files]

    def edited(self, original: Path) -> Path:
        copy = self.root / "edited.xlsx"
        return (edited_memory_copy if self.memory else edited_copy)(original, copy)

    def exchange_until_still(self, extra: list[Path]) -> int:
        """Everyone imports everyone else's latest export and the `extra` files again, round after round
        (every other home in reverse order) until a whole round changes nothing; the rounds it took."""
        for n in range(1, MAX_ROUNDS + 1):
            before = {k: state(w) for k, w in self.ws.items()}
            latest = {k: self.export(k) for k in NAMES}
            for i, k in enumerate(NAMES):
                files = [latest[o] for o in NAMES if o != k] + extra
                self.imports(k, *(files[::-1] if i % 2 else files))
            if {k: state(w) for k, w in self.ws.items()} == before:
                return n
        raise AssertionError(f"still changing after {MAX_ROUNDS} rounds")

    def close(self) -> None:
        for w in self.ws.values():
            w.close()


def scenario(homes: Homes, b_exports: str) -> tuple[str, Path, Path]:
    """A's export and its edited copy; B takes the copy first, C the original first; fresh D and E take
    the original and B's export in opposite orders. Returns the record's ID and the two files."""
    a, b, c = homes.ws["A"], homes.ws["B"], homes.ws["C"]
    uuid = a.records.create(make_activity(sites_covered=2)).created[0]
    original = homes.export("A")
    edited = homes.edited(original)

    homes.imports("B", edited)
    assert b.records.get(uuid).sites_covered == 7  # a new record: nothing to tell the edit from
    if b_exports == "after the edited copy":  # the edited value now travels in B's clean export
        b_file = homes.export("B")
    homes.imports("B", original)
    if b_exports == "after both files":
        b_file = homes.export("B")
    homes.imports("C", original, edited)
    homes.imports("D", original, b_file)
    homes.imports("E", b_file, original)
    # Before they exchange, B and C each hold the other file's value as their own edit.
    assert (b.records.get(uuid).sites_covered, c.records.get(uuid).sites_covered) == (2, 7)
    assert ck_device(b, uuid) == b.store.get_meta("device_id")
    assert ck_device(c, uuid) == c.store.get_meta("device_id")
    return uuid, original, edited


def ck_device(ws: Workspace, uuid: str) -> str:
    """The device whose write the record's sites-covered field holds."""
    return ck.of(ws.store.records.get(uuid)).stamp("sites_covered")[1]


def assert_converged_with_the_loser_listed(homes: Homes, uuid: str) -> int:
    ends = {k: state(w) for k, w in homes.ws.items()}
    for k, end in ends.items():
        assert end == ends["B"], f"{k} differs from B"
    records, listed = ends["B"]
    assert set(records) == {uuid}
    kept = records[uuid]["sites_covered"]
    assert kept in (2, 7)
    ours = [x for x in listed if x["field"] == "sites_covered"]
    assert all(x["kept"] == kept for x in ours)
    lost = ({2, 7} - {kept}).pop()
    assert lost in {x["other"] for x in ours}, "the value that lost is not listed"
    return kept


@pytest.mark.parametrize("b_exports", ["after the edited copy", "after both files"])
@pytest.mark.parametrize("order, kept", [("ACDEB", 2), ("ABDEC", 7)], ids=["B-wins", "C-wins"])
def test_homes_meeting_an_edited_copy_and_its_original_in_any_order_end_identical(
    tmp_path, b_exports, order, kept
):
    homes = Homes(tmp_path, order)
    try:
        uuid, original, edited = scenario(homes, b_exports)
        homes.exchange_until_still([original, edited])
        assert assert_converged_with_the_loser_listed(homes, uuid) == kept
    finally:
        homes.close()


def test_re_importing_either_file_after_the_exchange_writes_nothing(tmp_path):
    homes = Homes(tmp_path, "ACDEB")
    try:
        _, original, edited = scenario(homes, "after both files")
        homes.exchange_until_still([original, edited])
        for name in "BC":
            w = homes.ws[name]
            listed = state(w)[1]
            for f in (original, edited, original):
                before = snapshot(w)
                (result,) = homes.imports(name, f)
                assert (result.inserted, result.updated, result.conflicts) == (0, 0, 0)
                assert snapshot(w) == before
                assert state(w)[1] == listed
    finally:
        homes.close()


@pytest.mark.slow
@pytest.mark.parametrize("b_exports", ["after the edited copy", "after both files"])
def test_every_order_of_device_ids_converges_with_the_loser_listed(tmp_path, b_exports):
    kept = set()
    for i, order in enumerate(itertools.permutations(NAMES)):
        homes = Homes(tmp_path / f"o{i}", "".join(order), memory=True)
        try:
            uuid, original, edited = scenario(homes, b_exports)
            homes.exchange_until_still([original, edited])
            kept.add(assert_converged_with_the_loser_listed(homes, uuid))
        finally:
            homes.close()
    assert kept == {2, 7}


# -- an office installation meets an edited copy of the coordinator's file -----------------------------
#
# An office installation may not change another office's record, so a cell edited in such a record
# cannot become *its* edit: every other installation refuses that edit (other_office) and the office
# would hold its own value for ever. It refuses the row instead; and when it met the edited copy first
# (a new record: nothing to tell), a file that proves clean (its checksum matches) brings the value back.


@pytest.fixture
def offices(tmp_path):
    """Office A (ALA-01) with a record of 2 sites covered, the coordinator C holding it, office B (AST-01),
    and the coordinator's export with a copy edited to 7 in a spreadsheet."""
    made = {}
    for name, office, region, role in (
        ("A", "ALA-01", "KZ-75", "office"),
        ("B", "AST-01", "KZ-71", "office"),
        ("C", "UN-KZ", "KZ-71", "coordinator"),
    ):
        made[name] = w = Workspace(Paths(tmp_path / name))
        installation.configure(w.store, office, name, region, "ru", role=role)
    uuid = made["A"].records.create(make_activity(sites_covered=2)).created[0]
    ex.export_workbook(made["A"], tmp_path / "a.xlsx")
    ex.commit_import(made["C"], [tmp_path / "a.xlsx"])
    clean = tmp_path / "c.xlsx"
    ex.export_workbook(made["C"], clean)
    yield made, uuid, clean, edited_copy(clean, tmp_path / "c-edited.xlsx")
    for w in made.values():
        w.close()


def exchange_three(made: dict, tmp_path: Path, rounds: int = 2) -> None:
    """Everyone imports everyone else's latest export; no row may be refused."""
    for n in range(rounds):
        latest = {}
        for k, w in made.items():
            latest[k] = tmp_path / f"three{n}-{k}.xlsx"
            ex.export_workbook(w, latest[k])
        for k, w in made.items():
            for o in made:
                if o != k:
                    result = ex.commit_import(w, [latest[o]])
                    assert not result.rejected, (k, o, [(p.code, p.value) for p in result.rejected])


def test_an_office_refuses_a_spreadsheet_edit_of_another_offices_record(offices, tmp_path):
    made, uuid, clean, edited = offices
    b = made["B"]
    ex.commit_import(b, [clean])
    before = snapshot(b)
    result = ex.commit_import(b, [edited])
    assert [(p.code, p.field, p.value) for p in result.rejected] == [
        ("other_office", "office", "ALA-01 (a cell edited outside fieldapp)")
    ]
    assert (result.inserted, result.updated) == (0, 0)
    assert snapshot(b) == before
    exchange_three(made, tmp_path)
    ends = {k: state(w) for k, w in made.items()}
    assert ends["A"] == ends["B"] == ends["C"]
    assert ends["B"][0][uuid]["sites_covered"] == 2


def test_an_office_that_met_the_edited_copy_first_takes_the_value_of_a_clean_file(offices, tmp_path):
    made, uuid, clean, edited = offices
    b, c = made["B"], made["C"]
    ex.commit_import(b, [edited])
    assert b.records.get(uuid).sites_covered == 7  # a new record: nothing to tell the edit from
    result = ex.commit_import(b, [clean])
    assert (result.updated, result.rejected, result.conflicts) == (1, [], 0)
    assert b.records.get(uuid).as_dict() == c.records.get(uuid).as_dict()
    # the edited copy again is refused; the clean file again writes nothing
    for f, refused in ((edited, 1), (clean, 0), (edited, 1)):
        before = snapshot(b)
        result = ex.commit_import(b, [f])
        assert (result.inserted, result.updated, len(result.rejected)) == (0, 0, refused)
        assert snapshot(b) == before
    exchange_three(made, tmp_path)
    ends = {k: state(w) for k, w in made.items()}
    assert ends["A"] == ends["B"] == ends["C"]


def test_the_cli_says_which_row_an_office_refused_and_exits_1(offices, tmp_path):
    made, _, clean, edited = offices
    ex.commit_import(made["B"], [clean])
    home = made["B"].paths.home
    made["B"].close()
    env = {**os.environ, "PYTHONIOENCODING": "cp866"}
    run = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", str(home), "import", str(edited)],
        capture_output=True,
        env=env,
        timeout=120,
    )
    out = run.stdout.decode("cp866")
    assert run.returncode == 1, (out, run.stderr.decode("cp866", "replace"))
    assert "other_office" in out and "Traceback" not in run.stderr.decode("cp866", "replace")
