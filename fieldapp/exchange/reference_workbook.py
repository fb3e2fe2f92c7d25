"""The reference workbook: the coordinator's versioned reference data, one sheet per list (issue 15).

Sheets `Kinds`, `Measures`, `Target groups`, `Site types`, `Languages`, `Partners`, `Offices`: row 1 holds
the column keys (`code`, `kk`, `ru`, `en`, …), one item per row below, in the order they are offered.
`Metadata` says `format = fieldapp-reference`, its `format_version`, and the `reference_version`.
Reading checks the file like every import (guard.inspect: zip bombs, XML bombs, formulas) and returns the
plain document `domain.reference.from_data` reads; what is wrong with it is an UnusableWorkbook.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from fieldapp.domain.reference import LANGUAGES
from fieldapp.exchange import guard
from fieldapp.exchange import problems as p
from fieldapp.exchange.cells import put
from fieldapp.exchange.reader import file_sha256

REFERENCE_FORMAT = "fieldapp-reference"
REFERENCE_FORMAT_VERSION = 1
NAMES = ("code", *LANGUAGES)
SHEETS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("kinds", "Kinds", (*NAMES, "measures", "weight", "retired")),
    ("measures", "Measures", (*NAMES, "implausible_above")),
    ("target_groups", "Target groups", NAMES),
    ("site_types", "Site types", NAMES),
    ("languages", "Languages", NAMES),
    ("partners", "Partners", NAMES),
    ("offices", "Offices", ("code", "name", "region")),
)
BOLD = Font(bold=True)
MAX_ROWS = 5000  # per list: far more than a campaign has; a bigger sheet is not a reference workbook


def write_reference_workbook(path: Path, data: dict, meta: dict[str, object]) -> None:
    """One sheet per list, then Metadata (format, version, who made it, when)."""
    wb = Workbook()
    wb.remove(wb.active)
    for key, title, columns in SHEETS:
        ws = wb.create_sheet(title)
        for j, col in enumerate(columns, 1):
            put(ws, 1, j, col).font = BOLD
        for r, item in enumerate(data.get(key, []), 2):
            for j, col in enumerate(columns, 1):
                value = item.get(col, "")
                if col == "measures":
                    value = " ".join(value)
                elif col == "retired":
                    value = 1 if value else 0
                put(ws, r, j, value)  # text stays text, exactly as typed (never a formula)
        for c in ws[1]:
            ws.column_dimensions[c.column_letter].width = 14 if c.value in ("code", "weight") else 36
    ws = wb.create_sheet("Metadata")
    put(ws, 1, 1, "key")
    put(ws, 1, 2, "value")
    for r, (k, v) in enumerate(
        {"format": REFERENCE_FORMAT, "format_version": REFERENCE_FORMAT_VERSION, **meta}.items(), 2
    ):
        put(ws, r, 1, k)
        put(ws, r, 2, v)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 40
    wb.save(path)


def is_reference_workbook(path: Path) -> bool:
    """True when `path` looks like a reference workbook (sheets Kinds and Metadata, no Activities).

    Cheap on purpose (it only reads the workbook's small index part): `fieldapp import` asks it of every
    single file before the real, fully checked read.
    """
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("xl/workbook.xml")
            if info.file_size > 1_000_000:
                return False
            xml = z.read(info)
    except (OSError, KeyError, ValueError, RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error):
        return False
    return b'name="Kinds"' in xml and b'name="Metadata"' in xml and b'name="Activities"' not in xml


def read_reference_workbook(path: Path) -> tuple[dict, dict[str, str], str]:
    """(data, metadata, sha256) of a reference workbook; UnusableWorkbook when it is not a usable one."""
    path = Path(path)
    name = path.name
    inspection = guard.inspect(path)
    for sheet, cells in inspection.formulas.items():
        if cells:
            row, col = sorted(cells)[0]
            raise p.UnusableWorkbook(p.FORMULA, name, f"sheet {sheet!r} cell {col}{row} holds a formula")
    if inspection.long_text:
        raise p.UnusableWorkbook(p.CELL_TOO_LONG, name, "a cell is longer than Excel allows")
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises many types for a damaged file
        raise p.UnusableWorkbook(p.BAD_XML, name, f"cannot be read ({type(e).__name__})") from None
    try:
        meta = _metadata(wb)
        if meta.get("format") != REFERENCE_FORMAT:
            raise p.UnusableWorkbook(p.UNKNOWN_FORMAT, name, f"not a reference workbook ({REFERENCE_FORMAT})")
        try:
            version = int(float(meta.get("format_version", "")))
        except ValueError:
            version = -1
        if version != REFERENCE_FORMAT_VERSION:
            raise p.UnusableWorkbook(
                p.UNSUPPORTED_VERSION, name, f"reference format version {meta.get('format_version')!r}"
            )
        try:
            ref_version = int(float(meta.get("reference_version", "")))
        except ValueError:
            raise p.UnusableWorkbook(
                p.UNSUPPORTED_VERSION, name, "no reference_version in Metadata"
            ) from None
        data: dict = {"version": ref_version}
        for key, title, columns in SHEETS:
            if key == "offices" and title not in wb.sheetnames:
                continue  # no Offices sheet: the expected offices stay (an empty sheet empties them)
            data[key] = _read_sheet(wb, title, columns, name) if title in wb.sheetnames else []
        for key in ("measures", "kinds", "target_groups", "site_types", "languages"):
            if not data[key]:
                raise p.UnusableWorkbook(p.MISSING_COLUMNS, name, f"the list {key!r} is missing or empty")
        return data, meta, file_sha256(path)
    finally:
        wb.close()


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _read_sheet(wb, title: str, columns: tuple[str, ...], name: str) -> list[dict]:
    ws = wb[title]
    rows = ws.iter_rows(values_only=True)
    head = [_text(v).casefold() for v in next(rows, ())]
    missing = [c for c in columns if c not in head and c not in ("weight", "retired", "implausible_above")]
    if missing:
        raise p.UnusableWorkbook(p.MISSING_COLUMNS, name, f"sheet {title!r} lacks {', '.join(missing)}")
    at = {c: head.index(c) for c in columns if c in head}
    out: list[dict] = []
    for n, row in enumerate(rows, 2):
        if n > MAX_ROWS:
            raise p.UnusableWorkbook(p.SPARSE_SHEET, name, f"sheet {title!r} has more than {MAX_ROWS} rows")
        values = {c: _text(row[i]) if i < len(row) else "" for c, i in at.items()}
        if not any(values.values()):
            continue
        item: dict = {c: values.get(c, "") for c in columns}
        if "measures" in item:
            item["measures"] = item["measures"].replace(",", " ").replace(";", " ").split()
        if "weight" in item:
            item["weight"] = _int(item["weight"], 1)
        if "implausible_above" in item:
            item["implausible_above"] = _int(item["implausible_above"], 0)
        if "retired" in item:
            item["retired"] = item["retired"].casefold() in ("1", "true", "yes", "да", "иә", "x")
        item["_row"] = n
        out.append(item)
    return out


def _int(text: str, default: int) -> int:
    try:
        return int(float(text)) if text else default
    except ValueError:
        return -1


def _metadata(wb) -> dict[str, str]:
    if "Metadata" not in wb.sheetnames:
        return {}
    out: dict[str, str] = {}
    for n, row in enumerate(wb["Metadata"].iter_rows(values_only=True)):
        if n > 200:
            break
        if len(row) >= 2 and isinstance(row[0], str) and row[0].strip():
            out[row[0].strip()] = _text(row[1])
    return out
