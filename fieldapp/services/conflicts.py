"""Conflicts (merge version 2): list them, and resolve one as an ordinary edit that follows both sides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fieldapp.domain import clock as ck
from fieldapp.domain.errors import BadInput
from fieldapp.domain.record import MEASURES, Activity, ms_to_iso
from fieldapp.services.changes import Changed
from fieldapp.services.records import Records
from fieldapp.storage import Store

TAKE_MINE, TAKE_THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class Conflict:
    """One field of one record on which two edits did not see each other.

    `kept` is the value every installation holds now (the deterministic winner, or what a later edit
    wrote); `other` the concurrent value that lost. For field "deleted" the record was deleted while
    another edit was made: kept is True (deleted), other False (the edit).
    """

    id: str
    uuid: str
    field: str
    office: str  # the record's office
    kind: str
    start_date: date | None
    kept: object
    kept_office: str
    kept_device: str
    kept_at: int
    other: object
    other_office: str
    other_device: str
    other_at: int
    resolved: bool

    def as_dict(self) -> dict:
        def plain(v):
            return v.isoformat() if isinstance(v, date) else (list(v) if isinstance(v, tuple) else v)

        return {
            "id": self.id,
            "uuid": self.uuid,
            "field": self.field,
            "office": self.office,
            "kind": self.kind,
            "start_date": plain(self.start_date),
            "kept": plain(self.kept),
            "kept_office": self.kept_office,
            "kept_device": self.kept_device,
            "kept_at": ms_to_iso(self.kept_at) if self.kept_at else "",
            "other": plain(self.other),
            "other_office": self.other_office,
            "other_device": self.other_device,
            "other_at": ms_to_iso(self.other_at) if self.other_at else "",
            "status": "resolved" if self.resolved else "open",
        }


def of_record(rec: Activity, include_resolved: bool = False) -> list[Conflict]:
    c = ck.of(rec)
    out = []
    for e in ck.parse_conflicts(rec.conflicts):
        if e.get("r") and not include_resolved:
            continue
        kept_stamp = tuple(e["d"]) if e["f"] == "deleted" and e.get("d") else c.stamp(e["f"])
        other = tuple(e["l"])
        out.append(
            Conflict(
                id=ck.entry_id(rec.uuid, e),
                uuid=rec.uuid,
                field=e["f"],
                office=rec.office,
                kind=rec.kind,
                start_date=rec.start_date,
                kept=getattr(rec, e["f"]),
                kept_office=c.office_of(kept_stamp[1]),
                kept_device=kept_stamp[1],
                kept_at=kept_stamp[2],
                other=ck.from_json(e["f"], e["v"]),
                other_office=c.office_of(other[1]),
                other_device=other[1],
                other_at=other[2],
                resolved=bool(e.get("r")),
            )
        )
    return out


def list_conflicts(store: Store, include_resolved: bool = False) -> list[Conflict]:
    """Every conflict held here (open ones only unless asked), by record office, record and field."""
    out = []
    for rec in store.records.with_conflicts():
        out += of_record(rec, include_resolved)
    return sorted(out, key=lambda c: (c.office, str(c.start_date), c.uuid, c.field, c.id))


def count_open(store: Store) -> int:
    return len(list_conflicts(store))


def find(store: Store, conflict_id: str) -> Conflict:
    cid = (conflict_id or "").strip().lower()
    for c in list_conflicts(store, include_resolved=True):
        if c.id == cid:
            return c
    raise BadInput(f"no conflict with id {conflict_id!r} (see `fieldapp conflicts`)")


def parse_value(field: str, text: str):
    """A value typed by a person for `field` (the form's rules apply after)."""
    text = (text or "").strip()
    if field in MEASURES:
        if not text:
            return None
        try:
            n = int(text.replace(" ", "").replace("\u00a0", ""))
        except ValueError:
            raise BadInput(f"{text!r} is not a whole number") from None
        return n
    if field in ("start_date", "end_date"):
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise BadInput(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if field == "target_groups":
        return tuple(t for t in text.replace(",", " ").split() if t)
    if field == "deleted":
        low = text.casefold()
        if low in ("1", "true", "yes", "deleted"):
            return True
        if low in ("0", "false", "no", "kept", "restored"):
            return False
        raise BadInput(f"{text!r}: use 1 (deleted) or 0 (kept)")
    return text


def resolve(records: Records, conflict_id: str, take: str) -> Changed:
    """Settle a conflict: take "mine" (the value held now), "theirs" (the other one) or a typed value.

    The choice is written as an edit of the field made here, stamped after both sides, so it travels in
    the next export and settles the same conflict at every installation that imports it. Only the rules
    that read the field are checked (`Records.settle_field`): settling is always possible.
    """
    store = records.store
    c = find(store, conflict_id)
    if c.resolved:
        raise BadInput(f"conflict {c.id} is already resolved")
    if take == TAKE_MINE:
        value = c.kept
    elif take == TAKE_THEIRS:
        value = c.other
    else:
        value = parse_value(c.field, take)
    return records.settle_field(c.uuid, c.field, value, from_elsewhere=take == TAKE_THEIRS)
