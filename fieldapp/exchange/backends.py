"""Two ways to read sheet rows: python-calamine (fast, holds a sheet in memory) and openpyxl read-only
(streams, flat memory) for sheets too large to hold."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from fieldapp.exchange import problems as p
from fieldapp.exchange.cells import unescape

# Above this many rows a sheet is streamed: calamine needs ~2.7 kB per row of the Activities sheet.
STREAM_ABOVE_ROWS = 250_000


def is_panic(e: BaseException) -> bool:
    """pyo3 turns a Rust panic into PanicException, a BaseException: treat it as unreadable input."""
    return type(e).__name__ == "PanicException"


def _unusable(code: str, file: str, e: BaseException) -> p.UnusableWorkbook:
    return p.UnusableWorkbook(code, file, f"cannot be read ({type(e).__name__}: {e})")


def _unreadable(file: str, e: BaseException) -> p.UnusableWorkbook:
    return p.UnusableWorkbook(p.UNREADABLE_VALUE, file, f"{type(e).__name__}: {e}")


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
        import python_calamine as pc

        try:
            return fn()
        except BaseException as e:
            if isinstance(e, pc.CalamineError) or is_panic(e):
                raise _unreadable(self.file, e) from None
            raise

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


def open_backend(path: Path, sheet_rows: dict[str, int]):
    """calamine unless a sheet holds so many rows that holding them would cost gigabytes.

    `sheet_rows` counts the rows a sheet really holds (its <row> elements), not its last row number:
    a few rows padded out to row 300,000 are read by calamine, as fast as any small file."""
    if max(sheet_rows.values(), default=0) > STREAM_ABOVE_ROWS:
        return StreamingBackend(path)
    return CalamineBackend(path)
