"""The one way fieldapp writes a text cell, and reads one back: always text, never a formula or an error
value, and escaped so that every string a person can type arrives exactly as it was written.

Spreadsheet XML cannot carry most control characters, turns a carriage return into a line feed, and
Excel (and python-calamine) decode `_xHHHH_` in text as the character HHHH, and readers drop text
that is only spaces, tabs or line feeds. So text is written with Excel's own escaping: a control
character or CR becomes `_x000D_`, an `_` that starts a literal `_xHHHH_` becomes `_x005F_`, and the
first character (or, when readers could not decode that, the last) of text that is only white space
is escaped too. Reading undoes exactly that
(`unescape`), the same on both readers.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES

# What must be escaped: control characters (tab and line feed travel as they are), CR, and the '_'
# opening a literal _xHHHH_ (a lookahead, so that '_x0041_x0042_' escapes both sequences).
_NEEDS = re.compile(r"[\x00-\x08\x0b-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")
# What readers decode: python-calamine turns _x00HH_ (any case) into the character, left to right.
_ESCAPED = re.compile(r"_x00([0-9A-Fa-f]{2})_")
# Characters no XML can hold at all; the domain refuses them at entry, so this is a last resort.
_UNWRITABLE = re.compile("[\ufffe\uffff\ud800-\udfff]")
ERRORS = frozenset(ERROR_CODES)
_XML_SPACE = " \t\n"


def _escape_one(m: re.Match) -> str:
    ch = m.group()
    return "_x005F_" if ch == "_" else f"_x{ord(ch):04X}_"


def _blank(text: str) -> bool:
    """White space only (Python's sense: openpyxl then omits xml:space="preserve") with XML white space
    at an end, which readers drop: ' \xa0' comes back as '\xa0' unless its first character is escaped."""
    return not text.strip() and text.strip(_XML_SPACE) != text


def escape(text: str) -> str:
    """Text as it must stand in the sheet XML so that a reader gives back `text` itself."""
    if _UNWRITABLE.search(text):
        text = _UNWRITABLE.sub("\ufffd", text)
    if text and _blank(text):
        # One character escaped keeps the white space: the first, unless readers could not decode it
        # (they decode _x00HH_ only: '\u2028 '), then the last, which is then XML white space. The rest
        # may still hold a CR or a control character Python counts as white space ('\r\r\n', ' \x1f').
        i = 0 if ord(text[0]) < 0x100 else len(text) - 1
        head, tail = _NEEDS.sub(_escape_one, text[:i]), _NEEDS.sub(_escape_one, text[i + 1 :])
        return f"{head}_x{ord(text[i]):04X}_{tail}"
    return _NEEDS.sub(_escape_one, text)


def unescape(text: str) -> str:
    """What a spreadsheet reader makes of escaped text (python-calamine's rule, for openpyxl's values)."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def needs_cell(text: str) -> bool:
    """Would this text, written as a plain value, become a formula or an error, or change on its way?"""
    return bool(text) and (
        text[0] == "=" or text in ERRORS or _NEEDS.search(text) is not None or _blank(text)
    )


def text_cell(ws, text: str, font=None):
    """A cell that is text whatever it holds ('=…' never becomes a formula, '#N/A' never an error)."""
    cell = WriteOnlyCell(ws)
    cell.value = escape(text)
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def value(ws, v: Any):
    """A value ready for `ws.append`: text that needs it becomes a text cell; anything else as it is."""
    if isinstance(v, str) and needs_cell(v):
        return text_cell(ws, v)
    return v


def row(ws, values) -> list:
    """A row for `ws.append` in which every text is written as text (see `value`)."""
    return [value(ws, v) for v in values]


def put(ws, row: int, column: int, v: Any):
    """Write one cell of a normal (not write-only) sheet; text is always a text cell."""
    cell = ws.cell(row=row, column=column)
    if isinstance(v, str):
        cell.value = escape(v)
        cell.data_type = "s"
    else:
        cell.value = v
    return cell
