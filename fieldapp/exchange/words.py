"""The words written into workbooks for people (summary, report), in Kazakh, Russian and English.

Measure names are not here: they come from the reference data, like everywhere else in the app.
"""

from __future__ import annotations

from fieldapp.domain.reference import reference
from fieldapp.exchange.columns import UNKNOWN_KIND

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
    # the report (issue 14): period on every sheet, method note, breakdowns, map, targets
    "overview": {"en": "Overview", "ru": "Обзор", "kk": "Шолу"},
    "method": {"en": "How it counts", "ru": "Как считается", "kk": "Қалай есептеледі"},
    "method_note": {
        "en": "People reached is the sum of the reach reported for each activity, not a count of unique "
              "people: one person reached by two activities counts twice. Deleted records are not counted. "
              "An activity belongs to the period by its start date.",
        "ru": "«Охвачено людей» — сумма охвата, указанного по каждому мероприятию, а не число уникальных "
              "людей: человек, охваченный двумя мероприятиями, учтён дважды. "
              "Удалённые записи не учитываются. "
              "Мероприятие относится к периоду по дате начала.",
        "kk": "«Қамтылған адамдар» — әр іс-шара бойынша көрсетілген қамтудың қосындысы, бірегей адамдар саны "
              "емес: екі іс-шара қамтыған адам екі рет есептеледі. Жойылған жазбалар есептелмейді. "
              "Іс-шара кезеңге басталған күні бойынша жатады."},
    "na_note": {"en": "— : not applicable (no activity in the row records this measure); "
                      "0 is a reported zero.",
                "ru": "— : не применимо (ни одно мероприятие в строке не учитывает этот показатель); 0 — "
                      "указанный ноль.",
                "kk": "— : қолданылмайды (жолдағы бірде-бір іс-шара бұл көрсеткішті есептемейді); 0 — "
                      "көрсетілген нөл."},
    "overlap_note": {"en": "A record with several entries counts under each; "
                           "the total counts every record once.",
                     "ru": "Запись с несколькими значениями учтена в каждом из них; итог учитывает каждую "
                           "запись один раз.",
                     "kk": "Бірнеше мәні бар жазба әрқайсысында есептеледі; жиынтық әр жазбаны бір рет "
                           "есептейді."},
    "offices_reporting": {"en": "Offices reporting in the period", "ru": "Офисов, отчитавшихся за период",
                          "kk": "Кезеңде есеп берген кеңселер"},
    "of_expected": {"en": "{n} of {m} expected ({p})", "ru": "{n} из {m} ожидаемых ({p})",
                    "kk": "күтілген {m} кеңсенің {n} ({p})"},
    "expected_note_listed": {
        "en": "Expected: the offices on the coordinator's reference list (Offices); an office not on it is "
              "shown but not counted.",
        "ru": "Ожидаемые: офисы из справочного списка координатора (Офисы); офис не из списка показан, "
              "но не учитывается.",
        "kk": "Күтілгендер: үйлестірушінің анықтамалық тізіміндегі кеңселер (Кеңселер); тізімде жоқ кеңсе "
              "көрсетіледі, бірақ есептелмейді.",
    },
    "not_listed": {"en": "not on the list", "ru": "нет в списке", "kk": "тізімде жоқ"},
    "expected_note": {"en": "Expected: every office this installation has records or workbooks from.",
                      "ru": "Ожидаемые: все офисы, чьи записи или книги есть в этой установке.",
                      "kk": "Күтілгендер: осы орнатуда жазбалары немесе кітаптары бар барлық кеңселер."},
    "headline": {"en": "Totals for the period", "ru": "Итоги за период", "kk": "Кезең қорытындысы"},
    "map_title": {"en": "Map: {m} by region", "ru": "Карта: {m} по регионам",
                  "kk": "Карта: өңірлер бойынша {m}"},
    "no_data": {"en": "no records", "ru": "нет записей", "kk": "жазба жоқ"},
    "code": {"en": "Code", "ru": "Код", "kk": "Коды"},
    "reporting": {"en": "Reported in the period", "ru": "Отчитался за период", "kk": "Кезеңде есеп берді"},
    "records_all": {"en": "Records, all dates", "ru": "Записей за всё время", "kk": "Барлық жазбалар"},
    "no": {"en": "no", "ru": "нет", "kk": "жоқ"},
    "target_group": {"en": "Target group", "ru": "Целевая группа", "kk": "Мақсатты топ"},
    "language": {"en": "Materials language", "ru": "Язык материалов", "kk": "Материалдар тілі"},
    "partner": {"en": "Partner", "ru": "Партнёр", "kk": "Серіктес"},
    "site_type": {"en": "Site type", "ru": "Тип места", "kk": "Орын түрі"},
    "by_region_kind_sheet": {"en": "Region × activity", "ru": "Регион × мероприятие", "kk": "Өңір × іс-шара"},
    "by_target_group": {"en": "By target group", "ru": "По целевым группам", "kk": "Мақсатты топтар бойынша"},
    "by_language": {"en": "By materials language", "ru": "По языку материалов",
                    "kk": "Материалдар тілі бойынша"},
    "by_partner": {"en": "By partner", "ru": "По партнёрам", "kk": "Серіктестер бойынша"},
    "by_site_type": {"en": "By site type", "ru": "По типу места", "kk": "Орын түрі бойынша"},
    "none_given": {"en": "(not given)", "ru": "(не указано)", "kk": "(көрсетілмеген)"},
    "targets": {"en": "Targets", "ru": "Цели", "kk": "Мақсаттар"},
    "no_targets": {"en": "No targets set for this period.", "ru": "Цели на этот период не заданы.",
                   "kk": "Бұл кезеңге мақсат қойылмаған."},
    "measure": {"en": "Measure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "from": {"en": "From", "ru": "С", "kk": "Бастап"},
    "to": {"en": "To", "ru": "По", "kk": "Дейін"},
    "planned": {"en": "Planned", "ru": "План", "kk": "Жоспар"},
    "achieved": {"en": "Achieved", "ru": "Достигнуто", "kk": "Қол жеткізілді"},
    "percent": {"en": "% of plan", "ru": "% от плана", "kk": "Жоспардың %"},
    "counted_for": {"en": "Achieved counted for", "ru": "Достигнуто учтено за",
                    "kk": "Қол жеткізілгені есептелген кезең"},
    "targets_note": {
        "en": "Achieved counts only the part of each target's period inside the report's period (column "
              "\"Achieved counted for\"); planned is the figure for the target's whole period.",
        "ru": "Достигнутое считается только за ту часть периода цели, что лежит внутри периода отчёта "
              "(столбец «Достигнуто учтено за»); план — это цифра на весь период цели.",
        "kk": "Қол жеткізілгені мақсат кезеңінің есеп кезеңі ішіндегі бөлігі үшін ғана есептеледі "
              "(«Қол жеткізілгені есептелген кезең» бағаны); жоспар — мақсаттың бүкіл кезеңіне арналған сан.",
    },
    "all_regions": {"en": "all regions", "ru": "все регионы", "kk": "барлық өңірлер"},
    # a code of newer reference data, not known here yet
    "unknown_kind": UNKNOWN_KIND,
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
