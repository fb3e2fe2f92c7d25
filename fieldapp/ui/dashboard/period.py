"""A period picker: presets (all time, this year, last year, last 12 months, a month) or two dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from fieldapp.domain.validation import EARLIEST_DATE

PRESETS = ("all", "this_year", "last_year", "last_12_months", "this_month", "custom")


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    if preset == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == "last_12_months":
        return today - timedelta(days=365), today
    if preset == "this_month":
        nxt = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return date(today.year, today.month, 1), nxt - timedelta(days=1)
    return None, None


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodSelector(QWidget):
    """Emits `changed` whenever the chosen period changes; `period()` gives (from, to), None = open."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, preset: str = "all", today: date | None = None):
        super().__init__(parent)
        self._today = today or date.today()
        self.preset = QComboBox(self)
        self.preset.setObjectName("periodPreset")
        for code in PRESETS:
            self.preset.addItem("", code)
        self.from_label = QLabel(self)
        self.date_from = QDateEdit(self)
        self.to_label = QLabel(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(_qdate(EARLIEST_DATE))
            edit.setMaximumDate(_qdate(date(self._today.year + 1, 12, 31)))
        self.date_from.setDate(_qdate(date(self._today.year, 1, 1)))
        self.date_to.setDate(_qdate(self._today))
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.preset)
        lay.addWidget(self.from_label)
        lay.addWidget(self.date_from)
        lay.addWidget(self.to_label)
        lay.addWidget(self.date_to)
        self.set_preset(preset)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.date_from.dateChanged.connect(self._date_edited)
        self.date_to.dateChanged.connect(self._date_edited)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "all": self.tr("All time"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "last_12_months": self.tr("Last 12 months"),
            "this_month": self.tr("This month"),
            "custom": self.tr("Dates…"),
        }
        for i in range(self.preset.count()):
            self.preset.setItemText(i, names[self.preset.itemData(i)])
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&to"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_locale(self, locale) -> None:
        for edit in (self.date_from, self.date_to):
            edit.setLocale(locale)

    def set_preset(self, preset: str) -> None:
        index = self.preset.findData(preset)
        self.preset.setCurrentIndex(max(index, 0))
        self._apply_preset()

    def set_range(self, date_from: date, date_to: date) -> None:
        """Choose explicit dates (the 'Dates…' preset)."""
        blocked = [w.blockSignals(True) for w in (self.preset, self.date_from, self.date_to)]
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.date_from.setDate(_qdate(date_from))
        self.date_to.setDate(_qdate(date_to))
        for w, b in zip((self.preset, self.date_from, self.date_to), blocked, strict=True):
            w.blockSignals(b)
        self._show_dates()
        self.changed.emit()

    def period(self) -> tuple[date | None, date | None]:
        code = self.preset.currentData()
        if code == "custom":
            a, b = _pydate(self.date_from.date()), _pydate(self.date_to.date())
            return (a, b) if a <= b else (b, a)
        return preset_range(code, self._today)

    def _apply_preset(self) -> None:
        code = self.preset.currentData()
        a, b = preset_range(code, self._today)
        if a and b:
            for edit, d in ((self.date_from, a), (self.date_to, b)):
                edit.blockSignals(True)
                edit.setDate(_qdate(d))
                edit.blockSignals(False)
        self._show_dates()

    def _show_dates(self) -> None:
        custom = self.preset.currentData() == "custom"
        for w in (self.from_label, self.date_from, self.to_label, self.date_to):
            w.setVisible(custom)

    def _preset_chosen(self) -> None:
        self._apply_preset()
        self.changed.emit()

    def _date_edited(self) -> None:
        if self.preset.currentData() == "custom":
            self.changed.emit()
