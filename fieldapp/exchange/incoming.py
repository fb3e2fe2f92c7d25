"""The one way workbook rows come in: batches of parsed rows from an opened workbook.

Everything about the file is decided here, below the merge: the file's identity and warnings, rows
that are empty, the record IDs of typed rows (template, hand-made), record IDs given twice, the content
checksum over the raw cells, and rows that are *unchanged* — decided from the raw cells before any
cell is parsed: first by the record's stored row digest (schema 7: the hash of the row whose merge gave
the record its state, seeded with the file's context — see `row_seed`), then, for records without a
current digest, by comparing the row's checksum line with the line this installation would export for
the stored record. What is left for the merge (services) is rows that may change something; for each
of them `row_digest` says what the merge may store with the record it writes.
"""

from __future__ import annotations

import hashlib
import re
import uuid as uuidlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from math import isfinite
from operator import itemgetter

from fieldapp import __version__
from fieldapp.domain.record import CONTENT_FIELDS, Activity
from fieldapp.domain.reference import Reference
from fieldapp.exchange import FORMAT_VERSION
from fieldapp.exchange import problems as p
from fieldapp.exchange.checksum import ContentHash
from fieldapp.exchange.columns import COLUMNS, canonical_text, formatters
from fieldapp.exchange.reader import Layout, Opened, Placed
from fieldapp.exchange.rows import ParsedRow, parse_row

BATCH = 2000
# Rows typed without a record ID (an old template, a hand-made sheet) get a UUID derived from their
# content, so re-importing them is a no-op. The template pre-fills an ID on every row, so that a corrected
# re-send updates the record instead (issue 15).
TEMPLATE_NAMESPACE = uuidlib.UUID("6f1c4a52-2b7e-4f8e-9a51-0c1d2e3f4a5b")

# uuid texts → the stored records among them (the storage query, handed in by the use-case)
Lookup = Callable[[list[str]], dict[str, Activity]]
# uuid texts → the current row digests among them (schema 7; the storage query, handed in likewise)
DigestLookup = Callable[[list[str]], dict[str, str]]
TRAINING_KEY = "training"  # the Metadata key of a training installation's export (services.training)


def row_seed(opened: Opened, ref: Reference, context: str) -> bytes:
    """The key of a file's row digests: everything besides a row's cells that decides how it is read
    and merged. Two rows share a digest only when the same cells came in the same context, so a
    digest stored with a record stands for "merging this row again changes nothing" only where that
    is true (docs/decisions.md, "Re-import by row digest").

    - fieldapp's version (a newer parser may read a cell otherwise) and the file's format version;
    - the file's office, device, role, training mark and reference-data version (its Metadata);
    - this installation's reference data, by version and content (a kind retired, an alias added);
    - `context`: the importing installation (office, device, role, training), from the use-case.
    """
    meta = opened.metadata
    ref_text = hashlib.sha256(repr(ref).encode("utf-8")).hexdigest()
    parts = (
        f"fieldapp {__version__}",
        f"format {opened.format_version}",
        *(
            f"{k}={meta.get(k, '')}"
            for k in ("office_code", "device_id", "role", TRAINING_KEY, "reference_version")
        ),
        f"reference {ref.version} {ref_text}",
        f"here {context}",
    )
    return hashlib.blake2b("\x1e".join(parts).encode("utf-8"), digest_size=32).digest()


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


def problem(file: str, layout: Layout, row: int, field_name: str, code: str, value: str) -> p.RowProblem:
    """A rejected row's problem, named by the cell of `field_name` in this sheet (its letter and header)."""
    pl = _placed(layout, field_name)
    tag = pl.column.tag if pl else next((c.tag for c in COLUMNS if c.field == field_name), "")
    return p.RowProblem(
        file, layout.name, row, pl.letter if pl else "", tag, pl.header if pl else "", code, field_name, value
    )


def _placed(layout: Layout, field_name: str) -> Placed | None:
    return next((x for x in layout.placed if x.column.field == field_name), None)


def _line_part(stored: str | None) -> str | None:
    """The checksum-line digest of a stored row digest (its first 32 characters; see `RawRows`)."""
    return stored[:32] if stored else None


@dataclass(frozen=True, slots=True)
class Known:
    """A row the reader left unread: its XML is that of the row whose merge gave record `uuid` its
    present state, read in the same context; `sha` is that row's checksum-line SHA."""

    uuid: str
    sha: bytes


class RawRows:
    """The raw-XML test of one sheet's rows (issue 16, re-import), for readers that show each row's
    XML before reading it (`Opened.rows(layout, known)`).

    A row digest stored with a record may go on (after the 32 characters of the checksum line's
    digest) with the digest of the row's raw XML and the row's line SHA. The raw digest is keyed with
    everything besides the row's XML that decides how it is read and merged: the file's `row_seed`, the
    sheet's columns (tag row, each known column's place), the sheet's XML before its rows, and the parts
    of the file every row is read with (shared strings, styles, date system, the reader's version). A
    row whose XML has its record's current raw digest is then read as that row was: it is not read at
    all (calamine never sees it), and its line SHA (for the file's checksum) comes from the store.
    `digests` keeps the raw digest of each row shown whose record ID was found in it (Excel row →
    hex), for the merge to store."""

    def __init__(self, rows: Incoming, layout: Layout):
        self.rows, self.layout = rows, layout
        parts = [(pl.index, pl.column.tag) for pl in layout.placed]
        self._base = (
            rows._seed + rows.opened.raw_context + repr((layout.tag_row, layout.first_col, parts)).encode()
        )
        self._keys: dict[bytes, bytes] = {}
        uuid_at = rows._at[0]
        letter = next(pl.letter for pl in layout.placed if pl.index == uuid_at).encode("ascii")
        # the record ID where fieldapp writes it (an inline string); a row whose ID is not found this way
        # is read as any other row. The ID found is only where to look: the raw digest decides.
        self._uuid = re.compile(rb'<c r="' + letter + rb'\d+"[^>]*><is><t>([^<]{1,64})</t>')
        self.digests: dict[int, str] = {}
        # record ID → its stored digest ('' none), as looked up for each of the last three slices (the
        # reader shows a slice before the rows of the slice before it are taken: see backends._read_ahead)
        self._looked: deque[dict[str, str]] = deque(maxlen=3)

    def stored(self, uuids: list[str]) -> dict[str, str]:
        """The current row digests of `uuids` (as `Incoming.digests`), from what the last three slices'
        lookups found where they looked: a record written since by this import has its ID among the
        file's rows before (refused as repeated before its digest counts), so those answers stand."""
        out: dict[str, str] = {}
        missing = []
        looked = list(self._looked)
        for u in uuids:
            d = None
            for answers in looked:
                d = answers.get(u)
                if d is not None:
                    break
            if d is None:
                missing.append(u)
            elif d:
                out[u] = d
        if missing:
            out.update(self.rows.digests(missing))
        return out

    def __call__(self, head: bytes, pieces: list[bytes]) -> dict[int, tuple[int, Known]]:
        key = self._keys.get(head)
        if key is None:
            self._keys.clear()
            key = self._keys[head] = hashlib.blake2b(self._base + head, digest_size=32).digest()
        sha, start, find = hashlib.sha256, _ROW_START.match, self._uuid.search
        tag_row, digests = self.layout.tag_row, self.digests
        wanted: dict[str, tuple[int, int, str]] = {}
        for i, piece in enumerate(pieces):
            m = start(piece)  # one row, not an empty <row/> glued to the next
            if m is None:
                continue
            row_no = int(m.group(1))
            if row_no <= tag_row:
                continue
            u = find(piece, m.end())
            if u is None:  # no record ID found: the row could never be looked up (no digest kept)
                continue
            raw = digests[row_no] = sha(key + piece).hexdigest()[:32]
            wanted[u.group(1).decode("utf-8", "replace")] = (i, row_no, raw)
        if not wanted:
            return {}
        stored = self.rows.digests(list(wanted))
        # what the store said of these IDs, kept for the rows that are read (`stored`): this slice's and
        # the two before (a batch of rows may still hold rows of those)
        answers = dict.fromkeys(wanted, "")
        answers.update(stored)
        self._looked.appendleft(answers)
        out: dict[int, tuple[int, Known]] = {}
        for u, (i, row_no, raw) in wanted.items():
            d = stored.get(u)
            if d and len(d) == 128 and d[32:64] == raw:
                try:
                    line_sha = bytes.fromhex(d[64:])
                except ValueError:  # a damaged digest: the row is read
                    continue
                out[i] = (row_no, Known(u, line_sha))
                del digests[row_no]
        return out


def _picker(columns: list[int | None], width: int) -> tuple[itemgetter, str] | None:
    """(what picks a row's checksum cells, the separators the columns past its `width` add), for rows
    `width` cells wide whose missing columns are the line's last; else None."""
    present = [i for i in columns if i is not None and i < width]
    if len(present) < 2 or present != columns[: len(present)]:
        return None
    return itemgetter(*present), "\x1f" * (len(columns) - len(present))


_is_float = float.__instancecheck__
_is_str = str.__instancecheck__

# the start of a raw row: its <row> tag (numbered, not self-closing: an empty row has no `</row>`, so it
# would share its piece with the next row)
_ROW_START = re.compile(rb"""\s*<row\b[^>]*?\sr="(\d{1,9})"[^>]*(?<!/)>""")


class Incoming:
    """One opened file read as batches of rows for the merge; fills `report` with what it decides.

    `digests` gives the current row digests of a list of record IDs: a row whose digest is its
    record's is counted unchanged without being parsed. `lookup` gives the stored records (for the rows
    left): rows whose raw cells are what this installation would export for that record are counted
    unchanged likewise. `context` names the importing installation (a part of `row_seed`).
    """

    def __init__(
        self,
        opened: Opened,
        report: FileReport,
        ref: Reference,
        today: date,
        office: str,
        now: int,
        lookup: Lookup | None = None,
        digests: DigestLookup | None = None,
        context: str = "",
    ):
        self.opened, self.report, self.ref = opened, report, ref
        self.today, self.office, self.now, self.lookup = today, office, now, lookup
        self.digests = digests
        self._seed = row_seed(opened, ref, context)
        self.row_digests: dict[str, str] = {}  # uuid → digest of a row of the batch the merge may store
        self._known: RawRows | None = None  # the raw-XML test of the sheet being read
        meta = opened.metadata
        report.sha256 = opened.sha256
        report.office = meta.get("office_code", "")
        report.device_id = meta.get("device_id", "")
        self.role = meta.get("role", "office")
        report.warnings.extend(opened.warnings)
        theirs = meta.get("reference_version", "")
        if theirs.isdigit() and int(theirs) > ref.version:
            # Made with newer reference data: its new codes are kept as they are; the names come with
            # the coordinator's reference workbook.
            report.warnings.append(p.FileWarning(opened.file, p.NEWER_REFERENCE, f"{theirs} > {ref.version}"))
        self.digest = ContentHash(opened.format_version)
        self.seen: dict[str, tuple[str, int]] = {}
        self.typed: Counter = Counter()
        hashed = {c.field for c in self.digest.columns}
        every = formatters(ref, "en")
        self._stored_cells = [g for g, c in zip(every, COLUMNS, strict=True) if c.field in hashed]
        self._regions: dict[str, bool] = {}

    def batches(self, size: int = BATCH) -> Iterator[tuple[Layout, list[ParsedRow]]]:
        """(sheet layout, rows to merge) after every `size` rows read, possibly no rows (all unchanged)."""
        for layout in self.opened.layouts:
            index = {pl.column.field: pl.index for pl in layout.placed}
            columns = [index.get(c.field) for c in self.digest.columns]
            quick = self._may_skip(layout, columns)
            self._at = (index.get("uuid"), index.get("kind"), index.get("region"), index.get("clock"))
            known = RawRows(self, layout) if quick and self.digests and self.opened.raw_context else None
            self._known = known
            chunk: list[tuple[int, list]] = []
            for row_no, values in self.opened.rows(layout, known):
                chunk.append((row_no, values))
                if len(chunk) >= size:
                    yield layout, self._chunk(layout, chunk, columns, quick)
                    chunk = []
            yield layout, self._chunk(layout, chunk, columns, quick)

    def finish(self) -> None:
        """The file's checksum and record count against its Metadata, once every row was read."""
        meta, report, file = self.opened.metadata, self.report, self.opened.file
        expected = meta.get("content_sha256")
        if not expected:
            return
        report.checksum_ok = expected == self.digest.hexdigest()
        if not report.checksum_ok:
            report.warnings.append(
                p.FileWarning(file, p.CHECKSUM_MISMATCH, "the rows were changed after export")
            )
        count = meta.get("record_count", "")
        if count.isascii() and count.isdigit() and int(count) != self.digest.count:
            report.warnings.append(
                p.FileWarning(file, p.COUNT_MISMATCH, f"{self.digest.count} rows, {count} exported")
            )

    # -- inside ------------------------------------------------------------------------------------

    def _may_skip(self, layout: Layout, columns: list[int | None]) -> bool:
        """Can rows of this sheet be found unchanged from their raw cells? Only in a complete sheet of
        the current format (every checksummed column, record IDs and stamps present), without formula,
        error or over-long cells, where a row's cells say all the merge would look at."""
        return (
            self.opened.format_version == FORMAT_VERSION
            and all(i is not None for i in columns)
            and not layout.formulas
            and not layout.errors
            and not layout.long_text
        )

    def _chunk(
        self, layout: Layout, chunk: list[tuple[int, list]], columns: list, quick: bool
    ) -> list[ParsedRow]:
        self.row_digests.clear()  # the previous batch is merged: its rows' digests are written or moot
        raw = self._known.digests if self._known is not None else {}
        read = [values for _, values in chunk if values.__class__ is not Known]
        uuid_at = self._at[0]
        shas = self._shas(read, columns)
        keyed: list[str] = []
        if quick and read:
            ids = [self._uuid_text(values, uuid_at) for values in read]
            blake, seed = hashlib.blake2b, self._seed
            keyed = [blake(sha, key=seed, digest_size=16).hexdigest() for sha in shas]
            wanted = [u for u in ids if u]
            if self._known is not None:
                known = self._known.stored(wanted)
            else:
                known = self.digests(wanted) if self.digests else {}
            left = [u for u, k in zip(ids, keyed, strict=True) if u and _line_part(known.get(u)) != k]
            stored = self.lookup(left) if self.lookup and left else {}
        out: list[ParsedRow] = []
        i = -1  # index of the row in `read`
        for row_no, values in chunk:
            if values.__class__ is Known:
                self._known_row(layout, row_no, values)
                continue
            i += 1
            sha = shas[i]
            plain = False
            if keyed:
                u = ids[i]
                plain = self._plain(values)
                if u and u not in self.seen and plain:
                    rec = stored.get(u)
                    if _line_part(known.get(u)) == keyed[i] or (
                        rec is not None and self._unchanged(rec, values, shas[i])
                    ):
                        self.digest.add_sha(sha)
                        self.report.rows += 1
                        self.report.unchanged += 1
                        self.seen[u] = (layout.name, row_no)
                        continue
            parsed = self._parse(layout, row_no, values, sha)
            if parsed is not None and keyed and self._keyable(parsed, values, plain):
                # the line's digest, and (read from the row's XML) the raw row's digest and line SHA
                tail = raw.get(row_no)
                self.row_digests[parsed.record.uuid] = keyed[i] + (tail + sha.hex() if tail else "")
            if parsed is not None:
                out.append(parsed)
        for row_no, _ in chunk:
            raw.pop(row_no, None)
        return out

    def _known_row(self, layout: Layout, row_no: int, known: Known) -> None:
        """A row the reader left unread (its XML is a row this installation merged, see `RawRows`),
        counted as parsing it would count it: unchanged, or refused when its record ID came before."""
        report, seen = self.report, self.seen
        self.digest.add_sha(known.sha)
        report.rows += 1
        u = known.uuid
        if u in seen:
            sheet, first = seen[u]
            detail = f"{u} (first in {sheet} row {first})"
            report.rejected.append(
                problem(self.opened.file, layout, row_no, "uuid", p.DUPLICATE_UUID, detail)
            )
            return
        report.unchanged += 1
        seen[u] = (layout.name, row_no)

    def row_digest(self, uuid: str) -> str | None:
        """The digest the merge may store with record `uuid`, written from a row of this file (or None)."""
        return self.row_digests.pop(uuid, None)

    @staticmethod
    def _uuid_text(values, at: int | None) -> str:
        v = values[at] if at is not None and at < len(values) else None
        return v if v.__class__ is str else ""

    def _shas(self, rows: list, columns: list[int | None]) -> list[bytes]:
        """Each row's checksum-line SHA. A row's cells are picked in one C-level call: calamine gives
        each slice's rows as wide as its widest row, so a last column empty throughout a slice (no
        conflicts) is missing, and its empty texts end the line."""
        line, sha = ContentHash.line, ContentHash.row_sha
        how: dict[int, tuple | None] = {}
        out = []
        for v in rows:
            n = len(v)
            pick = how.get(n, False)
            if pick is False:
                pick = how[n] = _picker(columns, n)
            text = line(pick[0](v)) + pick[1] if pick is not None else Incoming._line(v, columns)
            out.append(sha(text))
        return out

    @staticmethod
    def _line(values, columns: list[int | None]) -> str:
        n = len(values)
        return ContentHash.line([values[i] if i is not None and i < n else None for i in columns])

    @staticmethod
    def _plain(values) -> bool:
        """No cell a reader could turn into another value with the same checksum text: booleans, NaN
        and infinities, text over a cell's limit. (C-level passes over the row: the Python loop it
        replaces cost ~7 µs a row.)"""
        kinds = set(map(type, values))
        if bool in kinds:
            return False
        if float in kinds and not all(map(isfinite, filter(_is_float, values))):
            return False
        return str not in kinds or max(map(len, filter(_is_str, values))) <= p.EXCEL_CELL_LIMIT

    def _keyable(self, parsed: ParsedRow, values, plain: bool) -> bool:
        """May the record this row writes keep the row's digest? Only a row whose checksum cells say all
        its reading depends on: a stamped row (not typed) with its own ID, edit stamps, a kind code and a
        region by its current code (a name column would stand in for a missing code, and an old region
        name warns), read without warnings, and with plain cells."""
        if not plain or parsed.record is None or parsed.typed or not parsed.has_uuid:
            return False
        if parsed.warnings or parsed.problems:
            return False
        n = len(values)
        for at in self._at[1:]:  # kind, region, clock: each a non-empty text
            v = values[at] if at is not None and at < n else None
            if v.__class__ is not str or not v:
                return False
        return self._plain_region(values[self._at[2]])

    def _unchanged(self, rec: Activity, values, sha: bytes) -> bool:
        """The row's cells are exactly what this installation exports for `rec` (by their checksum
        line's hash), and parsing them could give nothing else: a record with its own edit stamps, times
        not in the future, a region by its current code (plain cells are checked by the caller)."""
        limit = self.now + p.CLOCK_SKEW_MS
        if not rec.clock or rec.updated_at > limit or rec.created_at > limit:
            return False
        if not self._plain_region(rec.region):
            return False
        return sha == ContentHash.row_sha(ContentHash.line([g(rec) for g in self._stored_cells]))

    def _plain_region(self, code: str) -> bool:
        ok = self._regions.get(code)
        if ok is None:
            resolved, was_alias = self.ref.resolve_region(code)
            ok = self._regions[code] = resolved == code and not was_alias
        return ok

    def _parse(self, layout: Layout, row_no: int, values, sha: bytes) -> ParsedRow | None:
        """Parse one row: rejected rows are reported, typed rows get their ID, a repeated ID is refused."""
        file, report = self.opened.file, self.report
        parsed = parse_row(file, layout, row_no, values, self.ref, self.today, self.office, False, self.now)
        if parsed is None:
            return None
        self.digest.add_sha(sha)
        report.rows += 1
        report.warnings.extend(parsed.warnings)
        if parsed.record is None:
            report.rejected.extend(parsed.problems)
            return None
        rec = parsed.record
        if not parsed.has_uuid:
            key = "\x1f".join(canonical_text(getattr(rec, f)) for f in CONTENT_FIELDS)
            self.typed[key] += 1
            rec.uuid = str(uuidlib.uuid5(TEMPLATE_NAMESPACE, f"{key}\x1e{self.typed[key]}"))
        if rec.uuid in self.seen:
            sheet, first = self.seen[rec.uuid]
            detail = f"{rec.uuid} (first in {sheet} row {first})"
            report.rejected.append(problem(file, layout, row_no, "uuid", p.DUPLICATE_UUID, detail))
            return None
        self.seen[rec.uuid] = (layout.name, row_no)
        return parsed
