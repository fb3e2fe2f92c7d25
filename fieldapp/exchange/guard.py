"""Checks before a workbook is parsed: a real xlsx zip, no bombs, no DTDs, and where formulas are."""

from __future__ import annotations

import contextlib
import itertools
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as safe_et

from fieldapp.exchange import ahead
from fieldapp.exchange import problems as p

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")
MAX_TOTAL_UNCOMPRESSED = 6 * 1024**3  # a 1,048,576-row sheet of 30 columns is under 2 GB
MAX_RATIO = 200  # real xlsx parts compress 5–40×; bombs compress thousands of times
RATIO_FLOOR = 20 * 1024**2  # small parts may compress very well; only judge parts above 20 MB
CHUNK = 1 << 20
READ_AHEAD = True  # each part's next chunk inflated in a second thread (exchange/ahead.py)
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# A formula (<f>) or an error value (t="e") somewhere in the window: the sheet gets the exact pass.
# So is a number cell whose value is not a number (NaN, inf: readers disagree on it).
# Searched only where a hint matched: each hint starts at its rarest letter ('f', 'e') and looks back
# (sre's single-letter scan runs ~2 GB/s; `<f` or `"e"` as a substring search is ~3× slower, and the
# full pattern tries a match at every '<').
_FORMULA_HINT = re.compile(rb"f(?<=[<:]f)[\s>/]")
_ERROR_HINT = re.compile(rb"""e(?<=["']e)["']""")
_MARKED = re.compile(
    rb'<(?:\w+:)?f[\s>/]|\bt\s*=\s*["\']e["\']|<(?:\w+:)?v>\s*[-+]?(?:[nN][aA][nN]|[iI][nN][fF])'
)
# The exact pass: every row and cell start (their attributes), every formula and value element.
_TOKEN = re.compile(
    rb"<(?:\w+:)?(row|c)\b([^<>]*?)(/?)>|<(?:\w+:)?(f)[\s>/]|<(?:\w+:)?v>([^<]*)<|</(?:\w+:)?(c|row)>"
)
_ATTR_R = re.compile(rb"""\br\s*=\s*["']([^"']*)["']""")
_ATTR_T = re.compile(rb"""\bt\s*=\s*["']([^"']*)["']""")
_CELL_REF = re.compile(rb"([A-Za-z]{1,3})([0-9]{1,7})")
# Attributes hold no '<' or '>' and are short: the bounded class keeps a flood of `<row ` without `>` linear.
_ROW = re.compile(rb'<(?:\w+:)?row\b[^<>]{0,1024}?\br="([0-9]{1,9})"')
# Every `<row` of a part, with its number where it is written `<row r="N"` (else b""): one match each.
# Anchored at the 'w' (rare in sheet XML) and looking back: ~30 % faster than scanning for '<'.
_ROW_NUMBERS = re.compile(rb'w(?<=<row)(?: r="([0-9]{1,9})")?')
_PREFIXED_ROW = re.compile(rb"<[A-Za-z_][\w.-]*:row\b")
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c\b")
# any row's start tag (prefixed too) and its attributes, whose quoted values may hold '>' (XML allows it)
_ATTRIBUTES = rb"(?:[^<>\"']|\"[^\"]*\"|'[^']*')*"
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b(" + _ATTRIBUTES + rb")>")
_ROW_CLOSE = re.compile(rb"\s*</(?:\w+:)?row\s*>")
# a cell's start tag (prefixed too) with the row number of its reference (leading zeros as calamine reads)
_CELL_ROW = re.compile(
    rb"<(?:\w+:)?c\b" + _ATTRIBUTES[:-1] + rb"*?\sr\s*=\s*[\"']\s*[A-Za-z]{1,3}0*([0-9]{1,18})\s*[\"']"
)
_R_ATTRIBUTE = re.compile(rb'(?:^|\s)r\s*=\s*["\']\s*0*([0-9]{1,18})\s*["\']')
_BARE_CELL = re.compile(rb'<c(?! r="|>)')  # a cell start other than `<c r="` and `<c>`
_PREFIXED_CLOSE = re.compile(rb":c>")  # sre's prefix scan: ~2× faster than bytes.count when absent
# the hints of a prefixed row or cell, searched before the patterns above: sre's literal search finds
# `:c` in 0.06 s over the 179 MB of a 100,000-row sheet where bytes.find takes 0.17 s (timestamps hold
# 800,000 colons)
_COLON_ROW = re.compile(rb":row")
_COLON_C = re.compile(rb":c")
_CAPITALS = bytes(range(65, 91))
_WIDE = re.compile(rb'<(?:\w+:)?c\b[^<>]{0,1024}?\br="([B-Z][A-Z]|[A-Z]{3})[0-9]')
_WIDE_HINT = re.compile(rb'r="(?:[B-Z][A-Z]|[A-Z]{3})[0-9]')
_SHEET_DATA = re.compile(rb"<(/?)(?:\w{1,32}:)?sheetData\b[^<>]{0,1024}?(/?)>")
ASSUMED_WIDTH = 52  # columns up to AZ are assumed used; wider cells are measured
MAX_DENSE_CELLS = 1_048_576 * 64
AREA_ALWAYS_FINE = 4_000_000  # a used area of up to this many cells passes however empty it is
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass
class Inspection:
    """What the pre-parse checks found: sheet name → XML part, and formula cells per sheet."""

    sheet_parts: dict[str, str] = field(default_factory=dict)
    formulas: dict[str, set[tuple[int, str]]] = field(default_factory=dict)  # sheet → {(row, column)}
    errors: dict[str, dict[tuple[int, str], str]] = field(default_factory=dict)  # sheet → {(row, col): #N/A}
    long_text: bool = False  # some text is longer than a cell may hold (readers cut it to 32,767)
    rows: dict[str, int] = field(default_factory=dict)  # sheet → its last row number
    present: dict[str, int] = field(default_factory=dict)  # sheet → how many rows it really holds
    # sheet → can it be read in slices cut at `</row>` (backends.SlicedBackend)? Every row written
    # `<row r="N"` with N rising, a plain `<sheetData>`, no comment or processing instruction (other than
    # the XML declaration) in the sheet, no CDATA among the rows, every cell `<c r="` naming its own row.
    # A sheet that ends inside its rows is refused (as every reader refuses it), not marked.
    sliceable: dict[str, bool] = field(default_factory=dict)
    # sheet → its XML as inflated by the scan, kept (with `keep_xml`) for sliceable sheets while all of
    # them together stay under KEEP_XML_BYTES, so that the sliced reader does not inflate it again
    xml: dict[str, bytes] = field(default_factory=dict, repr=False, compare=False)


# Sheet XML kept for the reader (`Inspection.xml`): ~18,000 rows of an export; larger sheets are
# inflated again by the reader (a million rows are ~1.7 GB of XML: never held whole).
KEEP_XML_BYTES = 32 << 20


def inspect(path: Path, keep_xml: bool = False) -> Inspection:
    """Raise UnusableWorkbook unless `path` is a safe xlsx; report the formula cells of every sheet.

    With `keep_xml`, small sliceable sheets keep the XML the scan inflated (`Inspection.xml`)."""
    name = path.name
    try:
        with path.open("rb") as f:
            head = f.read(8)
            if head == OLE_MAGIC:
                body = f.read(4 * CHUNK)
                if ENCRYPTION_MARK in body:
                    raise p.UnusableWorkbook(p.PASSWORD_PROTECTED, name, "the workbook is password-protected")
                raise p.UnusableWorkbook(p.NOT_XLSX, name, "an old .xls workbook; save it as .xlsx")
    except FileNotFoundError:
        raise p.UnusableWorkbook(p.NOT_FOUND, name, "no such file") from None
    except IsADirectoryError:
        raise p.UnusableWorkbook(p.NOT_FOUND, name, "a folder, not a file") from None
    if not zipfile.is_zipfile(path):
        raise p.UnusableWorkbook(p.NOT_A_ZIP, name, "not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            _check_sizes(name, infos)
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise p.UnusableWorkbook(p.NOT_XLSX, name, "a zip file, but not an Excel workbook")
            if any(i.flag_bits & 0x1 for i in infos):
                raise p.UnusableWorkbook(p.PASSWORD_PROTECTED, name, "encrypted zip entries")
            result = Inspection(sheet_parts=_sheet_parts(z, name))
            part_to_sheet = {v: k for k, v in result.sheet_parts.items()}
            room = KEEP_XML_BYTES if keep_xml else 0
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    is_sheet = info.filename in part_to_sheet
                    # only the entry the reader opens by name (a zip may hold two of one name)
                    keep = is_sheet and info.file_size <= room and z.getinfo(info.filename) is info
                    scan = _scan(z, info, name, is_sheet, keep)
                    result.long_text = result.long_text or scan.long_text
                    if is_sheet:
                        sheet = part_to_sheet[info.filename]
                        if scan.xml is not None and scan.sliceable:
                            result.xml[sheet] = scan.xml
                            room -= len(scan.xml)
                        if scan.marked:
                            result.formulas[sheet], result.errors[sheet] = _marked_cells(z, info)
                        else:
                            result.formulas[sheet], result.errors[sheet] = set(), {}
                        result.rows[sheet] = scan.max_row
                        result.present[sheet] = scan.present
                        result.sliceable[sheet] = scan.sliceable
            return result
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        zlib.error,
        OSError,
    ) as e:
        raise p.UnusableWorkbook(p.NOT_A_ZIP, name, f"damaged zip file ({e})") from None


def _check_sizes(name: str, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise p.UnusableWorkbook(p.ZIP_BOMB, name, f"declares {total:,} bytes uncompressed")
    for i in infos:
        if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise p.UnusableWorkbook(
                p.ZIP_BOMB, name, f"{i.filename} expands {i.file_size // max(i.compress_size, 1)}×"
            )


@dataclass
class _Scan:
    long_text: bool = False
    marked: bool = False  # holds a formula or an error value somewhere
    max_row: int = 0
    present: int = 0  # <row> elements that hold cells
    sliceable: bool = True
    xml: bytes | None = None  # the part as inflated (when asked to keep it)


def _scan(z: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, is_sheet: bool, keep: bool = False) -> _Scan:
    """Stream one XML part: refuse DTDs (entity bombs) and mostly empty sheets; note whether it holds
    formulas or error values, how many rows it really has, and text too long for a cell. With `keep`,
    return the inflated part too."""
    out = _Scan()
    kept: list[bytes] | None = [] if keep else None
    tail = b""
    seen = 0
    data = _SheetData()
    # A kept sheet counts its cells with content only if its area asks for them (below)
    data.count_valued = kept is None
    carry, long_text = 0, False
    with z.open(info) as f, contextlib.closing(ahead.chunks(f, CHUNK, READ_AHEAD)) as reads:
        for chunk in reads:  # inflated in a second thread while the last chunk is scanned
            seen += len(chunk)
            if seen > info.file_size or seen > MAX_TOTAL_UNCOMPRESSED:
                raise p.UnusableWorkbook(p.ZIP_BOMB, name, f"{info.filename} is larger than it declares")
            window = tail + chunk
            if _find_by_second(window, b"<!") >= 0 and _DTD.search(window):
                raise p.UnusableWorkbook(p.BAD_XML, name, f"{info.filename} declares a DTD or entities")
            if is_sheet:
                if not out.marked and _maybe_marked(window) and _MARKED.search(window):
                    out.marked = True
                data.feed(chunk)
            if kept is not None:
                kept.append(chunk)
            if not long_text:
                long_text, carry = _long_runs(chunk, carry)
            tail = window[-512:]
    if is_sheet:
        data.finish()
        if data.in_data:  # every reader fails at the end (calamine: "XmlError: sheetData"): before any row
            raise p.UnusableWorkbook(
                p.UNREADABLE_VALUE,
                name,
                f"{info.filename} ends inside its rows (no </sheetData>): a damaged file",
            )
        if data.duplicate is not None:  # every reader would keep one of the two rows' cells
            raise p.UnusableWorkbook(
                p.UNREADABLE_VALUE,
                name,
                f"{info.filename} has two rows numbered {data.duplicate}: a damaged file (one row's cells "
                "would overwrite the other's); open it in Excel and save it again",
            )
        if data.misplaced is not None:  # every reader puts the cell on the row its reference names
            ref, row = data.misplaced
            raise p.UnusableWorkbook(
                p.UNREADABLE_VALUE,
                name,
                f"{info.filename}: cell {ref} is written inside row {row}: a damaged file (the cell would "
                "land on another row); open it in Excel and save it again",
            )
        if not data.count_valued and data.max_row * data.width > AREA_ALWAYS_FINE:
            again = _SheetData()  # the count is needed after all: walk the kept XML again
            for chunk in kept or ():
                again.feed(chunk)
            again.finish()
            data.valued = again.valued
        _check_area(name, info.filename, data.max_row, data.width, data.valued)
        out.present, out.max_row, out.sliceable = data.present, data.max_row, data.sliceable
    if kept is not None and out.sliceable:
        out.xml = b"".join(kept)
    out.long_text = long_text
    return out


class _SheetData:
    """Counts what a reader sees of a sheet: rows and cells inside <sheetData>, outside comments.

    Fed chunk by chunk; each piece is cut right after its last '>' (no marker holds a '>' before its
    end, so none is split) and the rest is carried, at most 64 KB, to the next piece."""

    def __init__(self) -> None:
        self.present = 0  # <row> elements
        self.valued = 0  # cells with content
        self.max_row = 0
        self.width = ASSUMED_WIDTH
        self.in_data = False
        self.in_comment = False
        self.rest = b""
        self.sliceable = True  # see Inspection.sliceable
        self.last_row = 0  # the last `r=` of a row seen, while sliceable
        self.last_number = b"?"  # ... as written (no cell names "?")
        self.offset = 0  # bytes walked so far
        self.opened = False  # <sheetData> seen
        self.count_valued = True  # count `valued` (else it stays 0: see _scan)
        # Two rows with one number: readers place cells by reference, so one row's cells overwrite the
        # other's (a record lost, or a chimera). While rows rise (every export) no number can repeat
        # and only their runs are noted; once they do not, every number is marked in a bitmap.
        self.duplicate: int | None = None  # the first repeated row number
        self.misplaced: tuple[str, int] | None = None  # (cell reference, row it is written in)
        self._runs: list[tuple[int, int]] = []  # rows seen while rising, as (first, last) runs
        self._seen: bytearray | None = None
        self._far: set[int] = set()  # numbers past Excel's last row (the area check refuses them)
        self._previous = 0  # the last row's number in the order written
        self._in_cdata = False  # inside a CDATA section (bitmap mode only)

    def feed(self, chunk: bytes) -> None:
        data = self.rest + chunk
        n = len(data)
        gt = data.rfind(b">", max(0, n - 65536))
        if gt >= 0:
            cut = gt + 1
        else:
            lt = data.rfind(b"<", max(0, n - 65536))
            cut = lt if lt >= 0 else n
        self._walk(data[:cut])
        self.rest = data[cut:]

    def finish(self) -> None:
        self._walk(self.rest)
        self.rest = b""

    def _walk(self, data: bytes) -> None:
        if self.sliceable and self._instruction(data):
            self.sliceable = False  # a processing instruction may hide `<sheetData` or `</row>` from a cut
        self.offset += len(data)
        i, n = 0, len(data)
        comment = -1  # the next "<!--" at or after i; found again only once passed (else quadratic)
        while i < n:
            if self.in_comment:
                j = data.find(b"-->", i)
                if j < 0:
                    return
                self.in_comment, i = False, j + 3
                continue
            if comment < i:
                comment = _find_by_second(data, b"<!--", i)
                comment = n if comment < 0 else comment
            pos, end, kind = _next_marker(data, i, comment)
            if self.in_data:
                self._count(data[i:pos])
            elif self.sliceable and not self.opened and _find_by_second(data, b"<![", i, pos) >= 0:
                self.sliceable = False  # CDATA before the rows may hide a `<sheetData` from the slicer
            if kind == "comment":
                self.in_comment = True
                self.sliceable = False  # a comment may hide `<sheetData` or `</row>` from a cut
            elif kind == "open":
                # the sliced reader finds the rows after a plain `<sheetData`, not a prefixed one
                self.sliceable = self.sliceable and data.startswith(b"<sheetData", pos)
                self.in_data = self.opened = True
            elif kind == "close":
                self.in_data = False
            i = end

    def _instruction(self, data: bytes) -> bool:
        """A `<?` other than the XML declaration at the part's start (pieces end at a '>', so none
        is split between two). Found by its '?' (a one-byte search is memchr-fast; '<?' is not)."""
        k, misses = data.find(b"?"), 0
        while k > 0:
            if data[k - 1] == 0x3C:  # '<'
                declaration = self.offset == 0 and not data[: k - 1].strip(b"\xef\xbb\xbf \t\r\n")
                if not (declaration and data.startswith((b"xml ", b"xml\t", b"xml\n", b"xml\r"), k + 1)):
                    return True
            elif (misses := misses + 1) > 64:  # text full of '?' (a lossy conversion): search for '<?'
                k = data.find(b"<?", k)
                if k < 0:
                    return False
                k += 1
                continue
            k = data.find(b"?", k + 1)
        return False

    def _count(self, part: bytes) -> None:
        if not part:
            return
        numbers = _ROW_NUMBERS.findall(part)  # one per `<row`, b"" where it is not `<row r="N"`
        self.present += len(numbers)
        if self.sliceable:
            self._check_order(part, numbers)
        pieces = None if self.sliceable else self._mark_rows(part)
        # cells with content (a value or text inside them): `<v>` elements outside cells, which
        # no reader shows, must not make a padded sheet look full
        if self.count_valued:
            self.valued += part.count(b"</c>")
            if _PREFIXED_CLOSE.search(part):
                self.valued += part.count(b":c>")
        # the first and the last rows (outside CDATA text: a `<row r=` there is no row)
        self.max_row = max(self.max_row, _max_row(part) if pieces is None else max(map(_max_row, pieces)))
        # A cell past column AZ has a reference starting B–Z then a letter, or three letters: look for
        # that plain text first (a literal search), and match the whole cell tag only around a hit.
        if _WIDE_HINT.search(part):
            for m in _WIDE.finditer(part):
                self.width = max(self.width, _col_number(m.group(1)))

    def _check_order(self, part: bytes, numbers: list[bytes]) -> None:
        """Rows in rising order, each with its number first, nothing a cut at `</row>` could split,
        every cell in the row its reference names."""
        if b"" in numbers or _find_by_second(part, b"<!") >= 0:
            self.sliceable = False
            return
        if _COLON_ROW.search(part) and _PREFIXED_ROW.search(part):
            self.sliceable = False  # a prefixed row is no `<row r=` of the numbers above: count it below
            return
        if _COLON_C.search(part) and _PREFIXED_CELL.search(part):
            self.sliceable = False  # nor is a prefixed cell a `<c r=` of the check below
            return
        if numbers:
            ints = list(map(int, numbers))
            first = ints[0]
            # rows numbered one after another (every export) are rising: one comparison of lists
            contiguous = ints == list(range(first, first + len(ints)))
            if first <= self.last_row or (
                not contiguous and any(a >= b for a, b in itertools.pairwise(ints))
            ):
                self.sliceable = False
                return
        if not self._cells_in_their_rows(part, numbers):
            self.sliceable = False
            return
        if numbers:
            self.last_row, self.last_number = ints[-1], numbers[-1]
            self._previous = ints[-1]
            if contiguous:
                self._runs.append((first, ints[-1]))
            else:
                self._runs.extend((n, n) for n in ints)

    def _mark_rows(self, part: bytes) -> list[bytes]:
        """Mark each row's number (a row without one follows the row before); note the first repeat.
        Returns the pieces of `part` outside CDATA sections."""
        seen = self._seen
        if seen is None:
            seen = self._seen = bytearray(p.EXCEL_MAX_ROWS + 1)
            for a, b in self._runs:
                seen[a : b + 1] = b"\x01" * (b - a + 1)
            self._runs = []
        n, far = self._previous, self._far
        pieces = self._outside_cdata(part)
        for piece in pieces:
            at = 0
            for m in _ROW_TAG.finditer(piece):
                self._check_cells(piece, at, m.start(), n)  # the cells of the row before
                at = m.end()
                r = _R_ATTRIBUTE.search(m.group(1))
                n = int(r.group(1)) if r else n + 1
                if m.group(1).rstrip().endswith(b"/") or _ROW_CLOSE.match(piece, m.end()):
                    continue  # an empty row: nothing of it can be lost, nor overwrite another's
                if n <= p.EXCEL_MAX_ROWS:
                    repeated = seen[n]
                    seen[n] = 1
                else:
                    repeated = n in far
                    far.add(n)
                if repeated and self.duplicate is None:
                    self.duplicate = n
            self._check_cells(piece, at, len(piece), n)
        self._previous = n
        return pieces or [b""]

    def _check_cells(self, piece: bytes, start: int, end: int, row: int) -> None:
        """Note the first cell between `start` and `end` (inside row `row`) whose reference names
        another row: every reader puts it there, over that row's cell or as a row of its own."""
        if self.misplaced is not None or start >= end:
            return
        for m in _CELL_ROW.finditer(piece, start, end):
            if int(m.group(1)) != row:
                ref = m.group(0).split(b"r=", 1)[1].strip(b"\"' \t\r\n").decode("ascii", "replace")
                self.misplaced = (ref, row)
                return

    def _outside_cdata(self, part: bytes) -> list[bytes]:
        """The pieces of `part` outside CDATA sections (text, not rows), one carried across parts. A
        `]]>` (never literal outside CDATA) ends a section opened where rows were not looked at."""
        out, i, n = [], 0, len(part)
        while i < n:
            if self._in_cdata:
                j = part.find(b"]]>", i)
                if j < 0:
                    break
                self._in_cdata, i = False, j + 3
                continue
            j, k = part.find(b"<![CDATA[", i), part.find(b"]]>", i)
            if k >= 0 and (j < 0 or k < j):
                i = k + 3  # the end of a section whose start was not seen: what came before is its text
                continue
            if j < 0:
                out.append(part[i:])
                break
            out.append(part[i:j])
            self._in_cdata, i = True, j + 9
        return out

    def _cells_in_their_rows(self, part: bytes, numbers: list[bytes]) -> bool:
        """Does every cell's reference name the row it is written in? Readers place a cell by its
        reference: one naming another row would land in another slice's rows (a phantom row, every
        row after it shifted). Cells are written `<c r="` (or `<c>`, placed after the one before);
        any other spelling makes the sheet unsliceable. Cheap (no object per cell): with the capital
        letters deleted, a cell of row N reads `<c r="N"`, counted per row."""
        if _BARE_CELL.search(part):  # a `<c` written otherwise than `<c r="` or `<c>`
            return False
        plain = part.count(b'<c r="')
        if not plain:
            return True
        pieces = part.translate(None, _CAPITALS).split(b"<row ")
        # each piece's cells name its row exactly when, summed, they are all of the part's cells
        targets = [b'<c r="' + n + b'"' for n in (self.last_number, *numbers)]
        return sum(map(bytes.count, pieces, targets)) == plain


def _max_row(part: bytes) -> int:
    """The largest of the first and the last 8 row numbers in `part` (0 without rows), as
    `_ROW.findall` would give them, reading only the part's tail when it holds 8 rows."""
    first = _ROW.search(part)
    if first is None:
        return 0
    start = len(part)
    while True:
        start = max(0, start - 65536)
        # a tag cut by the window's start cannot match (it lacks its '<'), so the matches in the
        # window are the part's own, at least while the window starts before the first of them
        tail = _ROW.findall(part, max(start, first.start()))
        if len(tail) >= 8 or start <= first.start():
            break
    return max(int(first.group(1)), *(int(r) for r in tail[-8:]))


def _next_marker(data: bytes, i: int, comment: int) -> tuple[int, int, str]:
    """The next comment start (at `comment`) or <sheetData> tag from `i`: (start, end, kind)."""
    n = len(data)
    c = comment if comment < n else -1
    stop = c if c >= 0 else n
    s = i
    while (k := data.find(b"sheetData", s, stop)) >= 0:
        lt = data.rfind(b"<", max(i, k - 40), k)
        m = _SHEET_DATA.match(data, lt) if lt >= 0 else None
        if m and m.start(0) < k < m.end(0):
            if m.group(1):
                return m.start(0), m.end(0), "close"
            return m.start(0), m.end(0), "empty" if m.group(2) else "open"
        s = k + 9
    if c >= 0:
        return c, c + 4, "comment"
    return n, n, ""


def _marked_cells(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[set[tuple[int, str]], dict]:
    """Where the formulas and error values of a sheet are, found by their elements whatever the cell's
    attributes say: a row or cell without `r=` follows the one before it (as every reader places it),
    a lower-case reference counts as upper case."""
    formulas: set[tuple[int, str]] = set()
    errors: dict[tuple[int, str], str] = {}
    row, col = 0, 0
    where: tuple[int, str] | None = None
    is_error = False
    rest = b""
    with z.open(info) as f:
        while chunk := f.read(CHUNK):
            data = rest + chunk
            cut = data.rfind(b"<")  # the element open at the chunk's end is read with the next chunk
            if cut < 0:
                rest = data
                continue
            data, rest = data[: cut + 1], data[cut:]
            for m in _TOKEN.finditer(data):
                element, attrs, closed, formula, v, end = m.groups()
                if element == b"row":
                    r = _ATTR_R.search(attrs)
                    row = int(r.group(1)) if r and r.group(1).isdigit() else row + 1
                    col = 0
                elif element == b"c":
                    r = _ATTR_R.search(attrs)
                    ref = _CELL_REF.fullmatch(r.group(1)) if r else None
                    col = _col_number(ref.group(1).upper()) if ref else col + 1
                    if ref and int(ref.group(2)) != row and not closed:
                        row = int(ref.group(2))
                    where = (row, _letters(col))
                    t = _ATTR_T.search(attrs)
                    is_error = bool(t and t.group(1) == b"e")
                    if closed:
                        where = None
                elif formula and where:
                    formulas.add(where)
                elif v is not None and where and is_error:
                    errors[where] = v.decode("utf-8", "replace").strip()
                elif end == b"c":
                    where = None
    return formulas, errors


def _maybe_marked(window: bytes) -> bool:
    """Could `_MARKED` match in `window`? Every formula tag holds `<f` or `:f` and then a space, '>'
    or '/'; every error type `"e"` or `'e'`: found from their letter before the full pattern runs."""
    return _FORMULA_HINT.search(window) is not None or _ERROR_HINT.search(window) is not None


def _find_by_second(data: bytes, needle: bytes, start: int = 0, end: int | None = None) -> int:
    """`data.find(needle, start, end)` for a needle whose second byte is rare in sheet XML (the '!' of
    `<!`, the '?' of `<?`): that byte is found with memchr (~50× faster than a two-byte search) and
    checked around; text full of that byte falls back to the plain search after 64 misses."""
    key = needle[1]
    k = data.find(key, start + 1, end)
    misses = 0
    while k >= 0:
        if data.startswith(needle, k - 1, end):
            return k - 1
        misses += 1
        if misses > 64:
            return data.find(needle, k, end)
        k = data.find(key, k + 1, end)
    return -1


def _letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _chars(run: bytes) -> int:
    return len(run.decode("utf-8", "replace"))


def _long_runs(chunk: bytes, carry: int) -> tuple[bool, int]:
    """A run of text (no '<') longer than a cell holds? `carry`: the run open at the previous chunk's end.

    A run of more than LIMIT characters has more than LIMIT bytes, so it covers a whole block of
    LIMIT // 2 + 1 bytes aligned from the first '<': only the blocks without a '<' are measured."""
    first = chunk.find(b"<")
    if first < 0:
        total = carry + _chars(chunk)
        return total > p.EXCEL_CELL_LIMIT, total
    if carry + _chars(chunk[:first]) > p.EXCEL_CELL_LIMIT:
        return True, 0
    last = chunk.rfind(b"<")
    block = p.EXCEL_CELL_LIMIT // 2 + 1
    i = first + 1
    while i + block <= last:
        if chunk.find(b"<", i, i + block) < 0:
            s = chunk.rfind(b"<", first, i) + 1
            e = chunk.find(b"<", i + block, last + 1)
            run = chunk[s:e]
            if _chars(run) > p.EXCEL_CELL_LIMIT:
                return True, 0
            i = e + 1
        else:
            i += block
    return False, _chars(chunk[last + 1 :])


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _check_area(name: str, part: str, rows: int, width: int, valued: int) -> None:
    """Refuse sheets whose used area is mostly empty: a spreadsheet reader would allocate all of it."""
    dense = rows * width
    if dense > MAX_DENSE_CELLS or dense > 8 * valued + AREA_ALWAYS_FINE:
        raise p.UnusableWorkbook(
            p.SPARSE_SHEET,
            name,
            f"{part} spans {rows:,} rows but holds only {valued:,} values: delete the empty rows and columns",
        )


def _sheet_parts(z: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Sheet name → its XML part inside the zip, from the workbook and its relationships."""
    try:
        wb = safe_et.fromstring(z.read("xl/workbook.xml"))
        rels_xml = (
            z.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in z.namelist() else b""
        )
        rels = safe_et.fromstring(rels_xml) if rels_xml else None
    except Exception as e:  # defusedxml raises its own errors for entities; ParseError for junk
        raise p.UnusableWorkbook(
            p.BAD_XML, name, f"workbook.xml cannot be read ({type(e).__name__})"
        ) from None
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in rels:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
            targets[rel.get("Id", "")] = target
    out: dict[str, str] = {}
    for el in wb.iter():
        if el.tag.endswith("}sheet") or el.tag == "sheet":
            rid = el.get(_NS_REL) or ""
            if el.get("name") and rid in targets:
                out[el.get("name")] = targets[rid]
    return out
