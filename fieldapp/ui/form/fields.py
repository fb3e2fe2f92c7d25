"""The record's input widgets in two columns, with an inline error line under each field."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QDate, QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fieldapp.domain.record import CONTENT_FIELDS, MEASURES, Activity
from fieldapp.domain.reference import LANGUAGES, Coded, reference
from fieldapp.domain.validation import Code, Issue
from fieldapp.ui.formats import date_format
from fieldapp.ui.texts import field_label, issue_message, kind_name
from fieldapp.ui.widgets.checklist import CheckList
from fieldapp.ui.widgets.coded import CodeCombo
from fieldapp.ui.widgets.dates import DateEdit

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"


WIDE_FIELDS = ("target_groups", "notes")
REQUIRED_FIELDS = ("kind", "start_date", "region")  # validation refuses a record without them


class ActivityFields(QWidget):
    """Edits the content fields of one Activity; shows only the measures the chosen kind uses."""

    edited = Signal()

    def __init__(self, language: str = "en", today=date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self._today = today
        ref = reference()
        choose = self._choose_text
        self.kind = CodeCombo(ref.offered_kinds, language, empty_text=choose, parent=self)  # not retired
        # Kind names the coordinator adds can be long: they must not widen the form. The box keeps its
        # width; its list opens as wide as the longest name.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(28)
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        self.start_date = DateEdit(self)
        self.has_end = QCheckBox(self)
        self.end_date = DateEdit(self)
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            # A wide range on purpose: capped at today, a typed "2030" silently became this year's date.
            # Dates before 2020 or in the future are refused by validation, with a message on the field.
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setMaximumDate(QDate(2099, 12, 31))
            edit.setDate(QDate(today()))
        self.end_date.setEnabled(False)
        self.region = CodeCombo(ref.regions, language, empty_text=choose, parent=self)
        self.district = QLineEdit(self)
        self.settlement = QLineEdit(self)
        self.site_type = CodeCombo(ref.site_types, language, empty_text=lambda: "", parent=self)
        self.language_box = CodeCombo(ref.material_languages, language, empty_text=lambda: "", parent=self)
        self.target_groups = CheckList(ref.target_groups, language, parent=self)
        self.target_groups.setMinimumHeight(120)
        self.partners = QLineEdit(self)
        self.measures: dict[str, QLineEdit] = {}
        # "-" is let in so that "-5" is refused with a message; without it the minus vanished and 5 was saved
        digits = QRegularExpressionValidator(QRegularExpression(r"-?\d{0,9}"), self)
        for m in MEASURES:
            edit = QLineEdit(self)
            edit.setValidator(digits)
            edit.setObjectName(f"measure_{m}")
            edit.textEdited.connect(lambda _text, m=m: self._check_measure(m))
            edit.inputRejected.connect(lambda m=m: self._refused_key(m))
            self.measures[m] = edit
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.entered_by = QLineEdit(self)

        self.inputs: dict[str, QWidget] = {
            "kind": self.kind,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "region": self.region,
            "district": self.district,
            "settlement": self.settlement,
            "site_type": self.site_type,
            "language": self.language_box,
            "partners": self.partners,
            "entered_by": self.entered_by,
            **self.measures,
            "target_groups": self.target_groups,
            "notes": self.notes,
        }
        for name, w in self.inputs.items():
            if not w.objectName():
                w.setObjectName(f"field_{name}")
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        end_row = QWidget(self)
        end_lay = QHBoxLayout(end_row)
        end_lay.setContentsMargins(0, 0, 0, 0)
        end_lay.addWidget(self.has_end)
        end_lay.addWidget(self.end_date, 1)
        left_fields = ["kind", "start_date", "end_date", "region", "district", "settlement", "site_type",
                       "language", "partners", "entered_by"]  # fmt: skip
        for name in left_fields:
            self._add_row(left, name, end_row if name == "end_date" else self.inputs[name])
        self.required_note = QLabel(self)
        self.required_note.setObjectName("requiredNote")
        left.addRow(self.required_note)
        for name in (*MEASURES, "target_groups", "notes"):
            self._add_row(right, name, self.inputs[name])
        self._forms = {name: (left if name in left_fields else right) for name in self.inputs}
        lay = QHBoxLayout(self)
        lay.addLayout(left, 1)
        lay.addSpacing(16)
        lay.addLayout(right, 1)
        order = [self.kind, self.start_date, self.has_end, self.end_date, self.region, self.district,
                 self.settlement, self.site_type, self.language_box, self.partners, self.entered_by,
                 *self.measures.values(), self.target_groups, self.notes]  # fmt: skip
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_end.toggled.connect(self.end_date.setEnabled)
        for signal in (
            self.kind.currentIndexChanged, self.region.currentIndexChanged,
            self.site_type.currentIndexChanged, self.language_box.currentIndexChanged,
            self.start_date.dateChanged, self.end_date.dateChanged, self.has_end.toggled,
            self.target_groups.checkedChanged, self.notes.textChanged,
        ):  # fmt: skip
            signal.connect(self.edited)
        for edit in (self.district, self.settlement, self.partners, self.entered_by, *self.measures.values()):
            edit.textEdited.connect(self.edited)
        self.retranslate()
        self._kind_changed()

    def _choose_text(self) -> str:
        return self.tr("— choose —")

    def _add_row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(self.inputs[name] if name != "end_date" else self.has_end)
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        self.labels[name], self.errors[name] = label, error
        if name in WIDE_FIELDS:
            # the label above, the widget across the column: the target groups' long names stay readable
            form.addRow(label)
            form.addRow(widget)
        else:
            form.addRow(label, widget)
        form.addRow(error)  # across the column, so a message is not squeezed under a narrow field
        form.setRowVisible(error, False)

    def retranslate(self) -> None:
        mnemonics = {"kind": self.tr("&Activity"), "start_date": self.tr("&Start date"),
                     "region": self.tr("&Region"), "settlement": self.tr("Settlement / s&ite"),
                     "partners": self.tr("&Partners"), "notes": self.tr("&Notes")}  # fmt: skip
        for name, label in self.labels.items():
            text = mnemonics.get(name) or field_label(name, self.language)
            label.setText(text + " *" if name in REQUIRED_FIELDS else text)
            # what a screen reader says: the label's words (combo boxes would say their current item)
            self.inputs[name].setAccessibleName(text.replace("&", ""))
            self.inputs[name].setAccessibleDescription(self._description(name))
        self.required_note.setText(self.tr("* required"))
        self.has_end.setToolTip(self.tr("Ended on"))
        self.has_end.setAccessibleName(self.tr("Ended on"))
        self.has_end.setAccessibleDescription(self.tr("Tick for an activity that lasted several days."))
        self.district.setPlaceholderText(self.tr("District or city district"))
        self.settlement.setPlaceholderText(self.tr("Town, village, school, branch…"))
        self.partners.setPlaceholderText(self.tr("Partner organisations, separated by commas"))
        fmt = date_format()
        self.start_date.setDisplayFormat(fmt)
        self.end_date.setDisplayFormat(fmt)

    def _description(self, name: str) -> str:
        required = self.tr("Required.") + " " if name in REQUIRED_FIELDS else ""
        if name in MEASURES:
            return self.tr("A whole number, 0 or more; leave it empty if not counted.")
        texts = {
            "kind": self.tr("The kind of outreach work; the counts on the right follow it."),
            "start_date": self.tr("Type day, month and year; Alt+Down opens a calendar."),
            "end_date": self.tr(
                "The last day of an activity that lasted several days; Alt+Down opens a calendar."
            ),
            "region": self.tr("Where the activity took place."),
            "district": self.tr("District or city district"),
            "settlement": self.tr("Town, village, school, branch…"),
            "site_type": self.tr("The kind of place."),
            "language": self.tr("The language of the leaflets, posters or videos."),
            "target_groups": self.tr("Space ticks or unticks the highlighted group; arrows move."),
            "partners": self.tr("Partner organisations, separated by commas"),
            "notes": self.tr("Free text; Tab goes on to the buttons."),
            "entered_by": self.tr("Who entered this record."),
        }
        return required + texts.get(name, "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        for combo in (self.kind, self.region, self.site_type, self.language_box):
            combo.set_language(language)
        self.target_groups.set_language(language)
        self.retranslate()

    def _kind_changed(self, *_args) -> None:
        kind = reference().kind(self.kind.code())
        used = set(kind.measures) if kind else set()
        for m in MEASURES:
            form = self._forms[m]
            visible = m in used
            form.setRowVisible(self.measures[m], visible)
            if not visible:
                form.setRowVisible(self.errors[m], False)

    # -- values -----------------------------------------------------------------------------------

    def first_measure(self) -> QLineEdit | None:
        """The input of the first measure the chosen kind uses (None when no kind is chosen)."""
        used = set(self.visible_measures())
        first = next((m for m in MEASURES if m in used), None)  # the form's order
        return self.measures[first] if first else None

    def visible_measures(self) -> tuple[str, ...]:
        kind = reference().kind(self.kind.code())
        return kind.measures if kind else ()

    def to_activity(self, base: Activity | None = None) -> Activity:
        """The form's content on top of `base` (bookkeeping fields kept); hidden measures are None."""
        used = set(self.visible_measures())
        values = {}
        for m, edit in self.measures.items():
            text = edit.text().strip()
            values[m] = int(text) if text.lstrip("-").isdigit() and m in used else None
        values.update(
            kind=self.kind.code(),
            start_date=self.start_date.date().toPython(),
            end_date=self.end_date.date().toPython() if self.has_end.isChecked() else None,
            region=self.region.code(),
            district=self.district.text().strip(),
            settlement=self.settlement.text().strip(),
            site_type=self.site_type.code(),
            language=self.language_box.code(),
            target_groups=self.target_groups.codes(),
            partners=self.partners.text().strip(),
            notes=self.notes.toPlainText().strip(),
            entered_by=self.entered_by.text().strip(),
        )
        base = base or Activity()
        return base.copy(**{k: v for k, v in values.items() if k in CONTENT_FIELDS})

    def set_activity(self, rec: Activity) -> None:
        self.blockSignals(True)
        if rec.kind and self.kind.findData(rec.kind) < 0:
            # A retired kind, or one of newer reference data: the record keeps it when edited.
            ref = reference()
            own = ref.kind(rec.kind) or Coded(
                rec.kind, {lang: kind_name(rec.kind, lang) for lang in LANGUAGES}
            )
            self.kind.set_items([*ref.offered_kinds, own])
        self.kind.set_code(rec.kind)
        if rec.start_date:
            self.start_date.setDate(QDate(rec.start_date))
        self.has_end.setChecked(rec.end_date is not None)
        self.end_date.setDate(QDate(rec.end_date or rec.start_date or self._today()))
        self.region.set_code(rec.region)
        self.district.setText(rec.district)
        self.settlement.setText(rec.settlement)
        self.site_type.set_code(rec.site_type)
        self.language_box.set_code(rec.language)
        self.target_groups.set_codes(rec.target_groups)
        self.partners.setText(rec.partners)
        for m, edit in self.measures.items():
            value = getattr(rec, m)
            edit.setText("" if value is None else str(value))
        self.notes.setPlainText(rec.notes)
        self.entered_by.setText(rec.entered_by)
        self.blockSignals(False)
        self._kind_changed()

    # -- messages ---------------------------------------------------------------------------------

    def input_issues(self) -> list[Issue]:
        """What the typed text says before it becomes a record: a minus sign is a negative number."""
        used = set(self.visible_measures())
        return [
            Issue(Code.NEGATIVE, m)
            for m, edit in self.measures.items()
            if m in used and edit.text().strip().startswith("-")
        ]

    def _refused_key(self, name: str) -> None:
        """A key a count cannot hold (a comma, a space, a letter): say so instead of nothing."""
        label, form = self.errors[name], self._forms[name]
        label.setText(self.tr("Type digits only: a whole number without spaces or separators."))
        label.setProperty("refusedKey", True)  # stays while the rest is typed (read it after "1,000")
        label.setStyleSheet(WARNING_STYLE)
        form.setRowVisible(label, True)
        label.setVisible(True)

    def _check_measure(self, name: str) -> None:
        """Say at once, under the field, that a count cannot be negative (and stop saying it after)."""
        text = self.measures[name].text().strip()
        negative = text.startswith("-")
        label, form = self.errors[name], self._forms[name]
        if not negative and label.property("refusedKey") and text:
            return
        label.setProperty("refusedKey", False)
        if negative:
            label.setText(issue_message(Issue(Code.NEGATIVE, name), self.language))
            label.setStyleSheet(ERROR_STYLE)
        elif label.text():
            label.clear()
        form.setRowVisible(label, negative)
        label.setVisible(negative)

    def show_issues(self, issues: list[Issue]) -> None:
        """One message per field under it, in the UI language; the first erroneous field gets focus."""
        by_field: dict[str, Issue] = {}
        for issue in issues:
            current = by_field.get(issue.field)
            if current is None or (issue.is_error and not current.is_error):
                by_field[issue.field] = issue
        first = None
        for name, label in self.errors.items():
            issue = by_field.get(name)
            form = self._forms[name]
            if issue is None:
                label.clear()
                label.hide()
                form.setRowVisible(label, False)
                continue
            label.setText(issue_message(issue, self.language))
            label.setStyleSheet(ERROR_STYLE if issue.is_error else WARNING_STYLE)
            form.setRowVisible(label, True)
            label.show()
            if issue.is_error and first is None:
                first = name
        if first is not None:
            self.inputs[first].setFocus()

    def error_texts(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if label.text()}
