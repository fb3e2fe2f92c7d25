"""Merge properties over random histories of edits, deletes and exchanges between two installations."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.paths import Paths
from fieldapp.services import exchange as ex
from fieldapp.services import installation
from fieldapp.services.workspace import Workspace
from tests.conftest import make_activity

_runs = itertools.count()

op = st.tuples(
    st.sampled_from("AB"),
    st.sampled_from(("create", "edit", "edit", "delete", "restore", "send", "send_since")),
    st.integers(0, 50),
    st.integers(0, 3000),
)


def key(r):
    return (r.updated_at, r.version, r.updated_device)


class Pair:
    """Two installations (offices) and every version each has ever held."""

    def __init__(self, root: Path):
        self.ws = {}
        for name, region in (("A", "KZ-75"), ("B", "KZ-71")):
            w = Workspace(Paths(root / name))
            installation.configure(w.store, f"OFF-{name}", name, region)
            self.ws[name] = w
        self.root = root
        self.files = itertools.count()
        self.held: dict[str, dict[tuple, dict]] = {"A": {}, "B": {}}  # installation → {(uuid, key): record}

    def note_versions(self) -> None:
        for name, w in self.ws.items():
            for r in w.store.iter_records():
                self.held[name][(r.uuid, key(r))] = r.as_dict()

    def send(self, src: str, dst: str, scope: str = "full") -> None:
        path = self.root / f"x{next(self.files)}.xlsx"
        ex.export_workbook(self.ws[src], path, scope=scope)
        result = ex.commit_import(self.ws[dst], [path])
        assert result.rejected == []

    def apply(self, who: str, action: str, pick: int, people: int) -> None:
        w = self.ws[who]
        recs = sorted(w.store.iter_records(), key=lambda r: r.uuid)
        other = "B" if who == "A" else "A"
        if action == "create" or (not recs and action in ("edit", "delete", "restore")):
            w.records.create(make_activity(office=f"OFF-{who}", people_reached=people, children_reached=0))
        elif action == "send":
            self.send(who, other)
        elif action == "send_since":
            self.send(who, other, "since_last")
        else:
            rec = recs[pick % len(recs)]
            if action == "edit":
                w.records.update(rec.copy(people_reached=people, notes=f"{who} {people}"))
            elif action == "delete":
                w.records.delete(rec.uuid)
            else:
                w.records.restore(rec.uuid)
        self.note_versions()

    def close(self) -> None:
        for w in self.ws.values():
            w.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=st.lists(op, min_size=1, max_size=14), a_first=st.booleans())
def test_after_exchanging_both_ways_both_hold_the_same_newest_records_and_all_history(
    tmp_path, history, a_first
):
    pair = Pair(tmp_path / f"run{next(_runs)}")
    try:
        for step in history:
            pair.apply(*step)
        first, second = ("A", "B") if a_first else ("B", "A")
        pair.send(first, second)
        pair.send(second, first)
        pair.note_versions()

        final = {n: {r.uuid: r for r in w.store.iter_records()} for n, w in pair.ws.items()}
        assert {u: r.as_dict() for u, r in final["A"].items()} == {
            u: r.as_dict() for u, r in final["B"].items()
        }

        newest: dict[str, tuple] = {}
        for held in pair.held.values():
            for uuid, k in held:
                newest[uuid] = max(newest.get(uuid, k), k)
        assert {u: key(r) for u, r in final["A"].items()} == newest  # nothing newer is ever lost

        for name, w in pair.ws.items():
            for (uuid, k), version in pair.held[name].items():
                if k == key(final[name][uuid]):
                    continue
                kept = {
                    (h.record.updated_at, h.record.version, h.record.updated_device)
                    for h in w.records.history(uuid)
                }
                assert k in kept, f"{name} lost version {version['version']} of {uuid} from its history"
    finally:
        pair.close()
