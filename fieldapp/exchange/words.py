"""The words written into workbooks for people (summary, report), in Kazakh, Russian and English.

Measure names are not here: they come from the reference data, like everywhere else in the app.
"""

from __future__ import annotations

from fieldapp.domain.reference import reference

WORDS = {
    # the export's Summary sheet
    "summary": {"en": "Summary (deleted records not counted)", "ru": "Сводка (без удалённых записей)",
                "kk": "Жиынтық (жойылған жазбаларсыз)"},
    "by_region_kind": {"en": "Records by region and activity", "ru": "Записи по регионам и мероприятиям",
                       "kk": "Өңірлер мен іс-шаралар бойынша жазбалар"},
    # the report workbook
    "title": {"en": "Consolidated outreach report", "ru": "Сводный отчёт по охвату",
              "kk": "Қамту туралы жиынтық есеп"},
    "generated": {"en": "Generated", "ru": "Сформирован", "kk": "Жасалған"},
    "by": {"en": "Installation", "ru": "Установка", "kk": "Орнату"},
    "period": {"en": "Period", "ru": "Период", "kk": "Кезең"},
    "all": {"en": "all dates", "ru": "все даты", "kk": "барлық күндер"},
    "offices": {"en": "Offices", "ru": "Офисы", "kk": "Кеңселер"},
    "last_activity": {"en": "Latest activity", "ru": "Последнее мероприятие", "kk": "Соңғы іс-шара"},
    "last_import": {"en": "Latest workbook received", "ru": "Последняя полученная книга",
                    "kk": "Соңғы алынған кітап"},
    "overdue": {"en": "Not reported recently", "ru": "Давно не отчитывался", "kk": "Көптен есеп бермеген"},
    "yes": {"en": "yes", "ru": "да", "kk": "иә"},
    "never": {"en": "never", "ru": "никогда", "kk": "ешқашан"},
    # column heads and sheet names shared by both
    "office": {"en": "Office", "ru": "Офис", "kk": "Кеңсе"},
    "region": {"en": "Region", "ru": "Регион", "kk": "Өңір"},
    "kind": {"en": "Activity", "ru": "Мероприятие", "kk": "Іс-шара"},
    "month": {"en": "Month", "ru": "Месяц", "kk": "Ай"},
    "records": {"en": "Records", "ru": "Записей", "kk": "Жазбалар"},
    "total": {"en": "Total", "ru": "Итого", "kk": "Барлығы"},
    "by_office": {"en": "By office", "ru": "По офисам", "kk": "Кеңселер бойынша"},
    "by_region": {"en": "By region", "ru": "По регионам", "kk": "Өңірлер бойынша"},
    "by_kind": {"en": "By activity", "ru": "По мероприятиям", "kk": "Іс-шаралар бойынша"},
    "by_month": {"en": "By month", "ru": "По месяцам", "kk": "Айлар бойынша"},
    # a code of newer reference data, not known here yet
    "unknown_kind": {"en": "unknown kind ({code})", "ru": "неизвестный вид ({code})",
                     "kk": "белгісіз түр ({code})"},
}  # fmt: skip


def word(key: str, language: str) -> str:
    return WORDS[key].get(language) or WORDS[key]["en"]


def kind_name(code: str, language: str) -> str:
    """A kind's name, or "unknown kind (code)" for a kind of newer reference data."""
    kind = reference().kind(code)
    return kind.name(language) if kind else word("unknown_kind", language).format(code=code)


def measure_name(code: str, language: str) -> str:
    """A measure's name from the reference data ('people_reached' → 'Охвачено людей')."""
    return reference().measure(code).name(language)
