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
from fieldapp.domain.record import Activity, iso_to_ms
from fieldapp.domain.reference import Reference

EXCEL_EPOCH = date(1899, 12, 30)
TRUE_WORDS = {"1", "true", "yes", "y", "да", "иә", "ия", "x", "deleted"}
FALSE_WORDS = {"0", "false", "no", "n", "нет", "жоқ", ""}
_SPLIT = re.compile(r"[;,\n]+")
_INT_TEXT = re.compile(r"^[+]?\d+(?:[.,]0+)?$")


class CellError(ValueError):
    """A cell that cannot be read as its column's type; `code` is stable, for the front ends."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Column:
    """One column: the record field it carries, its headers, its HXL tag and its type.

    Types: text, code (kind / site type / material language), region, codes (target groups), date,
    int, timestamp (UTC ISO text), bool, uuid, name_of (a derived name, read only as a fallback).
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
    Column("office", "#org+code+reporting", "text", _h("Office", "Офис", "Кеңсе"), 10),
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
    Column("version", "#meta+version", "int", _h("Version", "Версия", "Нұсқа"), 8, bookkeeping=True),
    Column("deleted", "#meta+deleted", "bool", _h("Deleted", "Удалено", "Жойылған"), 8, bookkeeping=True),
    Column(
        "origin_office",
        "#org+code+origin",
        "text",
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


def formatters(ref: Reference, language: str) -> list[Callable[[Activity], Any]]:
    """The formatter of every column, in order: record → cell value. Dates stay dates, numbers ints,
    timestamps become UTC ISO text, target groups space-separated codes, the deleted flag 1/0."""
    kind_names = {k.code: k.name(language) for k in ref.kinds}
    region_names = {r.code: r.name(language) for r in ref.regions}
    getters: list[Callable[[Activity], Any]] = []
    for col in COLUMNS:
        get = attrgetter(col.field) if col.type != "name_of" else None
        if col.field == "kind_name":
            getters.append(lambda r, d=kind_names: d.get(r.kind, ""))
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
    if value is None:
        return ""
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
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return canonical_text(value)
    return value if isinstance(value, str) else str(value)


def parse_int(value: Any) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError("not_an_integer")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellError("not_an_integer")
    if isinstance(value, str):
        s = "".join(value.split()).replace("\u00a0", "")
        if _INT_TEXT.match(s):
            return int(re.split(r"[.,]", s)[0])
        if s.startswith("-") and _INT_TEXT.match(s[1:]):
            return -int(re.split(r"[.,]", s[1:])[0])
    raise CellError("not_an_integer")


def parse_date(value: Any) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel serial day numbers up to 9999-12-31
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError("not_a_date")
    if isinstance(value, str):
        s = value.strip()
        for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"):
            try:
                return datetime.strptime(s, fmt).date()
            except ValueError:
                continue
    raise CellError("not_a_date")


def parse_timestamp(value: Any) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return iso_to_ms(value.isoformat())
    if isinstance(value, str):
        try:
            return iso_to_ms(value)
        except ValueError:
            pass
    raise CellError("bad_timestamp")


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
    text = parse_text(value)
    if not text:
        return ()
    codes = _codes(items)
    tokens = text.split(" ")
    if all(t in codes for t in tokens):  # the exported form: codes separated by single spaces
        return tuple(dict.fromkeys(tokens))
    whole = ref.resolve_code(items, text)
    if whole:
        return (whole,)
    tokens = _SPLIT.split(text) if _SPLIT.search(text) else text.split()
    out: list[str] = []
    for token in (t.strip() for t in tokens):
        if token:
            code = ref.resolve_code(items, token) or token
            if code not in out:
                out.append(code)
    return tuple(out)
