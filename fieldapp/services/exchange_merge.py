"""Merging workbook rows into the database (DESIGN §4, merge version 2): match by UUID, merge field by
field (services.merge_rule), refuse other offices' changes, keep history and conflicts."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date

from fieldapp.domain import clock as ck
from fieldapp.domain.errors import Cancelled
from fieldapp.domain.record import CONTENT_FIELDS, MAX_TIMESTAMP, Activity, now_ms
from fieldapp.domain.reference import reference
from fieldapp.exchange import problems as p
from fieldapp.exchange.columns import canonical_text
from fieldapp.exchange.incoming import BATCH, FileReport, Incoming, problem
from fieldapp.exchange.reader import Layout, Opened
from fieldapp.exchange.rows import ParsedRow, check_row
from fieldapp.services import merge_rule
from fieldapp.services.installation import Installation
from fieldapp.storage import Store


def _key(r: Activity) -> tuple:
    return (r.updated_at, r.version, r.updated_device)


def _partner_names(text: str) -> set[str]:
    return {" ".join(n.split()).casefold() for n in re.split(r"[;,\n]", text or "") if n.strip()}


def another_activity(row: Activity, old: Activity) -> bool:
    """Is a template row whose pre-filled ID matches `old` clearly another activity, not a correction?

    One blank template copied to several partners gives every copy the same IDs (docs/exchange-format.md,
    "Template rows"). A corrected re-send changes counts, notes, dates, or one place; another partner's row
    differs in what the activity is: another kind, partners that share no name with the record's, or both
    a different region and a different start date.
    """
    if row.kind != old.kind:
        return True
    mine, theirs = _partner_names(row.partners), _partner_names(old.partners)
    if mine and theirs and not mine & theirs:
        return True
    return row.region != old.region and row.start_date != old.start_date


TYPED_KEPT = 8  # typed rows remembered per record: undo can go back that many re-sends exactly


def typed_content(rec: Activity) -> dict[str, str]:
    """A typed row's content as the text of each field (what schema 12's `typed_row` keeps)."""
    return {f: canonical_text(getattr(rec, f)) for f in CONTENT_FIELDS}


def _typed_history(text: str | None) -> list:
    """The stored typed rows of a record, [[import id, content], …] newest first ([] if none)."""
    try:
        history = json.loads(text) if text else []
    except ValueError:
        return []
    return history if isinstance(history, list) else []


def _typed_json(history: list) -> str | None:
    return json.dumps(history[:TYPED_KEPT], ensure_ascii=False) if history else None


def _as_sent(old: Activity, last: dict | None) -> Activity:
    """The record as the partner's last send had it, in what tells one activity from another."""
    if not last:
        return old
    start = last.get("start_date") or ""
    try:
        start_date = date.fromisoformat(start) if start else None
    except ValueError:
        return old
    return old.copy(
        kind=last.get("kind", old.kind),
        region=last.get("region", old.region),
        start_date=start_date,
        partners=last.get("partners", old.partners),
    )


def forget_typed_rows(store: Store, import_id: int) -> None:
    """Undo of import `import_id`: the typed rows it brought are forgotten (a later import that changed
    nothing may have put one above them), so that a re-send is judged as it was before that import."""
    forgotten = []
    for uuid, text in store.records.typed_rows_since(import_id).items():
        history = _typed_history(text)
        if not any(e[0] == import_id for e in history):
            continue
        history = [e for e in history if e[0] != import_id]
        forgotten.append((uuid, _typed_json(history), history[0][0] if history else None))
    store.records.set_typed_rows(forgotten)


def _describe(old: Activity) -> str:
    """The activity an ID belongs to, as a rejected row's value: kind, region, start date, partners."""
    parts = [old.kind, old.region, old.start_date.isoformat() if old.start_date else "", old.partners]
    return f"{old.uuid}: " + ", ".join(x for x in parts if x)


class Merger:
    """Applies files, in one open transaction, to the store; every write is numbered from `next_seq`."""

    def __init__(self, store: Store, inst: Installation, import_id: int | None, today: date | None = None):
        self.store = store
        self.inst = inst
        self.import_id = import_id
        self.today = today or date.today()
        self.ref = reference()
        self.first_seq = store.records.next_seq()
        self.seq = self.first_seq
        self.written_here: set[str] = set()  # records this import already wrote
        # An installation without a record yet (a first import, a new hub): inside this transaction only
        # this import writes, so a row's ID can be in the table only if the import wrote it. The lookups
        # then ask the database about those IDs alone (none, mostly): at 100,000 new records ~0.4 s of
        # the ~3 s the SQLite side takes.
        self.fresh = store.records.holds_none()
        self.now = now_ms()

    def run(
        self,
        opened: Opened,
        report: FileReport,
        progress: Callable[[int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        """Merge every row of `opened` that may change something; the file's own checks are the seam's."""
        inst = self.inst
        context = f"{inst.office_code}|{inst.device_id}|{inst.role}|{int(inst.training)}"
        rows = Incoming(
            opened,
            report,
            self.ref,
            self.today,
            inst.office_code,
            self.now,
            self._stored,
            self._digests,
            context,
        )
        self.file_role = rows.role
        self.rows = rows
        # New records go in on a writer thread while the next batch is read (storage's BackgroundInserts:
        # one batch at a time; every other use of the database below waits for it first, `_settle`).
        self.writer = self.store.records.background_inserts()
        self.file_clean = None  # unknown until every row was read (see `_not_ours`)
        self.held: list[tuple[Layout, ParsedRow]] = []
        try:
            for layout, batch in rows.batches(BATCH):
                self._apply(batch, report, opened.file, layout)
                self._tick(report, progress, cancel)
            rows.finish()
            self.file_clean = report.checksum_ok is True
            for layout, parsed in self.held:
                self._apply([parsed], report, opened.file, layout)
        except BaseException:
            self.writer.abandon()  # the import fails (its own error, a cancel): the rollback finds it idle
            raise
        finally:
            writer, self.writer = self.writer, None
        writer.close()  # the last batch is in; a writer's error is the import's

    writer = None

    def _settle(self) -> None:
        """Wait for the batch of new records being written (before anything else touches the database)."""
        if self.writer is not None:
            self.writer.settle()

    def _may_be_stored(self, uuids: list[str]) -> list[str]:
        if not self.fresh:
            return uuids
        written = self.written_here
        return [u for u in uuids if u in written]

    def _stored(self, uuids: list[str]) -> dict[str, Activity]:
        uuids = self._may_be_stored(uuids)
        if not uuids:
            return {}
        self._settle()
        return self.store.records.get_many(uuids)

    def _digests(self, uuids: list[str]) -> dict[str, str]:
        uuids = self._may_be_stored(uuids)
        if not uuids:
            return {}
        self._settle()
        return self.store.records.digests(uuids, self.now)

    @staticmethod
    def _tick(report: FileReport, progress, cancel) -> None:
        if cancel and cancel():
            raise Cancelled()
        if progress:
            progress(report.rows)

    def _valid(self, parsed: ParsedRow, report: FileReport, file: str, layout: Layout) -> bool:
        """The domain's rules, checked only for rows that would change something.

        A rule across fields (children ≤ people, end ≥ start, measures of the kind) broken by a record
        whose fields were written on different installations (a field-level merge) is a warning, not a
        refusal: refusing it would leave installations different for ever (see docs/decisions.md).
        """
        record = parsed.record
        ok = check_row(file, layout, parsed, self.ref, self.today)
        if not ok and _merged_across_fields(record, parsed.problems):
            report.warnings.extend(
                p.FileWarning(file, r.code, r.field, r.sheet, r.row, r.column) for r in parsed.problems
            )
            parsed.problems, parsed.record, ok = [], record, True
        report.warnings.extend(parsed.warnings)
        if not ok:
            report.rejected.extend(parsed.problems)
        return ok

    def _refused(self, owner: str, report: FileReport) -> bool:
        """Whether this file may not change a record of office `owner` (DESIGN §4 "Ownership").

        A coordinator's file may change anything; another file only its own office's records, and at an
        office installation only this office's. A file without an office (a template or a sheet typed
        here) counts as this installation's own: at an office, its rows of another office are refused
        too (inserted, they were refused by every other installation, and the office stayed apart).
        """
        if self.file_role == "coordinator":
            return False
        if report.office:
            if owner != report.office:
                return True
        elif not owner:  # a typed row without an office is this installation's
            return False
        return not self.inst.is_coordinator and owner != self.inst.office_code

    def _may_edit(self, owner: str) -> bool:
        """Whether this installation may edit a record of office `owner` (its edits travel)."""
        return self.inst.is_coordinator or owner == self.inst.office_code

    def _not_ours(self, old: Activity, inc: Activity) -> merge_rule.Merged | None:
        """A cell edited in a spreadsheet, in a record this installation may not edit (an office's
        installation, another office's record): it cannot become our edit, which every other
        installation would refuse (other_office), leaving this one apart for ever.

        Decided once the file's checksum is known (rows are held until then): a file that proves clean
        holds the write as it was made, so the copy stored here came in an edited file and the file's
        value is taken under the same stamp; otherwise None (the row is refused).
        """
        if not self.file_clean:
            return None
        return merge_rule.merge(
            old, inc, self.inst.device_id, self.inst.office_code, self.now, edits_here=False
        )

    def _refuse(
        self, parsed: ParsedRow, report: FileReport, file: str, layout: Layout, owner: str, why: str = ""
    ) -> None:
        detail = f"{owner} ({why or f'file from {report.office}'})"
        report.rejected.append(problem(file, layout, parsed.row, "office", p.OTHER_OFFICE, detail))
        report.refused += 1

    def _apply(self, batch: list[ParsedRow], report: FileReport, file: str, layout: Layout) -> None:
        if not batch:
            return
        wanted = self._may_be_stored([b.record.uuid for b in batch])
        if wanted:
            self._settle()
        local = self.store.records.get_many_with_state(wanted) if wanted else {}
        resent = [b.record.uuid for b in batch if b.typed and b.has_uuid and b.record.uuid in local]
        last_typed = {u: _typed_history(t) for u, t in self.store.records.typed_rows(resent).items()}
        typed_rows: list[tuple[str, str | None, int | None]] = []  # what storage keeps of typed rows

        def remember(uuid: str, row: dict[str, str]) -> None:
            history = [[self.import_id, row], *last_typed.get(uuid, ())]
            typed_rows.append((uuid, _typed_json(history), self.import_id))

        inserts: list[Activity] = []
        replaced: list[Activity] = []
        olds: list[Activity] = []
        olds_from: list[int | None] = []  # the import that wrote each old version (undo gives it back)
        superseded: list[Activity] = []
        for parsed in batch:
            inc = parsed.record
            cur = local.get(inc.uuid)
            if cur is None:
                if self._refused(inc.office, report):
                    self._refuse(parsed, report, file, layout, inc.office)
                    continue
                parsed.warnings = []
                if not self._valid(parsed, report, file, layout):
                    continue
                if parsed.typed:
                    inc = self._stamp_new(inc)
                    if parsed.has_uuid:
                        remember(inc.uuid, typed_content(inc))
                inserts.append(inc)
                report.inserted += 1
                report.inserted_uuids.append(inc.uuid)
                self.written_here.add(inc.uuid)
                continue
            old, _seq, before = cur
            typed_row = None
            if parsed.typed:  # a template row or a hand-made sheet: a corrected re-send is an edit made here
                sent = last_typed.get(inc.uuid)
                last = sent[0][1] if sent else None
                # a copy filled by another partner: another activity than the partner's last send (where
                # one is remembered: the record may have been corrected since) or the record
                if parsed.has_uuid and another_activity(inc, _as_sent(old, last)):
                    report.rejected.append(self._reused(parsed, old, file, layout))
                    continue
                older = [e[1] for e in sent[1:]] if sent else []
                m, typed_row = self._typed(old, inc, parsed, last, older)
            else:
                if (
                    inc.clock == old.clock
                    and inc.content() == old.content()
                    and inc.deleted == old.deleted
                    and inc.conflicts == old.conflicts
                ):
                    report.unchanged += 1
                    continue
                if inc.clock:
                    m = merge_rule.merge(old, inc, self.inst.device_id, self.inst.office_code, self.now)
                    if m.edited_here and not self._may_edit(old.office):
                        if self.file_clean is None:  # the file's checksum is known after its last row
                            self.held.append((layout, parsed))
                            continue
                        m = self._not_ours(old, inc)
                        if m is None:
                            why = "a cell edited outside fieldapp"
                            self._refuse(parsed, report, file, layout, old.office, why)
                            continue
                    elif m.edited_here:  # an edit made here (rare): stamped above the record's undone ones
                        floor = self._floor(old.uuid)
                        if floor >= m.record.version:
                            m = merge_rule.merge(
                                old, inc, self.inst.device_id, self.inst.office_code, self.now, floor=floor
                            )
                else:
                    m = self._whole_record(old, inc, report)
            new = m.record if m else None
            if new is None or _same(new, old):
                report.unchanged += 1
                if typed_row is not None and not self._refused(old.office, report):
                    remember(inc.uuid, typed_row)  # a re-send that changes nothing here (yet)
                continue
            owner = next((o for o in (old.office, new.office) if self._refused(o, report)), None)
            if owner is not None:  # a record of another office, or one's own handed to another office
                self._refuse(parsed, report, file, layout, owner)
                continue
            parsed.warnings = []
            if not self._valid(parsed, report, file, layout):
                continue
            if m.edited_here:
                report.warnings.append(
                    p.FileWarning(report.file, p.EDITED_OUTSIDE, inc.uuid, parsed.sheet, parsed.row)
                )
            if m.fields:
                report.fields_in[inc.uuid] = m.fields
            if m.new_conflicts:
                report.conflicts += len(m.new_conflicts)
                report.conflict_uuids.append(inc.uuid)
                report.conflict_fields[inc.uuid] = sorted({e["f"] for e in m.new_conflicts})
            if inc.uuid in self.written_here:
                superseded.append(old)
            else:
                olds.append(old)
                olds_from.append(before)
            replaced.append(new)
            if typed_row is not None:
                remember(inc.uuid, typed_row)
            report.updated += 1
            report.updated_uuids.append(inc.uuid)
            self.written_here.add(inc.uuid)
        digest = self.rows.row_digest
        if inserts:
            digests = [digest(r.uuid) for r in inserts]
            writer = self.writer or self.store.records
            self.seq = writer.insert_many(inserts, self.seq, self.import_id, digests, self.now)
        if olds or superseded or replaced:
            self._settle()
        if olds:
            self.store.history.add_many(olds, "import", self.import_id, at=self.now, written_by=olds_from)
        if superseded:
            self.store.history.add_many(superseded, "import_superseded", self.import_id, at=self.now)
        if replaced:
            numbered = [(r, self.seq + i) for i, r in enumerate(replaced)]
            self.seq += len(replaced)
            digests = [digest(r.uuid) for r in replaced]
            self.store.records.replace_many(numbered, self.import_id, digests, self.now)
        if typed_rows:
            self._settle()
            self.store.records.set_typed_rows(typed_rows)

    def _typed(
        self, old: Activity, inc: Activity, parsed: ParsedRow, last: dict | None, older: list = ()
    ) -> tuple[merge_rule.Merged | None, dict[str, str] | None]:
        """A typed row (template, hand-made sheet) whose ID is known here, and its content to remember
        (None: nothing to remember). A corrected re-send is this installation's edit of the fields it
        changes; it never deletes or brings back a record (a record deleted here stays deleted), and a
        re-send reaching another installation keeps the record's office.

        `last`: the content of the last typed row that wrote this record here (schema 12). A row with
        exactly that content changes nothing, however the record moved on since (the same file imported
        again); another one changes only the fields that differ from it — what the partner corrected
        since, not what others corrected meanwhile. Without `last`, the fields that differ from the record.
        A row equal to an `older` send remembered here is that old file again: it changes nothing either
        (a value truly taken back to an old one is changed in the app or in an export instead; see
        docs/decisions.md).
        """
        if not parsed.has_uuid:  # its ID was derived from its content: the same row again
            return None, None
        if parsed.office_defaulted:
            inc = inc.copy(office=old.office)
        row = typed_content(inc)
        if row == last or row in older:
            return None, None
        names = [
            f
            for f in CONTENT_FIELDS
            if getattr(inc, f) != getattr(old, f) and (not last or last.get(f) != row[f])
        ]
        if not names:
            return None, row
        new = old.copy(**{f: getattr(inc, f) for f in names})
        ms = min(max(self.now, old.updated_at + 1), MAX_TIMESTAMP)
        floor = self._floor(old.uuid)
        rec = merge_rule.edit(old, new, names, self.inst.device_id, self.inst.office_code, ms, floor)
        return merge_rule.Merged(rec, names, [], []), row

    def _whole_record(self, old: Activity, inc: Activity, report: FileReport) -> merge_rule.Merged | None:
        """A format-1 row (no edit stamps): newest wins for the record; the fields it changes become one
        edit by the file's device."""
        if _key(inc) < _key(old):
            return None
        names = [f for f in ck.FIELDS if getattr(inc, f) != getattr(old, f)]
        if not names:
            return None
        device = report.device_id or self.inst.device_id
        office = report.office or self.inst.office_code
        new = old.copy(**{f: getattr(inc, f) for f in names})
        floor = self._floor(old.uuid) if device == self.inst.device_id else 0  # a stamp of this device
        when = max(inc.updated_at, old.updated_at + 1)
        rec = merge_rule.edit(old, new, names, device, office, when, floor)
        # The same version stamp with other content: the row was edited in a spreadsheet.
        return merge_rule.Merged(rec, names, [], names if _key(inc) == _key(old) else [])

    def _floor(self, uuid: str) -> int:
        """What this device's stamp on `uuid` must go above besides the record's clock: the versions an
        undo took back, which may have travelled (storage/high_water.py, attack finding 4)."""
        from fieldapp.storage import high_water

        self._settle()
        return high_water.stamp_floor(self.store, uuid)

    @staticmethod
    def _reused(parsed: ParsedRow, old: Activity, file: str, layout: Layout) -> p.RowProblem:
        return problem(file, layout, parsed.row, "uuid", p.TEMPLATE_ID_REUSED, _describe(old))

    def _stamp_new(self, rec: Activity) -> Activity:
        c = ck.new_clock(self.inst.device_id, self.inst.office_code, self.now)
        return rec.copy(
            clock=c.text(),
            conflicts="",
            created_at=self.now,
            updated_at=self.now,
            version=1,
            deleted=False,
            origin_office=rec.office or self.inst.office_code,
            origin_device=self.inst.device_id,
            updated_device=self.inst.device_id,
        )


def _same(a: Activity, b: Activity) -> bool:
    """Nothing to write: the same content, deletion, clock (a missing one read as implied) and conflicts."""
    return (
        a.content() == b.content()
        and a.deleted == b.deleted
        and (a.clock or ck.of(a).text()) == (b.clock or ck.of(b).text())
        and a.conflicts == b.conflicts
    )


CROSS_FIELD = {"children_exceed_people", "end_before_start", "measure_not_for_kind"}


def _merged_across_fields(record: Activity | None, problems: list[p.RowProblem]) -> bool:
    """Only cross-field rules are broken, and the fields concerned were written by different devices."""
    if record is None or not record.clock or not problems:
        return False
    if any(r.code not in CROSS_FIELD for r in problems):
        return False
    try:
        c = ck.parse(record.clock)
    except ValueError:
        return False
    return len({c.stamp(f)[1] for f in ck.FIELDS}) > 1
