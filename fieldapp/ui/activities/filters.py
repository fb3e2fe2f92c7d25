"""The filter bar over the activity table: kind, region, office, period, free text, deleted or not."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fieldapp.domain.query import RecordFilter
from fieldapp.domain.reference import reference
from fieldapp.ui.widgets.coded import CodeCombo
from fieldapp.ui.widgets.period import PeriodSelector

SHOW = (False, True, None)  # RecordFilter.deleted: active, deleted only, both


class FilterBar(QWidget):
    filterChanged = Signal(object)  # RecordFilter

    def __init__(self, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        ref = reference()
        self.kind = CodeCombo(ref.kinds, language, empty_text=lambda: self.tr("All activities"), parent=self)
        self.kind.setObjectName("filterKind")
        self.region = CodeCombo(ref.regions, language, empty_text=lambda: self.tr("All regions"), parent=self)
        self.region.setObjectName("filterRegion")
        self.office = QComboBox(self)
        self.office.setObjectName("filterOffice")
        self.office.addItem("", "")
        self.period = PeriodSelector(self)
        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        self.show_which = QComboBox(self)
        self.show_which.setObjectName("filterDeleted")
        for _ in SHOW:
            self.show_which.addItem("")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("filterClear")
        # Two rows: with the period's dates showing, one row needed ~1,300 px in Kazakh, more than a
        # 1024-pixel netbook has. Row one: what is shown; row two: when, and the free text.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        for w in (self.kind, self.region, self.office, self.show_which):
            first.addWidget(w)
        # The long kind and region names give way on narrow screens: they may narrow to 12 characters.
        for combo in (self.kind, self.region):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            first.setStretch(first.indexOf(combo), 2)
        first.setStretch(first.indexOf(self.office), 1)
        first.setStretch(first.indexOf(self.show_which), 1)
        second.addWidget(self.period)
        second.addWidget(self.text, 1)
        second.addWidget(self.clear_button)
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("x" * 22))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._emit)
        for combo in (self.kind, self.region, self.office, self.show_which):
            combo.currentIndexChanged.connect(self._emit)
        self.period.periodChanged.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)
        self.text.returnPressed.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self._last: RecordFilter | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.office.setItemText(0, self.tr("All offices"))
        texts = (self.tr("Active records"), self.tr("Deleted records"), self.tr("Active and deleted"))
        for i, text in enumerate(texts):
            self.show_which.setItemText(i, text)
        self.text.setPlaceholderText(self.tr("Search place, partner, notes… (Ctrl+F)"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.kind.setToolTip(self.tr("Activity kind"))
        self.region.setToolTip(self.tr("Region"))
        self.office.setToolTip(self.tr("Office"))
        # names a screen reader says (a combo box would otherwise say only its current item)
        for combo in (self.kind, self.region, self.office):
            combo.setAccessibleName(combo.toolTip())
        self.text.setAccessibleName(self.tr("Search"))
        self.show_which.setAccessibleName(self.tr("Which records"))
        self.show_which.setAccessibleDescription(self.tr("Active records, deleted ones, or both."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.kind.set_language(language)
        self.region.set_language(language)

    def set_offices(self, offices: list[str]) -> None:
        current = self.office.currentData()
        self.office.blockSignals(True)
        while self.office.count() > 1:
            self.office.removeItem(1)
        for code in offices:
            self.office.addItem(code, code)
        i = self.office.findData(current)
        self.office.setCurrentIndex(max(i, 0))
        self.office.blockSignals(False)

    def current(self) -> RecordFilter:
        date_from, date_to = self.period.period()
        kind, region, office = self.kind.code(), self.region.code(), self.office.currentData() or ""
        return RecordFilter(
            kinds=(kind,) if kind else (),
            regions=(region,) if region else (),
            offices=(office,) if office else (),
            date_from=date_from,
            date_to=date_to,
            text=self.text.text().strip(),
            deleted=SHOW[max(self.show_which.currentIndex(), 0)],
        )

    def clear(self) -> None:
        for w in (self.kind, self.region, self.office, self.show_which, self.period, self.text):
            w.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.region.setCurrentIndex(0)
        self.office.setCurrentIndex(0)
        self.show_which.setCurrentIndex(0)
        self.text.clear()
        self.period.set_preset("all")
        for w in (self.kind, self.region, self.office, self.show_which, self.period, self.text):
            w.blockSignals(False)
        self._emit()

    def _emit(self, *_args) -> None:
        self._debounce.stop()
        f = self.current()
        if f != self._last:
            self._last = f
            self.filterChanged.emit(f)
