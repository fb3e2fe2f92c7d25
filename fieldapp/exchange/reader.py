"""Reading an exchange workbook: find the Activities sheets and their columns by HXL tag, stream rows."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldapp.exchange import FORMAT_NAME, FORMAT_VERSION, READABLE_VERSIONS, guard
from fieldapp.exchange import problems as p
from fieldapp.exchange.backends import open_backend
from fieldapp.exchange.columns import (
    CODE_OR_NAME,
    REQUIRED_TAGS,
    TAG_INDEX,
    Column,
    normalise_tag,
)

HEAD_ROWS = 10  # the HXL tag row must be among the first rows of a sheet


@dataclass(frozen=True)
class Placed:
    """A known column as found in one sheet: its position, its letter and the header written above it."""

    index: int  # 0-based column index in the row lists
    letter: str
    column: Column
    header: str


@dataclass
class Layout:
    """Where the data is in one Activities sheet."""

    name: str
    tag_row: int  # 1-based Excel row of the HXL tags
    placed: list[Placed]
    first_col: int  # 0-based column of the first used column
    height: int = 0  # rows below the tag row (an upper bound of the records)
    formulas: set[tuple[int, str]] = field(default_factory=set)
    errors: dict[tuple[int, str], str] = field(default_factory=dict)  # error cells: (row, column) → "#N/A"
    long_text: bool = False  # the file holds over-long text, which the reader cut to 32,767 characters
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # per-sheet parsers (rows.py)


@dataclass
class Opened:
    """A workbook that passed the checks: its metadata, warnings, and the sheets to read rows from."""

    path: Path
    sha256: str
    metadata: dict[str, str]
    layouts: list[Layout]
    warnings: list[p.FileWarning]
    book: Any  # the reading backend (closed by `close`)
    identity: tuple | None = None  # the file's size, times and inode when it was opened (`check_unchanged`)

    @property
    def file(self) -> str:
        return self.path.name

    def rows(self, layout: Layout, known=None) -> Iterator[tuple[int, Sequence]]:
        """(1-based Excel row, values indexed by 0-based column) for each row below the tag row.

        known: see `raw_context`; rows it names come as (row, its token) instead of their values."""
        book_rows = self.book.rows(layout.name, known) if known is not None else self.book.rows(layout.name)
        for excel_row, values in book_rows:
            if excel_row > layout.tag_row:
                yield excel_row, values

    @property
    def raw_context(self) -> bytes | None:
        """Where the reader can show each row's raw XML before reading it (`rows(layout, known)`): what,
        besides the row's XML and its sheet's head, decides how the row is read (else None)."""
        return getattr(self.book, "context", None)

    @property
    def format_version(self) -> int:
        """The file's format version (a file without metadata is read as the current one)."""
        raw = self.metadata.get("format_version", "")
        try:
            return int(float(raw))
        except ValueError:
            return FORMAT_VERSION

    def close(self) -> None:
        self.book.close()

    def check_unchanged(self) -> None:
        """Raise UnusableWorkbook (FILE_CHANGED) when the file is no longer the one opened: the guard,
        the rows and the SHA-256 logged would not be of one file (the import then rolls back)."""
        if self.identity is None:
            return
        try:
            now = identity(self.path)
        except OSError as e:
            raise _changed(self.path, e) from None
        if now != self.identity:
            raise p.UnusableWorkbook(
                p.FILE_CHANGED, self.file, "the file changed while it was being imported; import it again"
            )


def identity(path: Path) -> tuple:
    """What changes when a file is rewritten, replaced or moved away: size, modification time, inode."""
    st = os.stat(path)
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)


def _changed(path: Path, e: OSError) -> p.UnusableWorkbook:
    if isinstance(e, FileNotFoundError) or not os.path.exists(path):  # calamine's is a plain OSError
        return p.UnusableWorkbook(
            p.NOT_FOUND, path.name, "the file was moved or deleted while it was being imported"
        )
    return p.UnusableWorkbook(p.FILE_CHANGED, path.name, f"the file could not be read again ({e})")


def letter(index: int) -> str:
    """0 → 'A', 27 → 'AB'."""
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def open_workbook(path: Path) -> Opened:
    """Check and open `path`; raise UnusableWorkbook (with a stable code) when it cannot be imported."""
    path = Path(path)
    try:
        before = identity(path)
    except OSError:
        before = None  # missing, unreadable: the guard says so in its own words
    inspection = guard.inspect(path, keep_xml=True)  # the sliced reader reads the XML the guard inflated
    name = path.name
    if before is None:  # it appeared after all: not the file whose absence was seen
        raise p.UnusableWorkbook(p.FILE_CHANGED, name, "the file changed while it was being imported")
    try:
        book = open_backend(path, inspection)
    except OSError as e:  # moved, deleted or replaced since the guard read it
        raise _changed(path, e) from None
    try:
        warnings: list[p.FileWarning] = []
        metadata = _metadata(book)
        _check_format(metadata, name, warnings)
        layouts = []
        for sheet_name in book.sheet_names:
            if sheet_name in ("Metadata", "Summary", "Lists"):
                continue
            layout = _layout(book, sheet_name, name, warnings, inspection.rows.get(sheet_name, 0))
            if layout is None:
                book.forget(sheet_name)
                continue
            layout.formulas = inspection.formulas.get(sheet_name, set())
            layout.errors = inspection.errors.get(sheet_name, {})
            layout.long_text = inspection.long_text
            layouts.append(layout)
        if not layouts:
            raise p.UnusableWorkbook(
                p.NO_ACTIVITIES_SHEET, name, "no sheet with the HXL tag row (#meta+id, #activity+code, …)"
            )
        opened = Opened(path, file_sha256(path), metadata, layouts, warnings, book, before)
        opened.check_unchanged()  # what was checked, read and hashed is one and the same file
        return opened
    except OSError as e:
        book.close()
        raise _changed(path, e) from None
    except BaseException:
        book.close()
        raise


def _metadata(book) -> dict[str, str]:
    if "Metadata" not in book.sheet_names:
        return {}
    _, _, rows = book.head("Metadata", 200)
    book.forget("Metadata")
    out: dict[str, str] = {}
    for row in rows:
        if len(row) >= 2 and isinstance(row[0], str) and row[0].strip():
            value = row[1]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            out[row[0].strip()] = "" if value is None else str(value)
    return out


def _check_format(meta: dict[str, str], name: str, warnings: list[p.FileWarning]) -> None:
    if not meta:
        warnings.append(
            p.FileWarning(name, p.NO_METADATA, "no Metadata sheet: a template or a hand-made file")
        )
        return
    fmt = meta.get("format", "")
    if fmt and fmt != FORMAT_NAME:
        raise p.UnusableWorkbook(p.UNKNOWN_FORMAT, name, f"format {fmt!r} is not {FORMAT_NAME!r}")
    raw = meta.get("format_version", "")
    try:
        number = float(raw)
        version = int(number)  # OverflowError for inf, ValueError for nan
        if version != number:
            raise ValueError(raw)
    except (ValueError, OverflowError):
        raise p.UnusableWorkbook(
            p.UNSUPPORTED_VERSION, name, f"format version {raw!r} is not a whole number"
        ) from None
    if version not in READABLE_VERSIONS:
        newer = " (written by a newer fieldapp: update this one)" if version > FORMAT_VERSION else ""
        raise p.UnusableWorkbook(
            p.UNSUPPORTED_VERSION,
            name,
            f"format version {version}, this fieldapp reads {FORMAT_VERSION}{newer}",
        )


def _layout(book, sheet_name: str, name: str, warnings: list[p.FileWarning], last_row: int) -> Layout | None:
    start_row, start_col, head = book.head(sheet_name, HEAD_ROWS)
    for i, values in enumerate(head):
        tags = [normalise_tag(v) for v in values]
        known = [t for t in tags if t in TAG_INDEX]
        if len(known) < 3:
            continue
        above = head[i - 1] if i > 0 else []
        placed: list[Placed] = []
        seen: set[str] = set()
        for j, tag in enumerate(tags):
            if tag not in TAG_INDEX:
                continue
            col = start_col + j
            if tag in seen:
                warnings.append(
                    p.FileWarning(name, p.DUPLICATE_COLUMN, tag, sheet_name, start_row + i + 1, letter(col))
                )
                continue
            seen.add(tag)
            header = above[j] if j < len(above) and isinstance(above[j], str) else ""
            placed.append(Placed(col, letter(col), TAG_INDEX[tag], header))
        missing = [t for t in REQUIRED_TAGS if normalise_tag(t) not in seen]
        missing += [
            " or ".join(pair) for pair in CODE_OR_NAME if not any(normalise_tag(t) in seen for t in pair)
        ]
        if missing:
            raise p.UnusableWorkbook(
                p.MISSING_COLUMNS, name, f"sheet {sheet_name!r} lacks {', '.join(missing)}"
            )
        tag_row = start_row + i + 1
        return Layout(sheet_name, tag_row, placed, start_col, max(last_row - tag_row, 0))
    return None
