"""The one period picker: presets relative to today, edited dates become a custom period, the signal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication

from fieldapp.ui.widgets.period import PRESETS, PeriodSelector, preset_range

TODAY = date(2024, 5, 15)


@pytest.fixture
def picker(qtbot):
    w = PeriodSelector(today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("all", (None, None)),
        ("this_month", (date(2024, 5, 1), TODAY)),
        ("last_month", (date(2024, 4, 1), date(2024, 4, 30))),
        ("this_quarter", (date(2024, 4, 1), TODAY)),
        ("this_year", (date(2024, 1, 1), TODAY)),
        ("last_year", (date(2023, 1, 1), date(2023, 12, 31))),
        ("last_30_days", (date(2024, 4, 16), TODAY)),
        ("last_12_months", (date(2023, 6, 1), TODAY)),
    ],
)
def test_presets_give_their_ranges_relative_to_today(picker, qtbot, preset, expected):
    with qtbot.waitSignal(picker.periodChanged) as emitted:
        picker.set_preset(preset)
    assert picker.period() == expected
    assert tuple(emitted.args) == expected
    assert picker.date_from.isVisibleTo(picker) == (preset != "all")


def test_ranges_across_the_turn_of_the_year():
    january = date(2025, 1, 10)
    assert preset_range("last_month", january) == (date(2024, 12, 1), date(2024, 12, 31))
    assert preset_range("this_quarter", january) == (date(2025, 1, 1), january)
    assert preset_range("last_12_months", january) == (date(2024, 2, 1), january)
    assert preset_range("this_quarter", date(2025, 12, 31)) == (date(2025, 10, 1), date(2025, 12, 31))


def test_the_constructor_chooses_a_preset_and_the_dates_start_in_2020(qtbot):
    w = PeriodSelector(preset="last_12_months", today=TODAY)  # a plain date does as well
    qtbot.addWidget(w)
    assert w.current_preset() == "last_12_months"
    assert w.period() == (date(2023, 6, 1), TODAY)
    assert w.date_from.minimumDate() == QDate(2020, 1, 1)
    assert [w.preset.itemData(i) for i in range(w.preset.count())] == list(PRESETS)


def test_editing_a_date_switches_to_custom_and_emits_once(picker, qtbot):
    picker.set_preset("this_year")
    emitted = []
    picker.periodChanged.connect(lambda a, b: emitted.append((a, b)))
    picker.date_from.setDate(QDate(2024, 2, 1))
    assert picker.current_preset() == "custom"
    assert emitted == [(date(2024, 2, 1), TODAY)]
    assert picker.period() == (date(2024, 2, 1), TODAY)


def test_set_period_is_custom_and_a_reversed_pair_comes_back_in_order(picker, qtbot):
    with qtbot.waitSignal(picker.periodChanged) as emitted:
        picker.set_period(date(2021, 12, 31), date(2021, 1, 1))
    assert picker.current_preset() == "custom" and picker.date_to.isVisibleTo(picker)
    assert tuple(emitted.args) == (date(2021, 1, 1), date(2021, 12, 31))


def test_tab_leaves_the_date_and_the_texts_follow_the_language(picker, qtbot):
    picker.set_preset("custom")
    picker.activateWindow()
    qtbot.waitActive(picker)
    picker.date_from.setFocus()
    assert picker.date_from.hasFocus()
    qtbot.keyClick(picker.date_from, Qt.Key.Key_Tab)
    assert picker.date_to.hasFocus()  # not the month section of the same date
    picker.preset.setItemText(0, "stale")
    QApplication.sendEvent(picker, QEvent(QEvent.Type.LanguageChange))
    assert picker.preset.itemText(0) == "All dates"
