"""A period selector: a preset (all dates, this month, last month, this quarter, this year, last 30 days,
custom) and from/to date edits; emits `periodChanged(date_from | None, date_to | None)`."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from fieldapp.ui.texts import date_format
from fieldapp.ui.widgets.dates import DateEdit

PRESETS = ("all", "this_month", "last_month", "this_quarter", "this_year", "last_30_days", "custom")


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """The dates a preset stands for, relative to `today`."""
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if preset == "this_quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        return today.replace(month=first_month, day=1), today
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    if preset == "last_30_days":
        return today - timedelta(days=29), today
    return None, None


class PeriodSelector(QWidget):
    periodChanged = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, today=date.today):
        super().__init__(parent)
        self._today = today
        self.preset = QComboBox(self)
        self.preset.setObjectName("periodPreset")
        for _ in PRESETS:
            self.preset.addItem("")
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        self.date_from = DateEdit(self)
        self.date_to = DateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.setMinimumDate(QDate(2020, 1, 1))
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.preset, self.from_label, self.date_from, self.to_label, self.date_to):
            lay.addWidget(w)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self._quiet = False
        self.retranslate()
        self._preset_chosen(0)

    def retranslate(self) -> None:
        names = {
            "all": self.tr("All dates"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"),
            "this_year": self.tr("This year"),
            "last_30_days": self.tr("Last 30 days"),
            "custom": self.tr("Custom period"),
        }
        for i, key in enumerate(PRESETS):
            self.preset.setItemText(i, names[key])
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.preset.setToolTip(self.tr("Period (by start date)"))
        fmt = date_format()
        self.date_from.setDisplayFormat(fmt)
        self.date_to.setDisplayFormat(fmt)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def period(self) -> tuple[date | None, date | None]:
        if PRESETS[self.preset.currentIndex()] == "all":
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def set_preset(self, preset: str) -> None:
        self.preset.setCurrentIndex(PRESETS.index(preset))

    def set_period(self, date_from: date, date_to: date) -> None:
        self._quiet = True
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.date_from.setDate(QDate(date_from))
        self.date_to.setDate(QDate(date_to))
        self._quiet = False
        self.periodChanged.emit(*self.period())

    def _preset_chosen(self, index: int) -> None:
        preset = PRESETS[index]
        custom_or_all = preset in ("custom", "all")
        if not custom_or_all:
            start, end = preset_range(preset, self._today())
            self._quiet = True
            self.date_from.setDate(QDate(start))
            self.date_to.setDate(QDate(end))
            self._quiet = False
        for w in (self.date_from, self.date_to, self.from_label, self.to_label):
            w.setVisible(preset != "all")
            w.setEnabled(preset == "custom" or not custom_or_all)
        self.periodChanged.emit(*self.period())

    def _dates_edited(self) -> None:
        if self._quiet:
            return
        if PRESETS[self.preset.currentIndex()] not in ("custom", "all"):
            self._quiet = True
            self.preset.setCurrentIndex(PRESETS.index("custom"))
            self._quiet = False
        self.periodChanged.emit(*self.period())
