"""The merge rule of version 2 (DESIGN §4): two versions of one record → one, field by field.

Pure functions over Activity and its clock (fieldapp.domain.clock); the workbook and the database are
the import service's business. The rule is a join: merging in any order, any number of times, gives
the same record, and every installation that has seen two concurrent writes holds the same conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldapp.domain import clock as ck
from fieldapp.domain.record import Activity


@dataclass
class Merged:
    record: Activity
    fields: list[str] = field(default_factory=list)  # fields whose value changed here
    new_conflicts: list[dict] = field(default_factory=list)  # entries this merge found or brought in
    edited_here: list[str] = field(default_factory=list)  # fields edited in a spreadsheet, now ours


def settle(record: Activity, c: ck.Clock, entries: list[dict]) -> Activity:
    """The record with its clock, conflicts and the bookkeeping that follows from them: the version is
    the newest Lamport number, updated_at/updated_device those of the newest write (the creation fields
    never change, so they are kept as they are)."""
    newest = max(c.stamps.values(), key=ck.order)
    return record.copy(
        clock=c.text(),
        conflicts=ck.conflicts_text(entries),
        version=max(c.top(), 1),
        updated_at=newest[2],
        updated_device=newest[1],
    )


def edit(old: Activity, new: Activity, names, device: str, office: str, ms: int, floor: int = 0) -> Activity:
    """`new` as an edit of `names` made on `device`: stamped (above `floor`, the device's high-water
    mark), settling the conflicts held on them. The new stamp's Lamport number is the record's version."""
    c = ck.of(old)
    s = c.edit(names, device, office, ms, floor)
    entries = ck.resolve_open(ck.parse_conflicts(old.conflicts), set(names), s)
    return settle(new, c, entries)


def merge(
    local: Activity,
    inc: Activity,
    device: str,
    office: str,
    now: int,
    edits_here: bool = True,
    floor: int = 0,
) -> Merged:
    """`inc` (from a file) merged into `local`; edits found in the file's cells become ours (stamped
    above `floor`, this device's high-water mark for the record).

    With `edits_here` false (an installation that may not edit the record, whose file proved clean) a
    cell that differs under the same stamp is taken as the file has it, under that stamp: the copy
    stored here is the one that was edited outside fieldapp (it came in a spreadsheet-edited file).
    """
    lc, ic = ck.of(local), ck.of(inc)
    values: dict = {}
    # The creation stamp: one record created twice under one ID (re-created after an undo of the import
    # that created it, or a template row imported at two installations) keeps the first creation in
    # the total order, everywhere - each side kept its own for ever (outside tester, finding 11).
    star = min(tuple(lc.stamps["*"]), tuple(ic.stamps["*"]))
    stamps: dict[str, ck.Stamp] = {"*": star}
    found: list[dict] = []
    edited: list[str] = []
    changed: list[str] = []
    for name in ck.FIELDS:
        ls, is_ = lc.stamp(name), ic.stamp(name)
        lv, iv = getattr(local, name), getattr(inc, name)
        if ck.order(ls) == ck.order(is_):
            take_inc = False
            if lv != iv:  # the same write, another value: the cell was edited in a spreadsheet
                edited.append(name)
                take_inc = True
        elif ic.seen(ls):
            take_inc = True
        elif lc.seen(is_):
            take_inc = False
        else:  # concurrent: the larger stamp wins everywhere, the other is kept as a conflict
            take_inc = ck.order(is_) > ck.order(ls)
            loser, value = (ls, lv) if take_inc else (is_, iv)
            if lv != iv:  # both typed the same value: nothing to choose between
                found.append({"f": name, "l": list(loser), "v": ck.to_json(name, value), "r": None})
        values[name] = iv if take_inc else lv
        stamps[name] = is_ if take_inc else ls
        if not take_inc and ck.order(ls) == ck.order(is_):  # one write known by two times: the first
            stamps[name] = min(tuple(ls), tuple(is_))
        if values[name] != lv:
            changed.append(name)
    devices = {k: list(v) for k, v in lc.devices.items()}
    for k, v in ic.devices.items():
        if k not in devices or v[0] > devices[k][0]:
            devices[k] = list(v)
    merged = ck.Clock(devices, stamps)

    # An edit that did not see a deletion (and that the deletion did not see) is a conflict too.
    if values["deleted"]:
        d = stamps["deleted"]
        del_side, other = (ic, lc) if ck.order(d) == ck.order(ic.stamp("deleted")) else (lc, ic)
        if not other.seen(d):
            unseen = [stamps[n] for n in ck.FIELDS if n != "deleted" and not del_side.seen(stamps[n])]
            if unseen:
                newest = max(unseen, key=ck.order)
                found.append({"f": "deleted", "d": list(d), "l": list(newest), "v": False, "r": None})

    entries: dict[tuple, dict] = {}
    for e in ck.parse_conflicts(local.conflicts):
        entries[ck.entry_key(e)] = e
    local_keys = {k: dict(e) for k, e in entries.items()}
    for e in [*ck.parse_conflicts(inc.conflicts), *found]:
        k = ck.entry_key(e)
        entries[k] = ck.merge_entries(entries[k], e) if k in entries else e
    new = [e for k, e in entries.items() if k not in local_keys and not e.get("r")]

    record = local.copy(**values)
    if star != tuple(lc.stamps["*"]):  # the other side's creation came first: its creation fields too
        record = record.copy(
            created_at=inc.created_at, origin_office=inc.origin_office, origin_device=inc.origin_device
        )
    if edited and edits_here:
        s = merged.edit(edited, device, office, now, floor)
        entries = {ck.entry_key(e): e for e in ck.resolve_open(list(entries.values()), set(edited), s)}
    out = settle(record, merged, list(entries.values()))
    return Merged(out, changed, new, edited)
