"""The one column specification of the Activities sheet: header, HXL tag, type, parser and formatter."""

from __future__ import annotations

import re
import time
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from operator import attrgetter
from typing import Any

from fieldapp.domain import clock
from fieldapp.domain.record import MAX_NUMBER, MAX_TIMESTAMP, MIN_TIMESTAMP, Activity, iso_to_ms
from fieldapp.domain.reference import Reference
from fieldapp.domain.validation import looks_like_code

EXCEL_EPOCH = date(1899, 12, 30)
TRUE_WORDS = {"1", "true", "yes", "y", "да", "иә", "ия", "x", "deleted"}
FALSE_WORDS = {"0", "false", "no", "n", "нет", "жоқ", ""}
_STRONG_SPLIT = re.compile(r"[;\n\r]+")


class CellError(ValueError):
    """A cell that cannot be read as its column's type; `code` is stable, for the front ends."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Column:
    """One column: the record field it carries, its headers, its HXL tag and its type.

    Types: text, office (an office code), code (kind / site type / material language), region, codes
    (target groups), date, int, version, timestamp (UTC ISO text), bool, uuid, name_of (a derived name,
    read only as a fallback).
    """

    field: str
    tag: str
    type: str
    headers: dict[str, str]
    width: int = 14
    kinds_only: bool = False  # a measure: only some activity kinds use it
    bookkeeping: bool = False
    since: int = 1  # the exchange format version that added the column

    def header(self, language: str) -> str:
        return self.headers.get(language) or self.headers["en"]


def _h(en: str, ru: str, kk: str) -> dict[str, str]:
    return {"en": en, "ru": ru, "kk": kk}


COLUMNS: tuple[Column, ...] = (
    Column("uuid", "#meta+id", "uuid", _h("Record ID", "ID записи", "Жазба ID"), 38, bookkeeping=True),
    Column("office", "#org+code+reporting", "office", _h("Office", "Офис", "Кеңсе"), 10),
    Column("kind", "#activity+code", "code", _h("Activity code", "Код мероприятия", "Іс-шара коды"), 14),
    Column("kind_name", "#activity+name", "name_of", _h("Activity", "Мероприятие", "Іс-шара"), 28),
    Column("start_date", "#date+start", "date", _h("Start date", "Дата начала", "Басталған күні"), 12),
    Column("end_date", "#date+end", "date", _h("End date", "Дата окончания", "Аяқталған күні"), 12),
    Column("region", "#adm1+code", "region", _h("Region code", "Код региона", "Өңір коды"), 9),
    Column("region_name", "#adm1+name", "name_of", _h("Region", "Регион", "Өңір"), 26),
    Column("district", "#adm2+name", "text", _h("District", "Район", "Аудан"), 18),
    Column(
        "settlement",
        "#loc+name",
        "text",
        _h("Settlement / site", "Населённый пункт / место", "Елді мекен / орын"),
        22,
    ),
    Column("site_type", "#loc+type+code", "code", _h("Site type", "Тип места", "Орын түрі"), 14),
    Column(
        "language",
        "#output+lang+code",
        "code",
        _h("Materials language", "Язык материалов", "Материалдар тілі"),
        10,
    ),
    Column(
        "target_groups",
        "#beneficiary+code",
        "codes",
        _h("Target groups", "Целевые группы", "Мақсатты топтар"),
        30,
    ),
    Column("partners", "#org+name+impl", "text", _h("Partners", "Партнёры", "Серіктестер"), 22),
    Column(
        "items_distributed",
        "#output+num+items",
        "int",
        _h("Items distributed", "Распространено материалов", "Таратылған материалдар"),
        12,
        kinds_only=True,
    ),
    Column(
        "sites_covered",
        "#output+num+sites",
        "int",
        _h("Sites / branches", "Пунктов / отделений", "Нысандар / бөлімшелер"),
        12,
        kinds_only=True,
    ),
    Column(
        "sessions",
        "#output+num+sessions",
        "int",
        _h("Sessions / broadcasts", "Сессий / показов", "Сессиялар / көрсетілімдер"),
        12,
        kinds_only=True,
    ),
    Column(
        "volunteers",
        "#output+num+volunteers",
        "int",
        _h("Volunteers", "Волонтёров", "Еріктілер"),
        12,
        kinds_only=True,
    ),
    Column(
        "volunteer_hours",
        "#output+num+hours+volunteers",
        "int",
        _h("Volunteer hours", "Волонтёрских часов", "Еріктілер сағаттары"),
        12,
        kinds_only=True,
    ),
    Column(
        "people_reached",
        "#reached+ind",
        "int",
        _h("People reached", "Охвачено людей", "Қамтылған адамдар"),
        12,
        kinds_only=True,
    ),
    Column(
        "children_reached",
        "#reached+ind+children",
        "int",
        _h("of them children", "из них детей", "оның ішінде балалар"),
        12,
        kinds_only=True,
    ),
    Column("notes", "#description", "text", _h("Notes", "Примечания", "Ескертпелер"), 40),
    Column("entered_by", "#contact+name", "text", _h("Entered by", "Внёс(ла)", "Енгізген"), 16),
    Column(
        "created_at",
        "#date+created",
        "timestamp",
        _h("Created (UTC)", "Создано (UTC)", "Құрылған (UTC)"),
        25,
        bookkeeping=True,
    ),
    Column(
        "updated_at",
        "#date+updated",
        "timestamp",
        _h("Updated (UTC)", "Изменено (UTC)", "Өзгертілген (UTC)"),
        25,
        bookkeeping=True,
    ),
    Column("version", "#meta+version", "version", _h("Version", "Версия", "Нұсқа"), 8, bookkeeping=True),
    Column("deleted", "#meta+deleted", "bool", _h("Deleted", "Удалено", "Жойылған"), 8, bookkeeping=True),
    Column(
        "origin_office",
        "#org+code+origin",
        "office",
        _h("Origin office", "Офис-источник", "Бастапқы кеңсе"),
        10,
        bookkeeping=True,
    ),
    Column(
        "origin_device",
        "#meta+device+origin",
        "text",
        _h("Origin device", "Устройство-источник", "Бастапқы құрылғы"),
        38,
        bookkeeping=True,
    ),
    Column(
        "updated_device",
        "#meta+device+updated",
        "text",
        _h("Updated on device", "Изменено на устройстве", "Өзгерткен құрылғы"),
        38,
        bookkeeping=True,
    ),
    Column(
        "clock",
        "#meta+stamps",
        "stamps",
        _h("Edit stamps", "Метки правок", "Түзету белгілері"),
        30,
        bookkeeping=True,
        since=2,
    ),
    Column(
        "conflicts",
        "#meta+conflicts",
        "conflicts",
        _h("Conflicts", "Конфликты", "Қайшылықтар"),
        30,
        bookkeeping=True,
        since=2,
    ),
)

BY_FIELD = {c.field: c for c in COLUMNS}
# Without these an Activities sheet cannot be read at all (a name column can stand in for its code).
REQUIRED_TAGS = ("#org+code+reporting", "#date+start")
CODE_OR_NAME = (("#activity+code", "#activity+name"), ("#adm1+code", "#adm1+name"))


def normalise_tag(text: Any) -> str | None:
    """'#Org +Reporting+code' → '#org+code+reporting' (HXL attributes are unordered); None if no tag."""
    if not isinstance(text, str):
        return None
    s = "".join(text.split()).lower()
    if not s.startswith("#") or len(s) < 2:
        return None
    parts = s[1:].split("+")
    if not parts[0]:
        return None
    return "#" + "+".join([parts[0], *sorted(p for p in parts[1:] if p)])


TAG_INDEX = {normalise_tag(c.tag): c for c in COLUMNS}


# -- formatting (record → cell value) ----------------------------------------------------------


def _iso(ms: int) -> str:
    """Epoch ms → '2020-04-20T08:06:40.000Z' (as domain.record.ms_to_iso, without datetime objects)."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + f".{ms % 1000:03d}Z"


# The name of a kind this installation does not know yet (the same words as `words.kind_name`).
UNKNOWN_KIND = {
    "en": "unknown kind ({code})",
    "ru": "неизвестный вид ({code})",
    "kk": "белгісіз түр ({code})",
}


def formatters(ref: Reference, language: str) -> list[Callable[[Activity], Any]]:
    """The formatter of every column, in order: record → cell value. Dates stay dates, numbers ints,
    timestamps become UTC ISO text, target groups space-separated codes, the deleted flag 1/0."""
    kind_names = {k.code: k.name(language) for k in ref.kinds}
    region_names = {r.code: r.name(language) for r in ref.regions}
    getters: list[Callable[[Activity], Any]] = []
    for col in COLUMNS:
        get = attrgetter(col.field) if col.type != "name_of" else None
        if col.field == "kind_name":
            # A kind of newer reference data is passed on named by its code, never with a blank name.
            unknown = UNKNOWN_KIND.get(language, UNKNOWN_KIND["en"])
            getters.append(lambda r, d=kind_names, u=unknown: d.get(r.kind) or u.format(code=r.kind))
        elif col.field == "region_name":
            getters.append(lambda r, d=region_names: d.get(r.region, ""))
        elif col.type == "timestamp":
            getters.append(lambda r, g=get: _iso(g(r)) if g(r) else "")
        elif col.type == "codes":
            getters.append(lambda r, g=get: " ".join(g(r)))
        elif col.type == "bool":
            getters.append(lambda r, g=get: 1 if g(r) else 0)
        elif col.type == "stamps":  # records from before merge version 2 get their implied clock
            getters.append(lambda r: r.clock or clock.of(r).text())
        else:
            getters.append(get)
    return getters


def canonical_text(value: Any) -> str:
    """A cell value as text, the same for what was written and for what a spreadsheet gives back."""
    kind = type(value)  # the common cases first (checksum lines of every imported row)
    if kind is str:
        return value
    if kind is int:
        return str(value)
    if value is None:
        return ""
    if kind is float:  # numbers as a reader gives them
        return str(int(value)) if value.is_integer() else str(value)
    if kind is date:
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- parsing (cell value → field value) --------------------------------------------------------


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_text(value: Any) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        if value != value or value in (_INF, -_INF):
            raise CellError("error_cell")  # a number cell holding NaN or inf: no text it could mean
    if isinstance(value, datetime | date):
        return canonical_text(value)
    return value if isinstance(value, str) else str(value)


_GROUPED = re.compile(r"[0-9]{1,3}(?:([ ,.])[0-9]{3})(?:\1[0-9]{3})*")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def parse_free_text(value: Any) -> str:
    """A text column people type into: kept exactly, even when it is only spaces or invisible marks."""
    if value.__class__ is str:
        return value
    return parse_text(value)


def parse_int(value: Any) -> int | None:
    """A whole number, from a number cell or from text in the forms `docs/exchange-format.md` lists.

    Text that a reader in another locale would take for a different number (`1,000`, `10.000`) is
    refused as ambiguous rather than guessed; a number past what a spreadsheet holds exactly, or
    not finite, is refused too. Nothing is ever rounded or divided.
    """
    if is_blank(value):
        return None
    kind = type(value)
    if kind is int:
        return _bounded(value)
    if kind is float:
        if value != value:  # NaN
            raise CellError("not_an_integer")
        if value in (_INF, -_INF) or abs(value) > MAX_NUMBER:
            raise CellError("too_large")
        if value.is_integer():
            return int(value)
        raise CellError("not_an_integer")
    if kind is str:
        return _int_text(value)
    raise CellError("not_an_integer")  # a bool, a date, anything else


_INF = float("inf")


def _bounded(n: int) -> int:
    if n > MAX_NUMBER or n < -MAX_NUMBER:
        raise CellError("too_large")
    return n


def _int_text(value: str) -> int:
    s = value.strip().translate(_SPACES)
    sign = 1
    if s[:1] in ("-", "+", "\u2212"):
        sign = 1 if s[0] == "+" else -1
        s = s[1:]
    if not s or not s.isascii():
        raise CellError("not_an_integer")
    if s.isdigit():
        return _bounded(sign * int(s))
    whole, frac = s, ""
    i = max(s.rfind("."), s.rfind(","))
    if i >= 0:
        head, tail = s[:i], s[i + 1 :]
        other = "," if s[i] == "." else "."
        if len(tail) != 3 or other in head or " " in head:
            whole, frac = head, tail  # a decimal mark: 500.0, 500,00, 1,234.00, 1 200,000
            if not frac:
                raise CellError("not_an_integer")
        elif s.count(s[i]) == 1:
            raise CellError("ambiguous_number")  # 1,000 / 10.000: a thousand here, a fraction there
    if frac and not (frac.isdigit() and frac.count("0") == len(frac)):
        raise CellError("not_an_integer")
    if whole.isdigit():
        return _bounded(sign * int(whole))
    if whole[:1] != "0" and _GROUPED.fullmatch(whole):
        return _bounded(sign * int(whole.replace(" ", "").replace(",", "").replace(".", "")))
    raise CellError("not_an_integer")


def parse_date(value: Any) -> date | None:
    """A date cell, an Excel serial day number, or text in one of the forms the docs list.

    `dd/mm/yyyy` is read only when no other reading exists: `04/05/2020` (4 May, or April 5 in the US
    order) is refused as ambiguous; `20/04/2020` and `2020-04-20` are not.
    """
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel serial day numbers up to 9999-12-31 (NaN is not in range)
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError("not_a_date")
    if isinstance(value, str):
        s = value.strip()
        if not s.isascii():
            raise CellError("not_a_date")
        for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"):
            try:
                return datetime.strptime(s, fmt).date()
            except ValueError:
                continue
        if s.count("/") == 2:
            return _slashed(s)
    raise CellError("not_a_date")


def _slashed(s: str) -> date:
    readings = set()
    for fmt in ("%d/%m/%Y", "%m/%d/%Y"):
        try:
            readings.add(datetime.strptime(s, fmt).date())
        except ValueError:
            continue
    if len(readings) == 1:
        return readings.pop()
    raise CellError("ambiguous_date" if readings else "not_a_date")


_ISO_TS = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)


def parse_timestamp(value: Any) -> int | None:
    """UTC ISO 8601 text (a date cell with a time is taken as UTC); years 2000 to 9999 only."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        ms = iso_to_ms(value.isoformat())
    elif isinstance(value, str) and _ISO_TS.fullmatch(value.strip()):
        try:
            ms = iso_to_ms(value)
        except (ValueError, OverflowError):
            raise CellError("bad_timestamp") from None
    else:
        raise CellError("bad_timestamp")
    if not MIN_TIMESTAMP <= ms <= MAX_TIMESTAMP:
        raise CellError("bad_timestamp")
    return ms


def parse_version(value: Any) -> int | None:
    """The record's version counter: a whole number from 1 up."""
    try:
        n = parse_int(value)
    except CellError:
        raise CellError("bad_version") from None
    if n is not None and n < 1:
        raise CellError("bad_version")
    return n


OFFICE_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,31}")


def parse_office(value: Any) -> str:
    """An office code exactly as fieldapp writes it: 1–32 capitals, digits, '-' or '_' (or empty)."""
    text = parse_text(value)
    if text and not (text.isascii() and OFFICE_CODE.fullmatch(text)):
        raise CellError("bad_office_code")
    return text


def parse_bool(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise CellError("bad_boolean")
    s = str(value).strip().casefold()
    if s in TRUE_WORDS:
        return True
    if s in FALSE_WORDS:
        return False
    raise CellError("bad_boolean")


def parse_stamps(value: Any) -> str:
    """A record's clock (merge version 2), kept as the text it came in: "" when blank."""
    text = parse_text(value).strip()
    if text:
        try:
            clock.parse(text)
        except ValueError:
            raise CellError("bad_stamps") from None
    return text


def parse_conflicts(value: Any) -> str:
    text = parse_text(value).strip()
    if text:
        try:
            text = clock.conflicts_text(clock.parse_conflicts(text))
        except ValueError:
            raise CellError("bad_stamps") from None
    return text


def parse_uuid(value: Any) -> str | None:
    if is_blank(value):
        return None
    try:
        return str(uuidlib.UUID(str(value).strip()))
    except ValueError:
        raise CellError("bad_uuid") from None


@cache
def _codes(items: tuple) -> frozenset[str]:
    return frozenset(i.code for i in items)


def parse_code(items, value: Any, ref: Reference) -> str:
    """A code, or a name in any language, mapped to its code; unknown text is kept for validation."""
    text = parse_text(value)
    if not text or text in _codes(items):  # the exported form: no lookup needed
        return text
    return ref.resolve_code(items, text) or text


def parse_codes(items, value: Any, ref: Reference) -> tuple[str, ...]:
    """Several codes or names in one cell. `;` and line breaks always separate; a comma separates only
    where it does not fall inside a name ("Дети, затронутые миграцией, Беженцы" is two groups);
    spaces separate codes ("parents youth", the exported form). Unknown text is kept for validation."""
    text = parse_text(value)
    if not text:
        return ()
    codes = _codes(items)
    tokens = text.split(" ")
    if all(t in codes for t in tokens):  # the exported form: codes separated by single spaces
        return tuple(dict.fromkeys(tokens))
    out: list[str] = []
    for segment in _STRONG_SPLIT.split(text):
        for code in _segment_codes(items, segment, ref):
            if code not in out:
                out.append(code)
    return tuple(out)


def _segment_codes(items, segment: str, ref: Reference) -> list[str]:
    segment = segment.strip()
    if not segment:
        return []
    whole = ref.resolve_code(items, segment)
    if whole:
        return [whole]
    pieces = segment.split(",")
    if len(pieces) == 1:
        words = segment.split()
        found = [ref.resolve_code(items, w) or (w if looks_like_code(w) else None) for w in words]
        return [c for c in found if c] if all(found) else [segment]
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):  # the longest run of pieces that is one name
            code = ref.resolve_code(items, ",".join(pieces[i:j]))
            if code:
                out.append(code)
                i = j
                break
        else:
            if pieces[i].strip():
                out.append(pieces[i].strip())
            i += 1
    return out
