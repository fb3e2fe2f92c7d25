"""Merge version 2 over generated histories (DESIGN §4, issue 12): 3–5 installations — a coordinator and
offices — create, edit random fields, delete, restore, resolve conflicts, export (full, since last, one
office), import in any order, pass files through a spreadsheet re-save, undo imports.

Properties: (a) convergence after everyone has imported everyone's latest file, (b) no silent loss,
(c) idempotence, (d) ownership, (e) undo gives back exactly the state before the import.
The default run uses the in-memory workbook stand-in (memory_book: the same cell values as the .xlsx,
without openpyxl's cost); a few histories go through real .xlsx files, more under the `slow` marker.
"""

from __future__ import annotations

import itertools
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.domain import clock as ck
from fieldapp.domain.errors import BadInput
from fieldapp.paths import Paths
from fieldapp.services import conflicts, installation
from fieldapp.services import exchange as ex
from fieldapp.services.workspace import Workspace
from tests.conftest import make_activity
from tests.exchange.memory_book import open_memory, resave, write_memory

_runs = itertools.count()
REGIONS = {"C": "KZ-71", "A": "KZ-75", "B": "KZ-79", "D": "KZ-11", "E": "KZ-55"}
EDITS = {
    "people_reached": lambda n: 1000 + n,
    "children_reached": lambda n: n % 900,
    "notes": lambda n: f"заметка {n}",
    "settlement": lambda n: f"пункт {n % 7}",
    "partners": lambda n: f"партнёр {n % 5}",
    "end_date": lambda n: date(2020, 5, 1 + n % 28),
    "target_groups": lambda n: (("parents",), ("refugees", "youth"), ())[n % 3],
}

op = st.tuples(
    st.sampled_from(
        (
            "create",
            "edit",
            "edit",
            "edit",
            "delete",
            "restore",
            "send",
            "send",
            "send_since",
            "send_office",
            "resave",
            "undo",
            "resolve",
        )
    ),
    st.integers(0, 4),  # who
    st.integers(0, 4),  # to whom
    st.integers(0, 999),  # which record / value
    st.sampled_from(sorted(EDITS)),
)


def dump(ws: Workspace) -> dict:
    """Every record as dicts (clock and conflicts included), without seq and import bookkeeping."""
    return {r.uuid: r.as_dict() for r in ws.store.records.iter_records()}


class Net:
    """A coordinator "C" and offices "A", "B", …; every typed value with its stamp."""

    def __init__(self, root: Path, n_offices: int, real_files: bool = False):
        self.root = root
        self.names = ["C", *"ABDE"[:n_offices]]
        self.ws: dict[str, Workspace] = {}
        for name in self.names:
            w = Workspace(Paths(root / name))
            role = "coordinator" if name == "C" else "office"
            installation.configure(w.store, f"OFF-{name}", name, REGIONS[name], role=role)
            self.ws[name] = w
        self.files = itertools.count()
        self.real = real_files
        self.typed: list[tuple[str, str, object, tuple]] = []  # (uuid, field, value, stamp)
        self.seen_by: dict[tuple, ck.Clock] = {}  # (uuid, L, device) of an edit → the clock right after it
        self.undo_stack: dict[str, list[tuple[int, dict | None]]] = {n: [] for n in self.names}
        self.latest: dict[str, Path] = {}

    def office(self, name: str) -> str:
        return f"OFF-{name}"

    def pick(self, i: int) -> str:
        return self.names[i % len(self.names)]

    # -- local work ------------------------------------------------------------------------------

    def _note(self, w: Workspace, uuid: str, names) -> None:
        rec = w.store.records.get(uuid)
        c = ck.of(rec)
        for n in names:
            s = c.stamp(n)
            self.typed.append((uuid, n, getattr(rec, n), (s[0], s[1])))
            self.seen_by[(uuid, s[0], s[1])] = c
        # a local write makes the states before earlier imports incomparable
        self.undo_stack[self._name(w)] = [(i, None) for i, _ in self.undo_stack[self._name(w)]]

    def _name(self, w: Workspace) -> str:
        return next(n for n, x in self.ws.items() if x is w)

    def editable(self, who: str) -> list:
        w = self.ws[who]
        recs = sorted(w.store.records.iter_records(), key=lambda r: r.uuid)
        if who == "C":
            return recs
        return [r for r in recs if r.office == self.office(who)]

    def create(self, who: str, n: int) -> None:
        w = self.ws[who]
        uuid = w.records.create(
            make_activity(office=self.office(who), region=REGIONS[who], people_reached=n, children_reached=0)
        ).created[0]
        self._note(w, uuid, ck.FIELDS)

    def edit(self, who: str, n: int, field: str) -> None:
        recs = self.editable(who)
        if not recs:
            return self.create(who, n)
        rec = recs[n % len(recs)]
        value = EDITS[field](n)
        new = rec.copy(**{field: value})
        if field == "children_reached" and (new.people_reached or 0) < value:
            new = new.copy(people_reached=value + 10)
        changed = [f for f in ck.FIELDS if getattr(new, f) != getattr(rec, f)]
        if not changed:
            return None
        w = self.ws[who]
        if rec.deleted:
            w.records.restore(rec.uuid)
            changed.append("deleted")
            rec = w.store.records.get(rec.uuid)
            new = rec.copy(**{f: getattr(new, f) for f in changed if f != "deleted"})
        w.records.update(new)
        self._note(w, rec.uuid, changed)
        return None

    def delete(self, who: str, n: int, restore: bool) -> None:
        recs = [r for r in self.editable(who) if r.deleted == restore]
        if not recs:
            return
        rec = recs[n % len(recs)]
        w = self.ws[who]
        (w.records.restore if restore else w.records.delete)(rec.uuid)
        self._note(w, rec.uuid, ["deleted"])

    def resolve(self, who: str, n: int) -> None:
        w = self.ws[who]
        mine = [c for c in conflicts.list_conflicts(w.store) if who == "C" or c.office == self.office(who)]
        if not mine:
            return
        c = mine[n % len(mine)]
        take = ("mine", "theirs")[n % 2]
        try:
            conflicts.resolve(w.records, c.id, take)
        except BadInput:  # the other value breaks a rule together with today's values (children > people)
            return
        self._note(w, c.uuid, [c.field])

    # -- exchange --------------------------------------------------------------------------------

    def export(self, who: str, scope: str = "full", office: str | None = None, spreadsheet=False) -> Path:
        path = (
            self.root / f"x{next(self.files)}-{who}.xlsx"
        )  # the stand-in's files too: the output guard wants .xlsx
        if self.real:
            ex.export_workbook(self.ws[who], path, scope=scope, office=office)
        else:
            ex.export_workbook(self.ws[who], path, scope=scope, office=office, writer=write_memory)
            if spreadsheet:
                resave(path)
        if scope == "full" and not office:
            self.latest[who] = path
        return path

    def import_(self, who: str, paths: list[Path]):
        w = self.ws[who]
        before = dump(w)
        result = ex.commit_import(w, paths, opener=None if self.real else open_memory)
        for r in result.rejected:
            assert r.code == "other_office", r
        if result.inserted or result.updated:
            self.undo_stack[who].append((result.import_id, before))
        return result

    def undo(self, who: str) -> None:
        w = self.ws[who]
        now = dump(w)
        try:
            ex.undo_last_import(w, dry_run=True)
            assert dump(w) == now, "an undo's dry run changed records"
            ex.undo_last_import(w)
        except ex.UndoImpossible:
            assert dump(w) == now
            return
        _, before = self.undo_stack[who].pop()
        if before is not None:
            assert dump(w) == before, "undo did not give back the state before the import"
        # the undo is a write: earlier states no longer compare
        self.undo_stack[who] = [(i, None) for i, _ in self.undo_stack[who]]

    def step(self, action: str, a: int, b: int, n: int, field: str) -> None:
        who, to = self.pick(a), self.pick(b)
        if action == "create":
            self.create(who, n)
        elif action == "edit":
            self.edit(who, n, field)
        elif action in ("delete", "restore"):
            self.delete(who, n, restore=action == "restore")
        elif action == "resolve":
            self.resolve(who, n)
        elif action == "undo":
            self.undo(who)
        elif who != to:
            if action == "send_office" and who == "C":
                self.import_(to, [self.export("C", office=self.office(to))])
            elif action == "send_since":
                self.import_(to, [self.export(who, "since_last")])
            else:
                self.import_(to, [self.export(who, spreadsheet=action == "resave")])

    def final_round(self, order: list[str]) -> list[Path]:
        offices = [n for n in order if n != "C"]
        files = [self.export(o) for o in offices]
        for path in files:
            self.import_("C", [path])
        last = self.export("C")
        for o in offices:
            self.import_(o, [last])
            self.import_(o, [f for f in files if f.name.split("-")[-1].split(".")[0] != o])
        return [last, *files]

    def close(self) -> None:
        for w in self.ws.values():
            w.close()


def check_properties(net: Net, final_files: list[Path]) -> None:
    dumps = {n: dump(w) for n, w in net.ws.items()}
    # (a) convergence: identical records, clocks and conflict lists everywhere
    first = dumps["C"]
    for name, d in dumps.items():
        assert d == first, f"{name} differs from the coordinator after the final round"
    lists = {n: [c.as_dict() for c in conflicts.list_conflicts(w.store, True)] for n, w in net.ws.items()}
    assert all(v == lists["C"] for v in lists.values())

    # (b) no silent loss: each typed value is in the final state (or the current write), in the conflict
    # list, or superseded by a typed edit that saw it and is itself accounted for
    final = {u: net.ws["C"].store.records.get(u) for u in first}
    groups: dict[tuple, list[tuple]] = {}
    for uuid, field, value, stamp in net.typed:
        groups.setdefault((uuid, field), []).append((value, stamp))

    def concurrent(a: tuple, b: tuple) -> bool:
        """Two writes of one record neither of which saw the other."""
        ca, cb = net.seen_by.get((uuid, *a)), net.seen_by.get((uuid, *b))
        return a != b and ca is not None and cb is not None and not ca.seen((*b, 0)) and not cb.seen((*a, 0))

    for (uuid, field), typed in groups.items():
        rec = final[uuid]
        now = ck.of(rec).stamp(field)
        losers = {(e["l"][0], e["l"][1]) for e in ck.parse_conflicts(rec.conflicts) if e["f"] == field}
        ok = {
            stamp
            for value, stamp in typed
            if getattr(rec, field) == value or stamp == (now[0], now[1]) or stamp in losers
        }
        grew = True
        while grew:
            grew = False
            for _, stamp in typed:
                if stamp not in ok and any(
                    net.seen_by[(uuid, *u)].seen((*stamp, 0)) for u in ok if (uuid, *u) in net.seen_by
                ):
                    ok.add(stamp)
                    grew = True
        # Known gap (tests/exchange/test_equal_concurrent_writes.py, a strict xfail): concurrent writes of
        # the same value are merged into one stamp, so a later edit that saw the kept one replaces the
        # value without a conflict. Such a write is counted with its equal twin; every other loss fails.
        lost = [
            (v, s)
            for v, s in typed
            if s not in ok and not any(v2 == v and s2 in ok and concurrent(s, s2) for v2, s2 in typed)
        ]
        assert not lost, f"{field} of {uuid}: {lost} vanished without a trace"

    # (d) ownership: every field of an office's record was written by that office or the coordinator
    devices = {w.store.get_meta("device_id"): n for n, w in net.ws.items()}
    for rec in final.values():
        c = ck.of(rec)
        for field in ck.FIELDS:
            writer = devices[c.stamp(field)[1]]
            assert writer in ("C", rec.office.removeprefix("OFF-")), (rec.uuid, field, writer)

    # (c) idempotence: importing anything again writes nothing
    for name, w in net.ws.items():
        con = sqlite3.connect(w.store.path)
        seq = con.execute(
            "SELECT COALESCE(MAX(seq), 0), (SELECT COUNT(*) FROM history) FROM activity"
        ).fetchone()
        con.close()
        result = ex.commit_import(w, final_files, opener=None if net.real else open_memory)
        assert (result.inserted, result.updated, result.conflicts) == (0, 0, 0), name
        con = sqlite3.connect(w.store.path)
        again = con.execute(
            "SELECT COALESCE(MAX(seq), 0), (SELECT COUNT(*) FROM history) FROM activity"
        ).fetchone()
        con.close()
        assert again == seq and dump(w) == dumps[name]


def run_history(root: Path, n_offices: int, history, order, real_files=False) -> None:
    net = Net(root, n_offices, real_files)
    try:
        for step in history:
            net.step(*step)
        files = net.final_round([net.names[i % len(net.names)] for i in order] + net.names)
        check_properties(net, files)
    finally:
        net.close()


HISTORY = dict(
    n_offices=st.integers(2, 4),
    history=st.lists(op, min_size=1, max_size=24),
    order=st.lists(st.integers(0, 4), max_size=5),
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(**HISTORY)
def test_generated_histories_converge_lose_nothing_are_idempotent_and_respect_ownership(
    tmp_path, n_offices, history, order
):
    run_history(tmp_path / f"run{next(_runs)}", n_offices, history, order)


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(**HISTORY)
def test_generated_histories_through_real_workbooks(tmp_path, n_offices, history, order):
    run_history(tmp_path / f"real{next(_runs)}", n_offices, history, order, real_files=True)


@pytest.mark.slow
@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(n_offices=st.integers(2, 4), history=st.lists(op, min_size=1, max_size=60), order=HISTORY["order"])
def test_many_long_generated_histories(tmp_path, n_offices, history, order):
    run_history(tmp_path / f"slow{next(_runs)}", n_offices, history, order)
