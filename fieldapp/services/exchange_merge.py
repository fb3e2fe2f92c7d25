"""Merging workbook rows into the database (DESIGN §4): match by UUID, newer wins, history, conflicts."""

from __future__ import annotations

import re
import uuid as uuidlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from fieldapp.domain.record import CONTENT_FIELDS, MAX_TIMESTAMP, Activity, now_ms
from fieldapp.domain.reference import reference
from fieldapp.exchange import problems as p
from fieldapp.exchange.checksum import ContentHash
from fieldapp.exchange.columns import canonical_text
from fieldapp.exchange.reader import Layout, Opened
from fieldapp.exchange.rows import ParsedRow, check_row, parse_row
from fieldapp.services.installation import Installation
from fieldapp.storage import Store
from fieldapp.storage.exchange_queries import get_many_with_state, replace_many

BATCH = 2000
# Rows typed without a record ID (an old template, a hand-made sheet) get a UUID derived from their
# content, so re-importing them is a no-op. The template pre-fills an ID on every row, so that a corrected
# re-send updates the record instead (issue 15).
TEMPLATE_NAMESPACE = uuidlib.UUID("6f1c4a52-2b7e-4f8e-9a51-0c1d2e3f4a5b")


class Cancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing changed."""


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
        last = store.last_full_or_since_export()
        self.exchanged_seq = last["max_seq"] if last else 0
        self.first_seq = store.next_seq()
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
        report.warnings.extend(opened.warnings)
        theirs = opened.metadata.get("reference_version", "")
        if theirs.isdigit() and int(theirs) > self.ref.version:
            # Made with newer reference data: its new codes are kept as they are; the names come with
            # the coordinator's reference workbook.
            report.warnings.append(
                p.FileWarning(opened.file, p.NEWER_REFERENCE, f"{theirs} > {self.ref.version}")
            )
        digest = ContentHash()
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
        """The domain's rules, checked only for rows that would change something."""
        ok = check_row(file, layout, parsed, self.ref, self.today)
        report.warnings.extend(parsed.warnings)
        if not ok:
            report.rejected.extend(parsed.problems)
        return ok

    def _apply(self, batch: list[ParsedRow], report: FileReport, file: str, layout: Layout) -> None:
        if not batch:
            return
        local = get_many_with_state(self.store, [b.record.uuid for b in batch])
        inserts: list[Activity] = []
        replaced: list[Activity] = []
        olds: list[Activity] = []
        superseded: list[Activity] = []
        for parsed in batch:
            inc = parsed.record
            cur = local.get(inc.uuid)
            if cur is None:
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
            old, seq, import_id = cur
            if parsed.typed:
                if parsed.office_defaulted:  # a re-send reaching another installation keeps the office
                    inc = inc.copy(office=old.office)
                if not parsed.has_uuid or inc.content() == old.content():
                    report.unchanged += 1
                    continue
                if another_activity(inc, old):  # a copy of one template filled by another partner
                    report.rejected.append(self._reused(parsed, old, file, layout))
                    continue
                # A corrected re-send of a template row: a new version of the record, made here (below).
                # A record deleted here stays deleted: re-sending the whole sheet must not bring it back.
                inc = inc.copy(
                    version=old.version,
                    updated_at=old.updated_at,
                    updated_device=old.updated_device,
                    deleted=old.deleted,
                )
            k_in, k_old = _key(inc), _key(old)
            if k_in < k_old:
                report.unchanged += 1
                continue
            if k_in == k_old:
                if inc.content() == old.content() and inc.deleted == old.deleted:
                    report.unchanged += 1
                    continue
                # Same version stamp, other content: the row was edited in a spreadsheet. Keep it as a new
                # version made here, so that it travels on and the previous one stays in history.
                inc = inc.copy(
                    version=old.version + 1,
                    updated_at=min(max(self.now, old.updated_at + 1), MAX_TIMESTAMP),
                    updated_device=self.inst.device_id,
                    created_at=old.created_at,
                    origin_office=old.origin_office,
                    origin_device=old.origin_device,
                )
            parsed.warnings = []
            if not self._valid(parsed, report, file, layout):
                continue
            if (
                not parsed.typed
                and inc.updated_device == self.inst.device_id
                and inc.updated_at != parsed.record.updated_at
            ):
                report.warnings.append(
                    p.FileWarning(report.file, p.EDITED_OUTSIDE, inc.uuid, parsed.sheet, parsed.row)
                )
            if inc.uuid in self.written_here:
                superseded.append(old)
            else:
                olds.append(old)
                if (
                    old.updated_device == self.inst.device_id
                    and import_id is None
                    and seq > self.exchanged_seq
                    and (old.content() != inc.content() or old.deleted != inc.deleted)
                ):
                    report.conflicts += 1
                    report.conflict_uuids.append(inc.uuid)
            replaced.append(inc)
            report.updated += 1
            report.updated_uuids.append(inc.uuid)
            self.written_here.add(inc.uuid)
        if inserts:
            self.seq = self.store.insert_many(inserts, self.seq, self.import_id)
        if olds:
            self.store.add_history_many(olds, "import", self.import_id, at=self.now)
        if superseded:
            self.store.add_history_many(superseded, "import_superseded", self.import_id, at=self.now)
        if replaced:
            numbered = [(r, self.seq + i) for i, r in enumerate(replaced)]
            self.seq += len(replaced)
            replace_many(self.store, numbered, self.import_id)

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
        return rec.copy(
            created_at=self.now,
            updated_at=self.now,
            version=1,
            deleted=False,
            origin_office=rec.office or self.inst.office_code,
            origin_device=self.inst.device_id,
            updated_device=self.inst.device_id,
        )
