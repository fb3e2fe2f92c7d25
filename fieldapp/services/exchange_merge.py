"""Merging workbook rows into the database (DESIGN §4, merge version 2): match by UUID, merge field by
field (services.merge_rule), refuse other offices' changes, keep history and conflicts."""

from __future__ import annotations

import re
import uuid as uuidlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from fieldapp.domain import clock as ck
from fieldapp.domain.errors import Cancelled
from fieldapp.domain.record import CONTENT_FIELDS, MAX_TIMESTAMP, Activity, now_ms
from fieldapp.domain.reference import reference
from fieldapp.exchange import problems as p
from fieldapp.exchange.checksum import ContentHash
from fieldapp.exchange.columns import canonical_text
from fieldapp.exchange.reader import Layout, Opened
from fieldapp.exchange.rows import ParsedRow, check_row, parse_row
from fieldapp.services import merge_rule
from fieldapp.services.installation import Installation
from fieldapp.storage import Store

BATCH = 2000
# Rows typed without a record ID (an old template, a hand-made sheet) get a UUID derived from their
# content, so re-importing them is a no-op. The template pre-fills an ID on every row, so that a corrected
# re-send updates the record instead (issue 15).
TEMPLATE_NAMESPACE = uuidlib.UUID("6f1c4a52-2b7e-4f8e-9a51-0c1d2e3f4a5b")


@dataclass
class FileReport:
    """What one file brought: counts, the file's identity, and its rejected rows and warnings."""

    file: str
    sha256: str = ""
    office: str = ""
    device_id: str = ""
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    checksum_ok: bool | None = None  # None: the file has no checksum (template, hand-made)
    rejected: list[p.RowProblem] = field(default_factory=list)
    warnings: list[p.FileWarning] = field(default_factory=list)
    inserted_uuids: list[str] = field(default_factory=list)
    updated_uuids: list[str] = field(default_factory=list)
    conflict_uuids: list[str] = field(default_factory=list)
    refused: int = 0  # rows refused as another office's records (also in `rejected`)
    fields_in: dict[str, list[str]] = field(default_factory=dict)  # uuid → fields this file changes
    conflict_fields: dict[str, list[str]] = field(default_factory=dict)  # uuid → fields in conflict

    @property
    def rejected_rows(self) -> int:
        return len({(r.sheet, r.row) for r in self.rejected})


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
        self.now = now_ms()

    def run(
        self,
        opened: Opened,
        report: FileReport,
        progress: Callable[[int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        report.sha256 = opened.sha256
        report.office = opened.metadata.get("office_code", "")
        report.device_id = opened.metadata.get("device_id", "")
        self.file_role = opened.metadata.get("role", "office")
        report.warnings.extend(opened.warnings)
        theirs = opened.metadata.get("reference_version", "")
        if theirs.isdigit() and int(theirs) > self.ref.version:
            # Made with newer reference data: its new codes are kept as they are; the names come with
            # the coordinator's reference workbook.
            report.warnings.append(
                p.FileWarning(opened.file, p.NEWER_REFERENCE, f"{theirs} > {self.ref.version}")
            )
        digest = ContentHash(opened.format_version)
        seen: dict[str, tuple[str, int]] = {}
        typed = Counter()
        for layout in opened.layouts:
            batch: list[ParsedRow] = []
            for row_no, values in opened.rows(layout):
                office = self.inst.office_code
                parsed = parse_row(
                    opened.file, layout, row_no, values, self.ref, self.today, office, False, self.now
                )
                if parsed is None:
                    continue
                n = len(values)
                digest.add_values(
                    {pl.column.field: values[pl.index] if pl.index < n else "" for pl in layout.placed}
                )
                report.rows += 1
                report.warnings.extend(parsed.warnings)
                if parsed.record is None:
                    report.rejected.extend(parsed.problems)
                    continue
                rec = parsed.record
                if not parsed.has_uuid:
                    key = "\x1f".join(canonical_text(getattr(rec, f)) for f in CONTENT_FIELDS)
                    typed[key] += 1
                    rec.uuid = str(uuidlib.uuid5(TEMPLATE_NAMESPACE, f"{key}\x1e{typed[key]}"))
                if rec.uuid in seen:
                    sheet, first = seen[rec.uuid]
                    pl = next((x for x in layout.placed if x.column.field == "uuid"), None)
                    report.rejected.append(
                        p.RowProblem(
                            opened.file,
                            layout.name,
                            row_no,
                            pl.letter if pl else "",
                            "#meta+id",
                            pl.header if pl else "",
                            p.DUPLICATE_UUID,
                            "uuid",
                            f"{rec.uuid} (first in {sheet} row {first})",
                        )
                    )
                    continue
                seen[rec.uuid] = (layout.name, row_no)
                batch.append(parsed)
                if len(batch) >= BATCH:
                    self._apply(batch, report, opened.file, layout)
                    batch = []
                    self._tick(report, progress, cancel)
            self._apply(batch, report, opened.file, layout)
            self._tick(report, progress, cancel)
        expected = opened.metadata.get("content_sha256")
        if expected:
            report.checksum_ok = expected == digest.hexdigest()
            if not report.checksum_ok:
                report.warnings.append(
                    p.FileWarning(opened.file, p.CHECKSUM_MISMATCH, "the rows were changed after export")
                )
            count = opened.metadata.get("record_count", "")
            if count.isascii() and count.isdigit() and int(count) != digest.count:
                report.warnings.append(
                    p.FileWarning(opened.file, p.COUNT_MISMATCH, f"{digest.count} rows, {count} exported")
                )

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
        here) counts as this installation's own.
        """
        if not report.office or self.file_role == "coordinator":
            return False
        if owner != report.office:
            return True
        return not self.inst.is_coordinator and owner != self.inst.office_code

    def _refuse(self, parsed: ParsedRow, report: FileReport, file: str, layout: Layout, owner: str) -> None:
        pl = next((x for x in layout.placed if x.column.field == "office"), None)
        report.rejected.append(
            p.RowProblem(
                file,
                layout.name,
                parsed.row,
                pl.letter if pl else "",
                "#org+code+reporting",
                pl.header if pl else "",
                p.OTHER_OFFICE,
                "office",
                f"{owner} (file from {report.office})",
            )
        )
        report.refused += 1

    def _apply(self, batch: list[ParsedRow], report: FileReport, file: str, layout: Layout) -> None:
        if not batch:
            return
        local = self.store.records.get_many_with_state([b.record.uuid for b in batch])
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
                inserts.append(inc)
                report.inserted += 1
                report.inserted_uuids.append(inc.uuid)
                self.written_here.add(inc.uuid)
                continue
            old, _seq, before = cur
            if parsed.typed:  # a template row or a hand-made sheet: a corrected re-send is an edit made here
                if parsed.has_uuid and another_activity(inc, old):  # a copy filled by another partner
                    report.rejected.append(self._reused(parsed, old, file, layout))
                    continue
                m = self._typed(old, inc, parsed)
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
                else:
                    m = self._whole_record(old, inc, report)
            new = m.record if m else None
            if new is None or _same(new, old):
                report.unchanged += 1
                continue
            if self._refused(old.office, report):
                self._refuse(parsed, report, file, layout, old.office)
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
            report.updated += 1
            report.updated_uuids.append(inc.uuid)
            self.written_here.add(inc.uuid)
        if inserts:
            self.seq = self.store.records.insert_many(inserts, self.seq, self.import_id)
        if olds:
            self.store.history.add_many(olds, "import", self.import_id, at=self.now, written_by=olds_from)
        if superseded:
            self.store.history.add_many(superseded, "import_superseded", self.import_id, at=self.now)
        if replaced:
            numbered = [(r, self.seq + i) for i, r in enumerate(replaced)]
            self.seq += len(replaced)
            self.store.records.replace_many(numbered, self.import_id)

    def _typed(self, old: Activity, inc: Activity, parsed: ParsedRow) -> merge_rule.Merged | None:
        """A typed row (template, hand-made sheet) whose ID is known here. A corrected re-send is this
        installation's edit of the fields it changes; it never deletes or brings back a record (a record
        deleted here stays deleted), and a re-send reaching another installation keeps the record's office.
        """
        if not parsed.has_uuid:  # its ID was derived from its content: the same row again
            return None
        if parsed.office_defaulted:
            inc = inc.copy(office=old.office)
        names = [f for f in CONTENT_FIELDS if getattr(inc, f) != getattr(old, f)]
        if not names:
            return None
        new = old.copy(**{f: getattr(inc, f) for f in names})
        ms = min(max(self.now, old.updated_at + 1), MAX_TIMESTAMP)
        rec = merge_rule.edit(old, new, names, self.inst.device_id, self.inst.office_code, ms)
        return merge_rule.Merged(rec, names, [], [])

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
        rec = merge_rule.edit(old, new, names, device, office, max(inc.updated_at, old.updated_at + 1))
        # The same version stamp with other content: the row was edited in a spreadsheet.
        return merge_rule.Merged(rec, names, [], names if _key(inc) == _key(old) else [])

    @staticmethod
    def _reused(parsed: ParsedRow, old: Activity, file: str, layout: Layout) -> p.RowProblem:
        pl = next((x for x in layout.placed if x.column.field == "uuid"), None)
        return p.RowProblem(
            file,
            layout.name,
            parsed.row,
            pl.letter if pl else "",
            "#meta+id",
            pl.header if pl else "",
            p.TEMPLATE_ID_REUSED,
            "uuid",
            _describe(old),
        )

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
