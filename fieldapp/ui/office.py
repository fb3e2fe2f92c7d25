"""The office identity form (code, name, region, language) and the first-run setup dialog around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import BadInput, OfficeCodeFixed
from fieldapp.domain.reference import LANGUAGES, reference
from fieldapp.ui.texts import language_name
from fieldapp.ui.widgets.coded import CodeCombo
from fieldapp.ui.widgets.screen import fit_to_screen


class OfficeForm(QWidget):
    """Edits an installation's office; `languageChosen` fires as soon as another language is picked."""

    languageChosen = Signal(str)

    def __init__(self, language: str = "ru", parent: QWidget | None = None):
        super().__init__(parent)
        # created first: Tab follows creation order, and the language is the first row
        self.language = QComboBox(self)
        self.language.setObjectName("uiLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(LANGUAGES.index(language))
        self.code = QLineEdit(self)
        self.code.setObjectName("officeCode")
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}"), self)
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("officeName")
        self.region = CodeCombo(
            reference().regions, language, empty_text=lambda: self.tr("— choose —"), parent=self
        )
        self.region.setObjectName("officeRegion")
        self.error = QLabel(self)
        self.error.setObjectName("officeError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout(self)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.language, self.code, self.name, self.region), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.error)
        self.language.currentIndexChanged.connect(lambda i: self.languageChosen.emit(LANGUAGES[i]))
        for edit in (self.code, self.name):
            edit.textEdited.connect(self._clear_error)
        self.code.inputRejected.connect(self._code_key_refused)
        self.region.currentIndexChanged.connect(self._clear_error)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("&Language"), self.tr("Office &code"), self.tr("Office &name"), self.tr("&Region"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.code.setPlaceholderText(self.tr("e.g. ALA-01"))
        self.name.setPlaceholderText(self.tr("e.g. Almaty field office"))
        if self.region.count():
            self.region.setItemText(0, self.tr("— choose —"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.region.set_language(language)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(language))
        self.language.blockSignals(False)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def load(self, inst) -> None:
        if inst is None:
            return
        self.code.setText(inst.office_code)
        self.name.setText(inst.office_name)
        self.region.set_code(inst.region)
        self.set_language(inst.language)

    def problem(self) -> str:
        """What is missing, in words, or '' when the form can be saved."""
        return self._problem()[0]

    def _problem(self) -> tuple[str, QWidget | None]:
        if not self.code.text().strip():
            return self.tr("Enter the office code."), self.code
        if not self.name.text().strip():
            return self.tr("Enter the office name."), self.name
        if not self.region.code():
            return self.tr("Choose the office's region."), self.region
        return "", None

    def _code_key_refused(self) -> None:
        """A key the code cannot hold (a Cyrillic layout left on, a space): say why, not nothing."""
        self.error.setText(
            self.tr("The office code uses Latin letters A–Z, digits, '-' and '_': switch the keyboard to "
                    "the English layout (e.g. Alt+Shift).")
        )  # fmt: skip
        self.error.show()

    def _clear_error(self, *_args) -> None:
        self.error.clear()
        self.error.hide()

    def save(self, workspace) -> bool:
        problem, field = self._problem()
        if not problem:
            try:
                workspace.configure(
                    self.code.text(), self.name.text(), self.region.code(), self.chosen_language()
                )
            except OfficeCodeFixed as e:
                problem = self.tr(
                    "This installation holds the records of office %1: its office code cannot change. For "
                    "another office, set up a new data folder."
                ).replace("%1", e.office)
                field = self.code
            except BadInput:
                problem = self.tr("The office code may hold only letters, digits, '-' and '_'.")
                field = self.code
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)  # straight to what needs filling in
        return not problem


class SetupDialog(QDialog):
    """First run: who this laptop reports for. The language switches the dialog itself at once."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.ctx = ctx
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.office = OfficeForm(ctx.language, self)
        self.office.load(ctx.workspace.installation)
        self.ok = QPushButton(self)
        self.ok.setObjectName("setupOk")
        self.ok.setDefault(True)
        # the text takes its own height; any spare height goes below the button, not in bands around text
        self.intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.office)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.ok.clicked.connect(self.accept)
        self.office.languageChosen.connect(self._language)
        self.retranslate()
        fit_to_screen(self, 520, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to fieldapp"))
        self.intro.setText(
            self.tr(
                "Tell fieldapp which office this computer reports for. You can change it later in Settings."
            )
        )
        self.ok.setText(self.tr("Start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language(self, language: str) -> None:
        self.ctx.set_language(language, persist=False)
        self.office.set_language(language)

    def accept(self) -> None:
        if self.office.save(self.ctx.workspace):
            self.ctx.announce_settings()
            super().accept()
