"""The one period picker (activity filters, dashboard, exchange): a preset or two dates.

Presets run from the shortest calendar period to the longest, then the rolling ones, then custom:
all dates, this month, last month, this quarter, this year, last year, last 30 days, last 12 months,
custom. Periods that have not ended ("this …", "last 30 days", "last 12 months") end today: start
dates cannot lie in the future, so the dates shown are the dates that matter. "Last 12 months" is
this month and the eleven before it, from the 1st, so the dashboard's month chart has 12 whole bars.

The dates are shown for every preset but "all" and may be edited; editing one switches to custom.
`periodChanged(date_from | None, date_to | None)` is emitted whenever the period changes; `period()`
gives the same pair (None, None for all dates; a reversed custom pair comes back in order).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from fieldapp.ui.formats import date_format

if TYPE_CHECKING:
    from fieldapp.ui.widgets.dates import DateEdit

PRESETS = (
    "all",
    "this_month",
    "last_month",
    "this_quarter",
    "this_year",
    "last_year",
    "last_30_days",
    "last_12_months",
    "custom",
)


def _months_back(d: date, months: int) -> date:
    """The 1st of the month `months` months before d's month."""
    index = d.year * 12 + d.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """The dates a preset stands for, relative to `today`; (None, None) for all dates and custom."""
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if preset == "this_quarter":
        return _months_back(today, (today.month - 1) % 3), today
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == "last_30_days":
        return today - timedelta(days=29), today
    if preset == "last_12_months":
        return _months_back(today, 11), today
    return None, None


class PeriodSelector(QWidget):
    periodChanged = Signal(object, object)  # date_from | None, date_to | None

    def __init__(
        self,
        parent: QWidget | None = None,
        preset: str = "all",
        today: Callable[[], date] | date = date.today,
        mnemonics: bool = True,
    ):
        super().__init__(parent)
        # False where a window holds two selectors: two owners of Alt+F would only move the focus
        self.mnemonics = mnemonics
        self._today = today if callable(today) else (lambda: today)
        self._quiet = False
        self.preset = QComboBox(self)
        self.preset.setObjectName("periodPreset")
        # Follow the texts when the language changes (the default adjusts only on the first show).
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in PRESETS:
            self.preset.addItem("", code)
        # The dates are built when first needed (a preset other than all dates, or a caller asking):
        # two date edits cost the window's start-up ~15 ms and the activity filter starts on all dates.
        self._dates: tuple[QLabel, DateEdit, QLabel, DateEdit] | None = None
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.addWidget(self.preset)
        self.retranslate()
        self.preset.setCurrentIndex(PRESETS.index(preset))
        self._apply_preset()
        self.preset.currentIndexChanged.connect(self._preset_chosen)

    @property
    def from_label(self) -> QLabel:
        return self._date_widgets()[0]

    @property
    def date_from(self) -> DateEdit:
        return self._date_widgets()[1]

    @property
    def to_label(self) -> QLabel:
        return self._date_widgets()[2]

    @property
    def date_to(self) -> DateEdit:
        return self._date_widgets()[3]

    def _date_widgets(self) -> tuple[QLabel, DateEdit, QLabel, DateEdit]:
        if self._dates is None:
            from fieldapp.domain.validation import EARLIEST_DATE
            from fieldapp.ui.widgets.dates import DateEdit

            from_label, to_label = QLabel(self), QLabel(self)
            date_from, date_to = DateEdit(self), DateEdit(self)
            this_day = self._today()
            for edit in (date_from, date_to):
                edit.setMinimumDate(QDate(EARLIEST_DATE))
                edit.setMaximumDate(QDate(this_day.year + 1, 12, 31))  # no typing slips into 2205
            date_from.setDate(QDate(this_day.replace(month=1, day=1)))
            date_to.setDate(QDate(this_day))
            from_label.setBuddy(date_from)
            to_label.setBuddy(date_to)
            self._dates = (from_label, date_from, to_label, date_to)
            for w in self._dates:
                w.setVisible(self.current_preset() != "all")
                self._lay.addWidget(w)
            self._retranslate_dates()
            date_from.dateChanged.connect(self._dates_edited)
            date_to.dateChanged.connect(self._dates_edited)
        return self._dates

    def retranslate(self) -> None:
        names = {
            "all": self.tr("All dates"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "last_30_days": self.tr("Last 30 days"),
            "last_12_months": self.tr("Last 12 months"),
            "custom": self.tr("Custom period"),
        }
        for i in range(self.preset.count()):
            self.preset.setItemText(i, names[self.preset.itemData(i)])
        self.preset.setToolTip(self.tr("Period (by start date)"))
        if self._dates is not None:
            self._retranslate_dates()

    def _retranslate_dates(self) -> None:
        plain = (lambda t: t) if self.mnemonics else (lambda t: t.replace("&", ""))
        self.from_label.setText(plain(self.tr("&From")))
        self.to_label.setText(plain(self.tr("&To")))
        fmt, locale = date_format(), QLocale()  # the UI language's (set as the default locale)
        for edit in (self.date_from, self.date_to):
            edit.setLocale(locale)  # the calendar's month and day names
            edit.setDisplayFormat(fmt)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_preset(self) -> str:
        return self.preset.currentData()

    def period(self) -> tuple[date | None, date | None]:
        if self.current_preset() == "all":
            return None, None
        a, b = self.date_from.date().toPython(), self.date_to.date().toPython()
        return (a, b) if a <= b else (b, a)

    def set_preset(self, preset: str) -> None:
        """Choose a preset; its dates are worked out again even when it is already chosen."""
        index = PRESETS.index(preset)
        if index == self.preset.currentIndex():
            self._preset_chosen()
        else:
            self.preset.setCurrentIndex(index)

    def set_period(self, date_from: date, date_to: date) -> None:
        """Choose explicit dates (the custom preset)."""
        self._quiet = True
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.date_from.setDate(QDate(date_from))
        self.date_to.setDate(QDate(date_to))
        self._quiet = False
        self._apply_preset()
        self.periodChanged.emit(*self.period())

    def _apply_preset(self) -> None:
        """Put the preset's dates in the edits (quietly) and show them unless all dates are chosen."""
        preset = self.current_preset()
        if preset == "all" and self._dates is None:
            return  # nothing to hide: the dates are not built yet
        start, end = preset_range(preset, self._today())
        if start and end:
            self._quiet = True
            self.date_from.setDate(QDate(start))
            self.date_to.setDate(QDate(end))
            self._quiet = False
        for w in (self.from_label, self.date_from, self.to_label, self.date_to):
            w.setVisible(preset != "all")

    def _preset_chosen(self, *_args) -> None:
        if self._quiet:
            return
        self._apply_preset()
        self.periodChanged.emit(*self.period())

    def _dates_edited(self) -> None:
        if self._quiet:
            return
        if self.current_preset() != "custom":
            self._quiet = True
            self.preset.setCurrentIndex(PRESETS.index("custom"))
            self._quiet = False
        self.periodChanged.emit(*self.period())
