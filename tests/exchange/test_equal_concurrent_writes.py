"""Known gap in merge version 2, found by `test_many_long_generated_histories` (it fails on roughly one
run in four, before this round's changes too): two offices' concurrent writes of the SAME value to one
field (two deletions of one record) are merged into one stamp, the higher device's. A later edit that saw
only the other one (a restore by the office whose deletion was kept) then replaces the value without a
conflict, although it never saw the forgotten write (DESIGN §4: "Only edits to the same field that did
not see each other are concurrent ... concurrent edits are conflicts"). Fixing it needs the field's clock
to keep every stamp of an agreed value (an export-format change): recorded here as a strict xfail, so the
test fails — and must be updated — the day it is fixed."""

from __future__ import annotations

import pytest

from fieldapp.services import conflicts
from tests.exchange import test_exchange_merge_properties as props


def _history(tmp_path, coordinator_device: str, office_device: str):
    net = props.Net(tmp_path, 1)  # the coordinator "C" and office "A"
    for name, device in (("C", coordinator_device), ("A", office_device)):
        net.ws[name].store.set_meta("device_id", device)  # before any write: which stamp is kept
    return net


@pytest.mark.parametrize(
    "order",
    [
        pytest.param(
            "office-higher",
            marks=pytest.mark.xfail(strict=True, reason="equal concurrent writes keep one stamp"),
        ),
        "coordinator-higher",
    ],
)
def test_a_restore_that_saw_only_one_of_two_concurrent_deletions_is_a_conflict(tmp_path, order):
    high, low = "ffffffff-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000000"
    c_dev, a_dev = (low, high) if order == "office-higher" else (high, low)
    net = _history(tmp_path, c_dev, a_dev)
    try:
        net.create("A", 5)  # A's record
        (uuid,) = [r.uuid for r in net.ws["A"].store.records.iter_records()]
        net.import_("C", [net.export("A")])
        net.ws["A"].records.delete(uuid)  # both delete it, not knowing of each other
        net.ws["C"].records.delete(uuid)
        net.import_("C", [net.export("A")])  # the two deletions meet: the same value
        rec = net.ws["A"].store.records.get(uuid)
        net.ws["A"].records.restore(rec.uuid)  # A restores it, having seen only its own deletion
        net.import_("C", [net.export("A")])
        final = net.ws["C"].store.records.get(uuid)
        listed = [c for c in conflicts.list_conflicts(net.ws["C"].store) if c.uuid == uuid]
        # either the coordinator's deletion stands, or the restore won and the deletion is a conflict
        assert final.deleted or any(c.field == "deleted" for c in listed), (final.deleted, listed)
    finally:
        net.close()
