"""Record use-cases: create, update, delete (tombstone), restore, read, page, totals, history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from fieldapp.domain.errors import NotFound, NotYourOffice, StaleRecord, ValidationFailed
from fieldapp.domain.query import Cursor, Page, RecordFilter, Sort
from fieldapp.domain.record import CONTENT_FIELDS, MAX_TIMESTAMP, MEASURES, Activity, now_ms
from fieldapp.domain.reference import Reference, reference
from fieldapp.services.changes import Changed
from fieldapp.services.installation import Installation, require
from fieldapp.storage import Store

if TYPE_CHECKING:  # the logs room and the merge rule load on first use (start-up time)
    from fieldapp.storage.history import HistoryEntry
    from fieldapp.storage.logs import ExportLogEntry

Progress = Callable[[int, int], None]


class Records:
    """Every write is one transaction; a returned call means the change is on disk (synchronous FULL)."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], int] = now_ms,
        today: Callable[[], date] = date.today,
        reference: Callable[[], Reference] = reference,
    ):
        self.store = store
        self.clock = clock
        self.today = today
        self.reference = reference  # the installation's reference data (kinds it knows)

    @property
    def installation(self) -> Installation:
        return require(self.store)

    def _stamp(self, previous: int = 0) -> int:
        # Never move a record's clock backwards, even if the laptop's clock did.
        # Never past 9999-12-31 either: every installation must be able to read the stamp back.
        return min(max(self.clock(), previous + 1), MAX_TIMESTAMP)

    def _check(self, record: Activity, old: Activity | None = None) -> list:
        # An edit that keeps a kind (site type, …) of newer reference data keeps it: not an error.
        keep = old is not None and old.kind == record.kind
        from fieldapp.domain.validation import errors, validate  # with the first save, not at start

        issues = validate(record, today=self.today(), ref=self.reference(), keep_unknown_codes=keep)
        if errors(issues):
            raise ValidationFailed(issues)
        return issues

    def create(self, record: Activity) -> Changed:
        from fieldapp.domain import clock

        inst = self.installation
        record = record.copy(office=record.office or inst.office_code)
        self._own(record)
        issues = self._check(record)
        stamp = self._stamp()
        record = record.copy(
            clock=clock.new_clock(inst.device_id, inst.office_code, stamp).text(),
            conflicts="",
            created_at=stamp,
            updated_at=stamp,
            version=1,
            deleted=False,
            origin_office=inst.office_code,
            origin_device=inst.device_id,
            updated_device=inst.device_id,
        )
        with self.store.atomic():
            self.store.records.insert(record, self.store.records.next_seq())
        return Changed(created=(record.uuid,), warnings=tuple(issues))

    def update(self, record: Activity, expected_version: int | None = None) -> Changed:
        """Save new content for an existing record; the previous version goes to history."""
        stored = self.store.records.get(record.uuid)
        for rec in (stored, record):  # whose record it is comes before what is wrong in it
            if rec is not None:
                self._own(rec)
        issues = self._check(record, stored)
        with self.store.atomic():
            old = self._get(record.uuid)
            self._own(old)
            if expected_version is not None and old.version != expected_version:
                raise StaleRecord(record.uuid, expected_version, old.version)
            if old.content() == record.content() and not old.deleted:
                return Changed(warnings=tuple(issues))
            new = old.copy(**{f: getattr(record, f) for f in CONTENT_FIELDS})
            self._write(old, new, "edit")
        return Changed(updated=(record.uuid,), warnings=tuple(issues))

    def delete(self, uuid: str) -> Changed:
        """Delete as a tombstone, so that the deletion travels in exports."""
        return self.delete_many([uuid])

    def restore(self, uuid: str) -> Changed:
        return self.restore_many([uuid])

    def delete_many(self, uuids: Sequence[str], progress: Progress | None = None) -> Changed:
        """Delete the selected records as tombstones in one transaction: all of them or, on an error
        (one was taken away meanwhile, the disk is full), none. Records already deleted stay as they are."""
        return self._set_deleted(uuids, True, progress)

    def restore_many(self, uuids: Sequence[str], progress: Progress | None = None) -> Changed:
        """Bring deleted records back, in one transaction (all or none)."""
        return self._set_deleted(uuids, False, progress)

    def _set_deleted(self, uuids: Sequence[str], deleted: bool, progress: Progress | None) -> Changed:
        done: list[str] = []
        with self.store.atomic():
            for i, uuid in enumerate(uuids, 1):
                old = self._get(uuid)
                self._own(old)
                if old.deleted != deleted:
                    self._write(old, old.copy(deleted=deleted), "delete" if deleted else "restore")
                    done.append(uuid)
                if progress:
                    progress(i, len(uuids))
        return Changed(deleted=tuple(done)) if deleted else Changed(restored=tuple(done))

    def revert_to(self, uuid: str, version: int) -> Changed:
        """Make an earlier version from history current again (as a new version)."""
        with self.store.atomic():
            old = self._get(uuid)
            self._own(old)
            match = [h.record for h in self.store.history.of(uuid) if h.record.version == version]
            if not match:
                raise NotFound(f"{uuid} v{version}")
            earlier = match[-1]
            new = old.copy(**{f: getattr(earlier, f) for f in CONTENT_FIELDS}, deleted=earlier.deleted)
            self._write(old, new, "revert")
        return Changed(updated=(uuid,))

    def set_field(self, uuid: str, name: str, value, reason: str = "edit") -> Changed:
        """Write one field (even with the value it has: a resolution must be stamped to travel)."""
        with self.store.atomic():
            old = self._get(uuid)
            self._own(old)
            new = old.copy(**{name: value})
            issues = self._check(new) if not new.deleted else []
            self._write(old, new, reason, names=[name])
        return Changed(updated=(uuid,), warnings=tuple(issues))

    def settle_field(self, uuid: str, name: str, value, from_elsewhere: bool = False) -> Changed:
        """Write one field to settle a conflict (stamped even with the value it has, so it travels).

        Only the rules that read `name` are checked: the record's other problems are not this edit's
        (measures its kind no longer uses after a reference change, an end before the start left by a
        field-level merge), and refusing for them would leave the conflict open for ever. Keeping the
        value held now breaks nothing new: never refused. `from_elsewhere`: the value was written at
        another installation (the conflict's other side), so codes of newer reference data are kept,
        as an import keeps them. See docs/decisions.md, "Settling a conflict checks the field set".
        """
        from fieldapp.domain.validation import concerning, errors, validate

        with self.store.atomic():
            old = self._get(uuid)
            self._own(old)
            new = old.copy(**{name: value})
            issues = []
            if not new.deleted:
                keep = from_elsewhere or getattr(old, name) == value
                issues = validate(new, today=self.today(), ref=self.reference(), keep_unknown_codes=keep)
                refused = errors(concerning(issues, name)) if getattr(old, name) != value else []
                if refused:
                    raise ValidationFailed(refused)
                issues = [i for i in issues if not i.is_error]
            self._write(old, new, "resolve", names=[name])
        return Changed(updated=(uuid,), warnings=tuple(issues))

    def _own(self, record: Activity) -> None:
        """Raise NotYourOffice when an office installation would write a record of another office: every
        other installation refuses such a change (`other_office`), so it would never travel. A
        coordinator may correct any office's record; a record without an office is this one's."""
        inst = self.installation
        if record.office and record.office != inst.office_code and not inst.is_coordinator:
            raise NotYourOffice(record.office, inst.office_code)

    def _get(self, uuid: str) -> Activity:
        rec = self.store.records.get(uuid)
        if rec is None:
            raise NotFound(uuid)
        return rec

    def _write(self, old: Activity, new: Activity, reason: str, names=None) -> None:
        """Save `new` over `old`: the fields that changed (or `names`) get this device's stamp, which
        settles the conflicts held on them (merge version 2)."""
        from fieldapp.domain import clock
        from fieldapp.services import merge_rule
        from fieldapp.storage import high_water

        inst = self.installation
        if names is None:
            names = [f for f in clock.FIELDS if getattr(new, f) != getattr(old, f)]

        floor = high_water.stamp_floor(self.store, old.uuid)  # above its undone versions' stamps too
        ms = self._stamp(old.updated_at)
        new = merge_rule.edit(old, new, names, inst.device_id, inst.office_code, ms, floor)
        room = self.store.records
        self.store.history.add_many([old], reason, written_by=[room.import_id_of(old.uuid)])
        room.replace(new, room.next_seq())

    # -- reads ----------------------------------------------------------------------------------

    def get(self, uuid: str) -> Activity | None:
        return self.store.records.get(uuid)

    def page(
        self,
        f: RecordFilter = RecordFilter(),
        sort: Sort = Sort(),
        after: Cursor | None = None,
        limit: int = 200,
    ) -> Page:
        return self.store.records.page(f, sort, after, limit)

    def count(self, f: RecordFilter = RecordFilter()) -> int:
        return self.store.records.count(f)

    def totals(self, f: RecordFilter, group: str = "none") -> list[dict]:
        """Totals per group ('kind', 'region', 'office', 'month' or 'none') as dicts of measure sums."""
        out = []
        for row in self.store.records.totals(f, group):
            d = {"group": row[0], "records": row[1]}
            d.update(zip(MEASURES, row[2:], strict=True))
            out.append(d)
        return out

    def history(self, uuid: str) -> list[HistoryEntry]:
        return self.store.history.of(uuid)

    def probable_duplicates(self, record: Activity) -> list[Activity]:
        """Active records of the same kind, date, region, site and measures as `record` (another UUID).

        A record that differs only in a count is a second run of the same work, not a duplicate:
        warning about it would cost field staff a key on every repeated entry."""
        f = RecordFilter(
            kinds=(record.kind,),
            regions=(record.region,),
            date_from=record.start_date,
            date_to=record.start_date,
        )
        page = self.store.records.page(f, Sort(), None, 50)
        site = (record.settlement or "").strip().casefold()
        return [
            r
            for r in page.records
            if r.uuid != record.uuid
            and (r.settlement or "").strip().casefold() == site
            and all(getattr(r, m) == getattr(record, m) for m in MEASURES)
        ]

    def last_export(self) -> ExportLogEntry | None:
        """The latest export log entry (file_name, scope, record_count, exported_at …), or None."""
        rows = self.store.logs.exports(limit=1)
        return rows[0] if rows else None

    def pending_export_count(self) -> int:
        """Records changed on this device since the last full or since-last export."""
        last = self.store.logs.last_counted_export()
        since = last.max_seq if last else 0
        return self.store.records.count_changed_since(since, self.installation.device_id)

    def offices(self, overdue_days: int = 30, now: int | None = None) -> list[dict]:
        """Every office seen in records or imports, or expected to report, for the coordinator's view.

        Each dict has office, records (active), last_activity (latest start date, ISO text or ""),
        last_import (epoch ms of its latest import not undone, or None), imports (count), own (this
        installation's office), coordinator (a coordinator's office: this one at a coordinator
        installation, or one whose workbooks said `role = coordinator`) and overdue: another office
        whose latest import is older than `overdue_days`, or that never sent a workbook itself (its
        records came through someone else's).
        """
        now = self.clock() if now is None else now
        inst = self.installation
        rows: dict[str, dict] = {}

        def row(office: str) -> dict:
            return rows.setdefault(
                office,
                {"office": office, "records": 0, "last_activity": "", "last_import": None, "imports": 0},
            )

        for office, last, count in self.store.records.offices_last_activity():
            row(office).update(records=count, last_activity=last)
        for office, last, count in self.store.logs.offices_last_import():
            row(office).update(last_import=last, imports=count)
        row(inst.office_code)
        for expected in self.reference().offices:  # the coordinator's list: listed before they report
            row(expected.code)
        limit = now - overdue_days * 86_400_000
        from fieldapp.services import coordinators

        coordinating = coordinators.known(self.store)
        for d in rows.values():
            d["own"] = d["office"] == inst.office_code
            d["coordinator"] = d["office"] in coordinating or (d["own"] and inst.role == "coordinator")
            d["overdue"] = not d["own"] and (d["last_import"] is None or d["last_import"] < limit)
        return sorted(rows.values(), key=lambda d: (not d["own"], d["office"]))

    def breakdown(self, f: RecordFilter, name: str) -> list:
        """A report breakdown ("target_group", "language", "partner", "site_type", "region_kind"…): Rows."""
        from fieldapp.services.reporting import breakdown

        return breakdown(self.store, f, name)
