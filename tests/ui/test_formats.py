"""One formats module for the UI: the same date, time and number read alike on every page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from fieldapp.ui.formats import day, format_date, format_number, moment, month, number
from fieldapp.ui.i18n import locale_for


def test_dates_have_four_digit_years_and_numbers_are_grouped_in_every_language():
    for language in ("kk", "ru", "en"):
        assert "2020" in day(language, date(2020, 4, 20))
        assert number(language, 1234567).replace("\xa0", " ").replace(",", " ") == "1 234 567"
    assert day("ru", "2020-04-20T10:00:00Z") == day("ru", date(2020, 4, 20)) == "20.04.2020"
    assert number("en", None) == day("en", None) == moment("en", 0) == ""
    assert month("en", "2020-04") == "Apr 2020"


def test_without_a_language_the_ui_language_in_use_decides():
    QLocale.setDefault(locale_for("kk"))  # what Translators.install does (reset after each test)
    assert format_date(date(2020, 4, 20)) == day("kk", date(2020, 4, 20))
    assert format_number(12345) == number("kk", 12345)
    assert moment(None, 1_587_380_400_000) == moment("kk", 1_587_380_400_000)


def test_the_record_table_and_its_history_write_a_moment_alike(qtbot, app_ctx, seed):
    from fieldapp.ui.activities.history import HistoryModel
    from fieldapp.ui.activities.model import COLUMNS, ActivityTableModel

    uuid = seed(app_ctx, 1)[0]
    rec = app_ctx.records.get(uuid)
    table = ActivityTableModel(app_ctx.records, "en")
    table.set_query()
    shown = table.data(table.index(0, COLUMNS.index("updated_at")))
    assert shown == moment(None, rec.updated_at) and shown.count(":") == 1
    history = HistoryModel(rec, app_ctx.records.history(uuid), "en")
    assert history.rowCount() >= 1


def test_numbers_and_dates_are_formatted_only_in_the_formats_module():
    from pathlib import Path

    ui = Path(__file__).parents[2] / "fieldapp" / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        if path.name == "formats.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if ".dateFormat(" in code or (".toString(" in code and "SequenceFormat" not in code):
                found.append(f"{path.relative_to(ui)}:{n}: {line.strip()}")
    assert found == [], "\n".join(found)
