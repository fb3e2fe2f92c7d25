"""Reading sheet rows. The one path for every size: the sheet XML streamed once in slices of rows, each
slice read by python-calamine (its exact cell conversion) as a small workbook of its own, so memory is
bounded by a slice, not by the sheet (`SlicedBackend`). Sheets a cut at `</row>` could break (see
`guard.Inspection.sliceable`: rows out of order or without `r=`, comments or processing instructions,
cells naming another row) are read whole by
calamine (small) or by openpyxl read-only (streams, flat memory, slow) above STREAM_ABOVE_ROWS."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import defusedxml.ElementTree as safe_et

from fieldapp.exchange import ahead
from fieldapp.exchange import problems as p
from fieldapp.exchange.cells import unescape

# A sheet that cannot be sliced is read whole by calamine up to this many rows (it needs ~2.7 kB per row
# of the Activities sheet), by openpyxl read-only above.
STREAM_ABOVE_ROWS = 250_000
# "auto": sliced where the sheets allow it, else the rule above; "calamine"/"streaming" force one (tests).
READER = "auto"
# Sheet XML per slice: ~3,000 rows of an export (~1.3 kB each). Reading a slice holds ~10× its bytes
# (measured: 93 MB peak at 4 MB, 271 MB at 24 MB, for the same seconds).
SLICE_BYTES = 4 << 20
# Every slice parses the file's shared strings again: slices grow to 4× the table, so that parsing it
# stays a fraction of the work; a table so large that slices would pass this is read whole instead.
MAX_SLICE_BYTES = 32 << 20  # ~300 MB held while reading one
MAX_ROW_BYTES = 256 << 20  # one row's XML: 16,384 cells of 16 kB; a larger one is refused (a bomb)
SHARED_STRINGS_FACTOR = 4
READ_CHUNK = 1 << 20
# Slices read by calamine in a second thread ahead of the rows taken (see `SlicedBackend._read_ahead`);
# False reads each in the caller's thread when its rows are due (tests compare the two).
READ_AHEAD = True


def is_panic(e: BaseException) -> bool:
    """pyo3 turns a Rust panic into PanicException, a BaseException: treat it as unreadable input."""
    return type(e).__name__ == "PanicException"


def _unusable(code: str, file: str, e: BaseException) -> p.UnusableWorkbook:
    return p.UnusableWorkbook(code, file, f"cannot be read ({type(e).__name__}: {e})")


def _unreadable(file: str, e: BaseException) -> p.UnusableWorkbook:
    return p.UnusableWorkbook(p.UNREADABLE_VALUE, file, f"{type(e).__name__}: {e}")


def _calamine_call(file: str, fn):
    """fn(), with calamine's errors and panics as the file's unreadable-value problem."""
    import python_calamine as pc

    try:
        return fn()
    except BaseException as e:
        if isinstance(e, pc.CalamineError) or is_panic(e):
            raise _unreadable(file, e) from None
        raise


class CalamineBackend:
    """Each sheet is parsed once (in Rust) and kept until its rows have been read."""

    def __init__(self, path: Path):
        import python_calamine as pc

        self.file = path.name
        try:
            self.book = pc.CalamineWorkbook.from_path(str(path))
        except BaseException as e:
            if isinstance(e, pc.PasswordError):
                raise p.UnusableWorkbook(
                    p.PASSWORD_PROTECTED, self.file, "the workbook is password-protected"
                ) from None
            if isinstance(e, pc.CalamineError) or is_panic(e):
                raise p.UnusableWorkbook(
                    p.NOT_XLSX, self.file, f"cannot be read ({type(e).__name__}: {e})"
                ) from None
            raise
        self.sheet_names = list(self.book.sheet_names)
        self._loaded: dict[str, object] = {}

    def _guarded(self, fn):
        return _calamine_call(self.file, fn)

    def _sheet(self, name: str):
        if name not in self._loaded:
            self._loaded[name] = self._guarded(lambda: self.book.get_sheet_by_name(name))
        return self._loaded[name]

    def head(self, name: str, n: int) -> tuple[int, int, list[list]]:
        """(first used row, first used column, up to n rows from there), 0-based."""
        sheet = self._sheet(name)
        start_row, start_col = sheet.start or (0, 0)
        return start_row, start_col, self._guarded(lambda: sheet.to_python(skip_empty_area=True, nrows=n))

    def forget(self, name: str) -> None:
        self._loaded.pop(name, None)

    def rows(self, name: str) -> Iterator[tuple[int, Sequence]]:
        """(1-based Excel row, values indexed by 0-based column) for every row of the sheet."""
        sheet = self._loaded.pop(name, None) or self._sheet(name)
        self._loaded.pop(name, None)
        _, start_col = sheet.start or (0, 0)
        pad = [""] * start_col
        it = sheet.iter_rows()  # starts at the sheet's first row, but at its first used column
        excel_row = 0
        while True:
            try:
                values = next(it)
            except StopIteration:
                return
            except BaseException as e:  # the Rust reader panics on some values (dates past year 9999)
                if not is_panic(e):
                    raise
                raise _unreadable(self.file, e) from None
            excel_row += 1
            yield excel_row, (pad + values) if start_col else values

    def close(self) -> None:
        self._loaded.clear()
        try:
            self.book.close()
        except Exception:  # already closed
            return


def _lenient_numbers() -> None:
    """openpyxl stops the whole sheet at a number cell holding `NaN` or `inf` (int('NaN')), where
    calamine reads it as a float: read it as calamine does (float('inf'), or NaN for anything else),
    so that both readers reject its row with the same reason."""
    from openpyxl.worksheet import _reader

    cast = _reader._cast_number
    if getattr(cast, "fieldapp_lenient", False):
        return

    def lenient(value):
        try:
            return cast(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return float("nan")

    lenient.fieldapp_lenient = True
    _reader._cast_number = lenient


class StreamingBackend:
    """openpyxl read-only: one row at a time from the zip, so memory stays flat at a million rows."""

    def __init__(self, path: Path):
        from openpyxl import load_workbook

        _lenient_numbers()
        self.file = path.name
        try:
            self.book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        except Exception as e:
            raise p.UnusableWorkbook(
                p.NOT_XLSX, self.file, f"cannot be read ({type(e).__name__}: {e})"
            ) from None
        self.sheet_names = list(self.book.sheetnames)

    def head(self, name: str, n: int) -> tuple[int, int, list[list]]:
        try:
            return 0, 0, [_decoded(r) for r in self._sheet(name).iter_rows(max_row=n, values_only=True)]
        except Exception as e:
            raise _unreadable(self.file, e) from None

    def _sheet(self, name: str):
        """The sheet, told to read every row: the declared <dimension> may be wrong (or a lie)."""
        ws = self.book[name]
        ws.reset_dimensions()
        return ws

    def forget(self, name: str) -> None:
        return None

    def rows(self, name: str) -> Iterator[tuple[int, Sequence]]:
        it = self._sheet(name).iter_rows(values_only=True)
        excel_row = 0
        while True:
            try:
                values = next(it)
            except StopIteration:
                return
            except Exception as e:
                raise _unreadable(self.file, e) from None
            excel_row += 1
            for v in values:
                if v.__class__ is str and "_x" in v:
                    values = _decoded(values)
                    break
            yield excel_row, values

    def close(self) -> None:
        self.book.close()


def _decoded(values) -> list:
    """openpyxl leaves Excel's _x00HH_ escapes in text; calamine decodes them: give both the same text."""
    return [unescape(v) if v.__class__ is str else v for v in values]


# A shared-string cell (`t="s"`) whose value is not a whole number: calamine reads it as string #0
# (and ' 5', '3.0', '-1' or 'abc' likewise), so it would be stored as another cell's text. Attribute
# values are read whole (a quoted '>' cannot hide the value), a prefix is allowed.
_ATTRS = rb"""(?:[^<>"']|"[^"]*"|'[^']*')*"""
_BAD_SHARED_INDEX = re.compile(
    rb"""<(?:[A-Za-z_][\w.-]*:)?c\b""" + _ATTRS + rb"""\bt\s*=\s*(["'])s\1""" + _ATTRS
    + rb""">\s*<(?:[A-Za-z_][\w.-]*:)?v\s*>(?![0-9]{1,10}<)(?![0-9]{0,10}\Z)([^<]{0,40})"""
)  # fmt: skip
# (`(?![0-9]{0,10}\Z)`: a chunk of a sheet read whole that ends at `<v>87` has not shown the whole
# value yet — the next chunk, which repeats the last 64 KB, does)
_SHARED_OVERLAP = 64 << 10  # a cell tag longer than this across two chunks of a whole sheet is not seen


# The cheap proof that no cell matches _BAD_SHARED_INDEX, for the way Excel, LibreOffice and openpyxl
# write a shared-string cell (`t="s"><v>12</v>`): the full pattern tries a match at every '<' and
# reads every tag's attributes (1.7 s over the 94 MB sheet of 100,000 rows saved with shared
# strings); these literal searches take 0.44 s. Every cell the full pattern matches holds one
# `=\s*["']s["']`; when every such attribute value is a plain `="s"` and each plain one is part of a
# `t="s"><v>`, the full pattern could only match where _PLAIN_BAD does
# (tests/exchange/test_shared_index.py checks the two agree).
_PLAIN_SHARED = b't="s"><v>'
_PLAIN_BAD = re.compile(rb't="s"><v>(?![0-9]{1,10}<)(?![0-9]{0,10}\Z)')
_OTHER_S_VALUE = re.compile(rb"""=(?:\s+["']|')s["']|="s'""")  # an attribute value s, not as `="s"`


def refuse_bad_shared_index(file: str, xml: bytes) -> None:
    """Raise UnusableWorkbook when `xml` (whole rows, or a chunk) holds a shared-string cell whose index
    is not a whole number."""
    if b"s" not in xml:
        return
    if (
        xml.count(b'="s"') == xml.count(_PLAIN_SHARED)
        and _PLAIN_BAD.search(xml) is None
        and _OTHER_S_VALUE.search(xml) is None
    ):
        return
    m = _BAD_SHARED_INDEX.search(xml)
    if m is not None:
        value = m.group(2).decode("utf-8", "replace")
        raise p.UnusableWorkbook(
            p.UNREADABLE_VALUE,
            file,
            f"a text cell names shared string {value!r}, not a number: a damaged file "
            "(it would read as another cell's text); open it in Excel and save it again",
        )


def _check_whole_sheets(path: Path, parts) -> None:
    """`refuse_bad_shared_index` over each sheet read whole (not sliced), in chunks that overlap."""
    try:
        with zipfile.ZipFile(path) as z:
            if not any(n.endswith("sharedStrings.xml") for n in z.namelist()):
                return  # no table: calamine refuses every shared-string cell itself
            for part in parts:
                with z.open(part) as f:
                    tail = b""
                    while chunk := f.read(READ_CHUNK):
                        refuse_bad_shared_index(path.name, tail + chunk)
                        tail = chunk[-_SHARED_OVERLAP:]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError, zlib.error) as e:
        raise _unreadable(path.name, e) from None


def open_backend(path: Path, inspection):
    """Sliced when every sheet can be cut at `</row>`; else calamine unless a sheet holds so many rows
    that holding them would cost gigabytes.

    `inspection.present` counts the rows a sheet really holds (its <row> elements), not its last row
    number: a few rows padded out to row 300,000 are read by calamine, as fast as any small file."""
    choice = READER
    if choice == "auto":
        if inspection.sheet_parts and all(inspection.sliceable.get(s, False) for s in inspection.sheet_parts):
            try:
                sliced = SlicedBackend(path, inspection.sheet_parts, getattr(inspection, "xml", None))
            except _NotAsCalamine:
                sliced = None
            if sliced is not None and sliced.slice_bytes <= MAX_SLICE_BYTES:
                return sliced
        big = max(inspection.present.values(), default=0) > STREAM_ABOVE_ROWS
        choice = "streaming" if big else "calamine"
    _check_whole_sheets(path, inspection.sheet_parts.values())
    if choice == "streaming":
        return StreamingBackend(path)
    return CalamineBackend(path)


_SHEET_DATA_OPEN = re.compile(rb"<sheetData\b[^<>]{0,1024}?(/?)>")
_DIMENSION = re.compile(rb"<dimension\b[^<>]{0,1024}?/>")
_NS_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/sharedStrings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"""
_ROOT_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
officeDocument" Target="xl/workbook.xml"/></Relationships>"""
_REL = (
    b'<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s"'
    b' Target="%s"/>'
)


class SlicedBackend:
    """One pass over each sheet's XML, in slices of whole rows; each slice becomes a one-sheet workbook
    in memory (the slice as its sheet, plus the file's own shared strings, styles and date system) that
    python-calamine reads, so a cell reads exactly as calamine reads it in the whole file.

    Only for sheets `guard.inspect` found sliceable: rows numbered (`r=`) in rising order, so a slice's
    rows are numbered as in the whole sheet and come after the previous slice's."""

    def __init__(self, path: Path, sheet_parts: dict[str, str], xml: dict[str, bytes] | None = None):
        import python_calamine as pc

        self.path = path
        self.file = path.name
        self.parts = dict(sheet_parts)
        # sheet → its XML as the guard inflated it (guard.Inspection.xml): not inflated a second time
        self.xml = dict(xml or {})
        try:  # the same first checks as the whole-file reader (passwords, not a workbook)
            book = pc.CalamineWorkbook.from_path(str(path))
            self.sheet_names = [n for n in book.sheet_names if n in self.parts]
            book.close()
        except BaseException as e:
            if isinstance(e, pc.PasswordError):
                raise p.UnusableWorkbook(
                    p.PASSWORD_PROTECTED, self.file, "the workbook is password-protected"
                ) from None
            if isinstance(e, pc.CalamineError) or is_panic(e):
                raise _unusable(p.NOT_XLSX, self.file, e) from None
            raise
        try:
            with zipfile.ZipFile(path) as z:
                self._shared = _parts_of_workbook(z)
        except _NotAsCalamine:
            raise
        except Exception as e:
            raise _unusable(p.NOT_XLSX, self.file, e) from None
        table = len(self._shared.get("sharedStrings", b""))
        self.slice_bytes = max(SLICE_BYTES, SHARED_STRINGS_FACTOR * table)
        # what besides a row's own XML (and its slice's head, given with it) decides how calamine reads
        # it: the parts every slice takes from the file, and calamine's version (see `rows(known=)`)
        h = hashlib.blake2b(_calamine_version().encode("utf-8"), digest_size=32)
        for part in sorted(self._shared):
            h.update(b"\x1e%s\x1f%d\x1f" % (part.encode("ascii"), len(self._shared[part])))
            h.update(self._shared[part])
        self.context = h.digest()

    def head(self, name: str, n: int) -> tuple[int, int, list[list]]:
        """(first used row, first used column, up to n rows from there), 0-based: slices of the sheet's
        start, made longer until they hold n rows from its first used row (or the whole sheet)."""
        size = 64 << 10
        while True:
            slices = self._slices(name, size)
            try:
                first = next(slices, None)
                more = next(slices, None) is not None
            finally:
                slices.close()
            if first is None:
                return 0, 0, []
            sheet = self._read(first)
            start = sheet.start
            enough = start is not None and sheet.end[0] >= start[0] + n - 1
            if enough or not more or size > MAX_ROW_BYTES:
                if start is None:
                    return 0, 0, []
                rows = self._guarded(lambda sheet=sheet: sheet.to_python(skip_empty_area=True, nrows=n))
                return start[0], start[1], rows
            size *= 4

    def forget(self, name: str) -> None:
        return None

    def rows(self, name: str, known=None) -> Iterator[tuple[int, Sequence]]:
        """(1-based Excel row, values indexed by 0-based column) for every row of the sheet, from row 1
        to its last used row, as calamine gives them for the whole sheet (empty rows included).

        known(head, pieces) → {piece's index: (Excel row, token)} (issue 16, re-import): sees each slice's
        raw rows before calamine reads it — its XML before `<sheetData>`, and the slice cut after each
        `</row>` (each piece without it); the rows it names are left out of what calamine reads and
        come as (row, token) instead."""
        done = 0  # Excel rows yielded so far
        for tokens, pending in self._read_ahead(self._cut(name, known)):
            values, start_row, start_col = [], 0, 0
            sheet = pending.result() if pending is not None else None
            pending = None
            if sheet is not None and sheet.start is not None:
                start_row, start_col = sheet.start
                values = self._guarded(lambda sheet=sheet: sheet.to_python(skip_empty_area=True))
            del sheet
            last = max(start_row + len(values) if values else 0, max(tokens, default=0))
            pad = [""] * start_col
            while done < last:  # rows between slices (or left out of this one) hold nothing
                done += 1
                token = tokens.get(done)
                if token is not None:
                    yield done, token
                    continue
                i = done - 1 - start_row
                if 0 <= i < len(values):
                    row = values[i]
                    yield done, (pad + row) if start_col else row
                else:
                    yield done, []

    def _cut(self, name: str, known) -> Iterator[tuple[dict, tuple[bytes, bytes] | None]]:
        """(rows given as tokens, the slice left for calamine or None) for each slice of the sheet."""
        for head, body in self._slices(name, self.slice_bytes):
            tokens: dict = {}
            if known is not None:
                pieces = body.split(b"</row>")
                tail = pieces.pop()
                named = known(head, pieces)
                if named:
                    tokens = dict(named.values())
                    body = b"".join([x + b"</row>" for i, x in enumerate(pieces) if i not in named]) + tail
                del pieces, named
            yield tokens, ((head, body) if body.strip() else None)

    def _read_ahead(self, cut) -> Iterator[tuple[dict, Future | None]]:
        """Each slice of `cut` with calamine's reading of it under way in a second thread while the
        rows of the slice before are taken. (python-calamine 0.9.1 lets go of Python's lock for only
        part of its read, so this buys little: ~6 % of a 100,000-row import, nothing at 10,000; see
        docs/performance.md, "The reading side".) One slice is read ahead, never more: memory
        stays bounded by two slices. `known` (see `rows`) therefore sees a slice before the rows of
        the slice before it are taken. An error reading a slice comes when its rows are due; the
        thread is gone when the rows end, or when whoever reads them stops early."""
        if not READ_AHEAD:
            with contextlib.closing(cut):
                for tokens, piece in cut:
                    yield tokens, (_done(self._read, piece) if piece is not None else None)
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldapp-slice") as pool:
            ahead: tuple[dict, Future | None] | None = None
            try:
                for tokens, piece in cut:
                    now = (tokens, pool.submit(self._read, piece) if piece is not None else None)
                    if ahead is not None:
                        yield ahead
                    ahead = now
                if ahead is not None:
                    yield ahead
            finally:
                if ahead is not None and ahead[1] is not None:
                    ahead[1].cancel()
                cut.close()  # its own reader thread (inflating the sheet) ends before this one

    def close(self) -> None:
        return None

    # -- inside ----------------------------------------------------------------------------------

    def _slices(self, name: str, size: int) -> Iterator[tuple[bytes, bytes]]:
        """(the sheet's XML up to its <sheetData>, whole rows) for each slice of about `size` bytes."""
        try:
            with self._open(name) as f, contextlib.closing(self._chunks(f)) as reads:
                buf = bytearray()
                # search only what was not searched yet (a tag is at most ~1 kB): a huge header stays linear
                while (m := _SHEET_DATA_OPEN.search(buf, max(0, len(buf) - READ_CHUNK - 2048))) is None:
                    chunk = next(reads, b"")
                    if not chunk:
                        return
                    buf += chunk
                    if len(buf) > MAX_ROW_BYTES:  # every slice repeats what comes before the rows
                        raise p.UnusableWorkbook(
                            p.ZIP_BOMB, self.file, f"more than {MAX_ROW_BYTES >> 20} MB before the rows"
                        )
                if m.group(1):  # <sheetData/>
                    return
                head = _DIMENSION.sub(b"", bytes(buf[: m.end()]))  # calamine would size each slice by it
                body = bytearray(buf[m.end() :])
                del buf
                look = 0  # body[look:] not searched for `</sheetData` yet
                row_look = 0  # body[row_look:] not searched for a `</row>` to cut after yet
                while True:
                    chunk = next(reads, b"")
                    body += chunk
                    stop = body.find(b"</sheetData", look)
                    look = max(0, len(body) - 12)
                    if stop >= 0:
                        del body[stop:]
                    while len(body) >= size:  # cut after the first `</row>` that ends past `size`
                        end = body.find(b"</row>", max(0, size - 6, row_look))
                        if end < 0:  # one row larger than a slice: read on, up to a limit
                            row_look = max(0, len(body) - 6)
                            if len(body) > MAX_ROW_BYTES:
                                raise p.UnusableWorkbook(
                                    p.ZIP_BOMB, self.file, f"a row of more than {MAX_ROW_BYTES >> 20} MB"
                                )
                            break
                        cut = end + 6
                        yield head, bytes(body[:cut])
                        del body[:cut]
                        look, row_look = max(0, look - cut), 0
                    if stop >= 0 or not chunk:
                        if body.strip():
                            yield head, bytes(body)
                        return
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, zlib.error) as e:
            raise _unreadable(self.file, e) from None

    @staticmethod
    def _chunks(f) -> Iterator[bytes]:
        """The sheet's XML in pieces of READ_CHUNK: inflated in a second thread ahead of the cutting
        (the guard's copy, already in memory, is only cut)."""
        return ahead.chunks(f, READ_CHUNK, READ_AHEAD and not isinstance(f, io.BytesIO))

    @contextlib.contextmanager
    def _open(self, name: str):
        """The sheet's XML as a stream: the guard's copy when it kept one, else inflated from the zip."""
        if name in self.xml:
            yield io.BytesIO(self.xml[name])
            return
        with zipfile.ZipFile(self.path) as z, z.open(self.parts[name]) as f:
            yield f

    def _read(self, piece: tuple[bytes, bytes]):
        """The slice as a sheet read by calamine."""
        import python_calamine as pc

        head, body = piece
        shared = self._shared
        if "sharedStrings" in shared:
            refuse_bad_shared_index(self.file, body)
        mem = io.BytesIO()
        with zipfile.ZipFile(mem, "w", zipfile.ZIP_STORED) as z:
            z.writestr("[Content_Types].xml", _TYPES)
            z.writestr("_rels/.rels", _ROOT_RELS)
            z.writestr("xl/workbook.xml", shared["workbook"])
            z.writestr("xl/_rels/workbook.xml.rels", shared["rels"])
            for part in ("sharedStrings", "styles"):
                if part in shared:
                    z.writestr(f"xl/{part}.xml", shared[part])
            z.writestr("xl/worksheets/sheet1.xml", head + body + b"</sheetData></worksheet>")
        del body
        mem.seek(0)

        def read():
            return pc.CalamineWorkbook.from_filelike(mem).get_sheet_by_index(0)

        return self._guarded(read)

    def _guarded(self, fn):
        return _calamine_call(self.file, fn)


def _done(fn, *args) -> Future:
    """fn(*args) run now, as a finished Future (its error kept for `result()`)."""
    f: Future = Future()
    try:
        f.set_result(fn(*args))
    except BaseException as e:
        f.set_exception(e)
    return f


def _calamine_version() -> str:
    from importlib.metadata import version

    return version("python-calamine")


class _NotAsCalamine(Exception):
    """The workbook says something a slice could not say as calamine reads it: read the sheet whole."""


# date1904's value written with a character or entity reference: calamine compares the text as written
# (`&#49;` is no 1904 system to it), an XML parser reads 1
_DATE1904_REFERENCE = re.compile(rb"""date1904\s*=\s*(?:"[^"]*&|'[^']*&)""")


def _calamine_part(z: zipfile.ZipFile, path: str) -> bytes | None:
    """A part where calamine looks for it: at its usual path (case aside), whatever the relationships
    say (measured with python-calamine: a table listed elsewhere is not read, one left out still is)."""
    names = z.namelist()
    if path in names:
        return z.read(path)
    folded = path.lower()  # and `xl\sharedStrings.xml`, as some Windows zip tools store it
    return next((z.read(n) for n in names if n.replace("\\", "/").lower() == folded), None)


def _date1904(workbook_xml: bytes) -> bool:
    """The date system as calamine reads it from workbook.xml, parsed as XML (a `<workbookPr>` in a
    comment, processing instruction or CDATA is no element): the last `date1904` of a workbookPr."""
    try:
        root = safe_et.fromstring(workbook_xml)
    except Exception as e:  # defusedxml refuses entities; ParseError for junk (the guard parsed it already)
        raise ValueError(f"workbook.xml cannot be read ({type(e).__name__})") from None
    on = False
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "workbookPr":
            value = el.get("date1904")
            if value is not None:
                on = value in ("1", "true")
    return on


def _parts_of_workbook(z: zipfile.ZipFile) -> dict[str, bytes]:
    """What every slice's workbook takes from the file: its shared strings, styles (number formats
    make dates) and date system (workbookPr), under a minimal workbook.xml and its relationships."""
    out: dict[str, bytes] = {}
    for kind in ("sharedStrings", "styles"):
        data = _calamine_part(z, f"xl/{kind}.xml")
        if data is not None:
            out[kind] = data
    # keep only the date system: the rest may name things this small workbook lacks
    workbook_xml = z.read("xl/workbook.xml")
    if _DATE1904_REFERENCE.search(workbook_xml):
        raise _NotAsCalamine("date1904 written with a reference")
    workbook_pr = b'<workbookPr date1904="1"/>' if _date1904(workbook_xml) else b""
    out["workbook"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="'
        + _NS_MAIN
        + b'" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + workbook_pr
        + b'<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    rels = [_REL % (b"rId1", b"worksheet", b"worksheets/sheet1.xml")]
    if "sharedStrings" in out:
        rels.append(_REL % (b"rId2", b"sharedStrings", b"sharedStrings.xml"))
    if "styles" in out:
        rels.append(_REL % (b"rId3", b"styles", b"styles.xml"))
    out["rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + b"".join(rels)
        + b"</Relationships>"
    )
    return out
