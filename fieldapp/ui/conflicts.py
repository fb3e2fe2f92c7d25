"""The Conflicts view: two edits of one field that did not see each other, side by side, and a choice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import FieldappError, ValidationFailed
from fieldapp.domain.reference import reference
from fieldapp.services import conflicts
from fieldapp.ui.formats import day, moment, number
from fieldapp.ui.texts import field_label, issue_message
from fieldapp.ui.widgets.buttons import inform
from fieldapp.ui.widgets.tables import read_only_table


def value_text(field: str, value, language: str) -> str:
    """A field's value as a person reads it in the UI language (names, not codes)."""
    ref = reference()
    if field == "deleted":
        if value:
            return QCoreApplication.translate("ConflictsDialog", "deleted")
        return QCoreApplication.translate("ConflictsDialog", "kept (edited)")
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, date):
        return day(language, value)
    if isinstance(value, int):
        return number(language, value)
    names = {
        "kind": ref.kinds,
        "site_type": ref.site_types,
        "language": ref.material_languages,
        "target_groups": ref.target_groups,
    }.get(field)
    if names is not None:
        by_code = {i.code: i.name(language) for i in names}
        codes = value if isinstance(value, tuple | list) else (value,)
        return ", ".join(by_code.get(c, c) for c in codes)
    if field == "region":
        return next((r.name(language) for r in ref.regions if r.code == value), str(value))
    return str(value)


class ConflictsDialog(QDialog):
    """Lists open conflicts; each can be settled by keeping one value or typing another."""

    COLUMNS = 4

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[conflicts.Conflict] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        read_only_table(self.table, single=True, columns="stretch", wrap=True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 12)
        self.keep_this = QPushButton(self)
        self.keep_other = QPushButton(self)
        self.type_value = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        for b in (self.keep_this, self.keep_other, self.type_value):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.keep_this.clicked.connect(lambda: self.resolve(conflicts.TAKE_MINE))
        self.keep_other.clicked.connect(lambda: self.resolve(conflicts.TAKE_THEIRS))
        self.type_value.clicked.connect(self._type_value)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._enable)
        self.resize(1000, 520)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.intro.setText(
            self.tr(
                "The same field was changed in two places without either seeing the other. Every "
                "installation keeps the same value for now; choose what stays. Your choice travels in "
                "the next export and settles the conflict everywhere."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Kept value"), self.tr("Other value")]
        )
        self.keep_this.setText(self.tr("Keep the kept value"))
        self.keep_other.setText(self.tr("Take the other value"))
        self.type_value.setText(self.tr("Type a value…"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.workspace
        self.items = ws.conflicts() if ws is not None else []
        lang = self.ctx.language
        kinds = {k.code: k.name(lang) for k in reference().kinds}
        self.table.setRowCount(len(self.items))
        for row, c in enumerate(self.items):
            record = f"{c.office} · {day(lang, c.start_date)} · {kinds.get(c.kind, c.kind)}"
            cells = (
                record,
                field_label(c.field, lang) if c.field != "deleted" else self.tr("Deleted"),
                self._side(c.field, c.kept, c.kept_office, c.kept_at),
                self._side(c.field, c.other, c.other_office, c.other_at),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(c.uuid if col == 0 else text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, col, item)
        if self.items and not self.table.selectedItems():
            self.table.selectRow(0)
        self._enable()

    def _side(self, field: str, value, office: str, at: int) -> str:
        lang = self.ctx.language
        return f"{value_text(field, value, lang)}\n" + self.tr("%1, %2").replace("%1", office or "?").replace(
            "%2", moment(lang, at) if at else "?"
        )

    def selected(self) -> conflicts.Conflict | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.items[min(rows)] if rows and min(rows) < len(self.items) else None

    def _enable(self) -> None:
        on = self.selected() is not None
        for b in (self.keep_this, self.keep_other, self.type_value):
            b.setEnabled(on)

    def ask_value(self, c: conflicts.Conflict) -> str | None:
        """The value typed by the user (tests replace this)."""
        text, ok = QInputDialog.getText(
            self, self.tr("Type a value"), field_label(c.field, self.ctx.language), text=str(c.kept or "")
        )
        return text if ok else None

    def _type_value(self) -> None:
        c = self.selected()
        if c is None:
            return
        text = self.ask_value(c)
        if text is not None:
            self.resolve(text)

    def resolve(self, take: str) -> None:
        c = self.selected()
        if c is None:
            return
        try:
            changed = conflicts.resolve(self.ctx.records, c.id, take)
        except FieldappError as e:
            issues = e.issues if isinstance(e, ValidationFailed) else []
            why = "\n".join(issue_message(i, self.ctx.language) for i in issues if i.is_error) or str(e)
            inform(self, self.tr("Conflicts"), self.tr("This value cannot be saved."), why, error=True)
            return
        self.ctx.announce(changed)
        self.refresh()
