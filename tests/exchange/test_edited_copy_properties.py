"""Generated histories in which exported files are edited in a spreadsheet and travel beside the clean
ones (DESIGN §4 "Convergence"; docs/decisions.md, "Spreadsheet edits of one's own export").

The histories of test_exchange_merge_properties, plus: somebody changes a cell of a copy of an export
and the copy is imported somewhere, before or after the clean file; at the end every installation
imports every edited copy again, then everybody exchanges. The same properties hold: identical records
and conflict lists everywhere, nothing lost (a cell edit taken at an installation is that
installation's edit), re-importing anything writes nothing, and an office's record is only ever
written by that office or the coordinator — an office that meets an edit of another office's record in
a spreadsheet refuses it. Undo is left out here: undoing the import that made a spreadsheet edit takes
that edit back, which the loss check could not tell from a loss.
"""

from __future__ import annotations

import itertools
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fieldapp.domain import clock as ck
from fieldapp.exchange.columns import COLUMNS
from tests.exchange.test_exchange_merge_properties import EDITS, Net, check_properties

_runs = itertools.count()
CELLS = {  # what a person types over a cell of the Activities sheet
    "people_reached": lambda n: 2000 + n,
    "notes": lambda n: f"исправлено в Excel {n}",
    "settlement": lambda n: f"село {n % 3}",
}
COLUMN = {c.field: i for i, c in enumerate(COLUMNS)}


class EditedNet(Net):
    """Net whose files may be edited in a spreadsheet; such edits, taken at an installation, are noted
    as that installation's writes (for the loss check)."""

    def __init__(self, root: Path, n_offices: int, ranks=(0, 1, 2, 3, 4)):
        super().__init__(root, n_offices)
        self.copies: list[Path] = []
        # device ids in a drawn order (before any record): the larger id wins concurrent edits
        for name, rank in zip(self.names, ranks, strict=False):
            self.ws[name].store.set_meta("device_id", f"{rank}0000000-0000-4000-8000-00000000000{name}")

    def import_(self, who: str, paths: list[Path]):
        result = super().import_(who, paths)
        w = self.ws[who]
        device = w.store.get_meta("device_id")
        for uuid in {u for f in result.files for u in f.updated_uuids}:
            c = ck.of(w.store.records.get(uuid))
            rec = w.store.records.get(uuid)
            for name in ck.FIELDS:
                s = c.stamp(name)
                if s[1] == device and (uuid, s[0], s[1]) not in self.seen_by:
                    self.typed.append((uuid, name, getattr(rec, name), (s[0], s[1])))
                    self.seen_by[(uuid, s[0], s[1])] = c
        return result

    def edited_copy(self, who: str, to: str, n: int) -> None:
        """A copy of `who`'s export with one cell typed over, imported at `to`."""
        path = self.export(who)
        data = pickle.loads(path.read_bytes())
        if not data["rows"]:
            return
        field = sorted(CELLS)[n % len(CELLS)]
        data["rows"][n % len(data["rows"])][COLUMN[field]] = CELLS[field](n)
        copy = self.root / f"x{next(self.files)}-{who}-edited.xlsx"
        copy.write_bytes(pickle.dumps(data))
        self.copies.append(copy)
        self.import_(to, [copy])

    def step(self, action: str, a: int, b: int, n: int, field: str) -> None:
        if action == "edited_copy":
            who, to = self.pick(a), self.pick(b)
            return self.edited_copy(who, to, n)
        if action == "import_copy":
            if self.copies:
                self.import_(self.pick(b), [self.copies[n % len(self.copies)]])
            return None
        return super().step(action, a, b, n, field)


op = st.tuples(
    st.sampled_from(
        (
            "create",
            "edit",
            "edit",
            "delete",
            "restore",
            "send",
            "send",
            "send_since",
            "send_office",
            "resave",
            "resolve",
            "edited_copy",
            "edited_copy",
            "import_copy",
        )
    ),
    st.integers(0, 4),
    st.integers(0, 4),
    st.integers(0, 999),
    st.sampled_from(sorted(EDITS)),
)


def run(root: Path, n_offices: int, history, order, ranks) -> None:
    net = EditedNet(root, n_offices, ranks)
    try:
        for step in history:
            net.step(*step)
        for i, name in enumerate(net.names if net.copies else ()):  # every edited copy, everywhere
            net.import_(name, net.copies[::-1] if i % 2 else list(net.copies))
        files = net.final_round([net.names[i % len(net.names)] for i in order] + net.names)
        check_properties(net, files + net.copies)
    finally:
        net.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    n_offices=st.integers(2, 4),
    history=st.lists(op, min_size=1, max_size=24),
    order=st.lists(st.integers(0, 4), max_size=5),
    ranks=st.permutations(range(5)),
)
# An office (B, the highest device id) meets the coordinator's export edited in a spreadsheet, in a
# record of office A: before the fix its edit was refused everywhere else and B stayed apart for ever.
@example(
    n_offices=2,
    history=[
        ("create", 1, 0, 5, "notes"),
        ("send", 1, 0, 0, "notes"),
        ("send", 0, 2, 0, "notes"),
        ("edited_copy", 0, 2, 1, "notes"),
    ],
    order=[],
    ranks=(0, 1, 4, 2, 3),
)
def test_histories_with_spreadsheet_edited_copies_converge_lose_nothing_and_respect_ownership(
    tmp_path, n_offices, history, order, ranks
):
    run(tmp_path / f"run{next(_runs)}", n_offices, history, order, ranks)


@pytest.mark.slow
@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    n_offices=st.integers(2, 4),
    history=st.lists(op, min_size=1, max_size=60),
    order=st.lists(st.integers(0, 4), max_size=5),
    ranks=st.permutations(range(5)),
)
def test_many_long_histories_with_spreadsheet_edited_copies(tmp_path, n_offices, history, order, ranks):
    run(tmp_path / f"slow{next(_runs)}", n_offices, history, order, ranks)
