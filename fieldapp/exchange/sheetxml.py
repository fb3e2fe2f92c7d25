"""Rows of a worksheet written as SpreadsheetML text directly, for the export's Activities sheets.

openpyxl builds an object per cell and an XML element per object; at 100,000 records × 32 columns
that is most of an export's time. Here a row is one string built from per-column templates. Every
text is an inline string (`t="inlineStr"`), so nothing can become a formula or an error value, and
it is escaped by `cells.escape` exactly as openpyxl's text cells are (control characters, CR,
literal `_xHHHH_`, white-space-only text), then XML-escaped; `xml:space="preserve"` is added whenever
the text starts or ends with white space. Dates are date serials with the sheet's date style.
The cells are byte for byte those openpyxl writes, so both readers read them alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from fieldapp.exchange import cells

# A text that may need more than copying: characters XML or cells.escape treat specially, '_x'
# (a possible _xHHHH_), or white space at either end. Everything else is written as it is.
_SUSPECT = re.compile(r"[\x00-\x1f&<>\ufffe\uffff\ud800-\udfff]|_x|^\s|\s$")
_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()


def inline_text(text: str) -> str:
    """The `<is>` element of a non-empty text cell holding `text` (escaped to read back exactly)."""
    if _SUSPECT.search(text) is None:
        return f"<is><t>{text}</t></is>"
    t = cells.escape(text)
    space = ' xml:space="preserve"' if t != t.strip() else ""
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<is><t{space}>{t}</t></is>"


def date_serial(d: date) -> int:
    """Excel's serial number of a date (the 1900 leap-year quirk below 1 March 1900 as openpyxl)."""
    serial = d.toordinal() - _EPOCH_ORDINAL
    return serial if serial > 60 else int(to_excel(d))


class RowWriter:
    """Turns a row of values (str, int, date, bool, float or None) into one `<row>` element."""

    def __init__(self, columns: int, date_style: int):
        self.letters = [get_column_letter(i) for i in range(1, columns + 1)]
        self.date_style = date_style

    def row(self, n: int, values: Sequence) -> str:
        r = str(n)
        out = [f'<row r="{r}">']
        add = out.append
        for letter, v in zip(self.letters, values, strict=False):
            if v is None:
                continue
            t = type(v)
            if t is str:
                if v:
                    add(f'<c r="{letter}{r}" t="inlineStr">{inline_text(v)}</c>')
                else:
                    add(f'<c r="{letter}{r}" t="inlineStr" />')
            elif t is int:
                add(f'<c r="{letter}{r}" t="n"><v>{v}</v></c>')
            else:
                add(self._other(f"{letter}{r}", v))
        add("</row>")
        return "".join(out)

    def _other(self, ref: str, v) -> str:
        if isinstance(v, bool):
            return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
        if isinstance(v, str):  # a subclass of str
            v = str(v)
            if not v:
                return f'<c r="{ref}" t="inlineStr" />'
            return f'<c r="{ref}" t="inlineStr">{inline_text(v)}</c>'
        if isinstance(v, int):
            return f'<c r="{ref}" t="n"><v>{int(v)}</v></c>'
        if isinstance(v, datetime):
            raise TypeError(f"{ref}: an Activities cell holds a date and time ({v!r}); dates only")
        if isinstance(v, date):
            return f'<c r="{ref}" s="{self.date_style}" t="n"><v>{date_serial(v)}</v></c>'
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                raise ValueError(f"{ref}: {v!r} cannot be written to a workbook")
            return f'<c r="{ref}" t="n"><v>{int(v) if v.is_integer() else repr(v)}</v></c>'
        raise TypeError(f"{ref}: cannot write a {type(v).__name__} to a workbook")
