"""Causality of one record (merge version 2): who wrote each field, what each writer had seen, conflicts.

A record's *clock* is a version vector plus per-field stamps, kept as one compact JSON text
(the `clock` column, the `#meta+stamps` cell of the exchange workbook):

    {"d": {device: [L, office]}, "s": {"*": [L, device, ms], field: [L, device, ms], ...}}

- `d` says, per device, the Lamport number of that device's newest edit of this record that the
  holder has seen (and the office the device reports for).
- `s` gives each field's stamp: the edit that wrote its current value — a Lamport number (max of every
  number seen + 1, so an edit that saw another always sorts after it, and above every number the device
  put on this record before, undone ones too: `Clock.edit`'s floor), the device, and the wall time for
  people. `*` is the creation stamp; fields written at creation and never since are left out.

An edit stamped s "has been seen" by a clock c when c.d[s.device] >= s.L. Two writes of a field that
did not see each other are concurrent: the larger (L, device) wins everywhere, the other is kept in
the record's conflict list (the `conflicts` column, the `#meta+conflicts` cell):

    [{"f": field, "l": loser stamp, "v": loser value, "r": resolving stamp or null}, ...]
    [{"f": "deleted", "d": deletion stamp, "l": newest concurrent edit, "v": false, "r": ...}, ...]

An entry is open until an edit of its field is made by an installation that holds it ("r").
Stdlib only, so storage, exchange, services and the UI can all read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from fieldapp.domain.record import CONTENT_FIELDS, Activity

FIELDS = (*CONTENT_FIELDS, "deleted")  # the registers a clock stamps
Stamp = tuple[int, str, int]  # (Lamport number, device id, epoch ms)


def order(s: Stamp) -> tuple[int, str]:
    """The total order every installation uses to pick the winner of concurrent writes."""
    return (s[0], s[1])


@dataclass
class Clock:
    """A record's merge clock: the devices' versions and the per-field stamps."""

    devices: dict[str, list] = field(default_factory=dict)  # device → [L, office]
    stamps: dict[str, Stamp] = field(default_factory=dict)  # field or "*" → stamp

    def stamp(self, name: str) -> Stamp:
        return self.stamps.get(name) or self.stamps["*"]

    def seen(self, s: Stamp) -> bool:
        d = self.devices.get(s[1])
        return d is not None and d[0] >= s[0]

    def top(self) -> int:
        return max((d[0] for d in self.devices.values()), default=0)

    def office_of(self, device: str) -> str:
        d = self.devices.get(device)
        return d[1] if d else ""

    def edit(self, names, device: str, office: str, ms: int, floor: int = 0) -> Stamp:
        """Stamp `names` as written now by `device`; returns the new stamp.

        `floor`: a number the stamp must also go above — the versions of this record an undo took back
        (they may have travelled) and the floor a restore left (storage/high_water.py), so the device
        never issues a stamp it already sent (docs/decisions.md)."""
        s = (max(self.top(), floor) + 1, device, ms)
        self.devices[device] = [s[0], office]
        for n in names:
            self.stamps[n] = s
        return s

    def text(self) -> str:
        base = self.stamps["*"]
        s = {k: list(v) for k, v in self.stamps.items() if k == "*" or tuple(v) != tuple(base)}
        d = {k: list(v) for k, v in self.devices.items()}
        return json.dumps({"d": d, "s": s}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def new_clock(device: str, office: str, ms: int) -> Clock:
    return Clock({device: [1, office]}, {"*": (1, device, ms)})


def parse(text: str) -> Clock:
    """A clock from its text; ValueError when the text is not one."""
    try:
        raw = json.loads(text)
        devices = {str(k): [int(v[0]), str(v[1])] for k, v in raw["d"].items()}
        stamps = {str(k): (int(v[0]), str(v[1]), int(v[2])) for k, v in raw["s"].items()}
    except (TypeError, KeyError, IndexError, AttributeError, json.JSONDecodeError) as e:
        raise ValueError(f"not a record clock: {e}") from None
    if "*" not in stamps or any(k != "*" and k not in FIELDS for k in stamps):
        raise ValueError("not a record clock: unknown field")
    return Clock(devices, stamps)


def of(record: Activity) -> Clock:
    """The record's clock; a record from before merge version 2 counts as one write by its last writer."""
    if record.clock:
        return parse(record.clock)
    device = record.updated_device or record.origin_device or "legacy"
    v = max(record.version, 1)
    return Clock({device: [v, record.office]}, {"*": (v, device, record.updated_at)})


# -- values in conflict entries ----------------------------------------------------------------


def to_json(name: str, value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def from_json(name: str, value):
    if name in ("start_date", "end_date") and isinstance(value, str):
        return date.fromisoformat(value)
    if name == "target_groups":
        return tuple(value or ())
    if name == "deleted":
        return bool(value)
    return value


def entry_key(e: dict) -> tuple:
    return (e["f"], tuple(e["d"])) if e["f"] == "deleted" and e.get("d") else (e["f"], tuple(e["l"]))


def entry_id(uuid: str, e: dict) -> str:
    """A short stable id for one conflict (the same at every installation)."""
    k = entry_key(e)
    text = f"{uuid}\x1f{k[0]}\x1f{k[1][0]}\x1f{k[1][1]}"
    import hashlib  # here: loading OpenSSL cost every start ~2 ms, and conflicts are rare

    return hashlib.sha256(text.encode()).hexdigest()[:10]


def parse_conflicts(text: str) -> list[dict]:
    if not text:
        return []
    try:
        raw = json.loads(text)
        out = []
        for e in raw:
            item = {"f": str(e["f"]), "l": list(e["l"]), "v": e.get("v"), "r": e.get("r")}
            if e.get("d"):
                item["d"] = list(e["d"])
            if item["f"] not in FIELDS:
                raise ValueError("unknown field")
            out.append(item)
        return out
    except (TypeError, KeyError, AttributeError, json.JSONDecodeError) as e:
        raise ValueError(f"not a conflict list: {e}") from None


def conflicts_text(entries: list[dict]) -> str:
    if not entries:
        return ""
    ordered = sorted(entries, key=entry_key)
    return json.dumps(ordered, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def merge_entries(a: dict, b: dict) -> dict:
    """Two versions of one conflict entry → one (resolved wins; the newest resolution or loser)."""
    if a.get("r") or b.get("r"):
        ra, rb = a.get("r"), b.get("r")
        if not ra:
            return b
        if not rb:
            return a
        return a if order(tuple(ra)) >= order(tuple(rb)) else b
    return a if order(tuple(a["l"])) >= order(tuple(b["l"])) else b


def resolve_open(entries: list[dict], names, s: Stamp) -> list[dict]:
    """An edit of `names` made here settles every open conflict on those fields held here."""
    out = []
    for e in entries:
        if e["f"] in names and not e.get("r"):
            e = {**e, "r": list(s)}
        out.append(e)
    return out
