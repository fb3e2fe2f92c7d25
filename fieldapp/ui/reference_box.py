"""Settings → Reference data: the version in use, the reference workbook (import with a preview, export,
undo), and at a coordinator installation an editor for each list (issue 15)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.reference import activate

# The columns of each editable list, as keys of the reference document.
EDITED = {
    "kinds": ("code", "kk", "ru", "en", "measures", "retired"),
    "target_groups": ("code", "kk", "ru", "en"),
    "site_types": ("code", "kk", "ru", "en"),
    "partners": ("code", "kk", "ru", "en"),
    "offices": ("code", "name", "region"),
    "measures": ("code", "kk", "ru", "en", "implausible_above"),  # names and thresholds; codes are fixed
}


class ReferenceBox(QGroupBox):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referenceBox")
        self.ctx = ctx
        self._pending: Path | None = None
        self.version_label = QLabel(self)
        self.version_label.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importReference")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyReference")
        self.apply_button.setEnabled(False)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportReference")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoReference")
        self.note = QLabel(self)
        self.note.setObjectName("referenceNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        self.editor = QWidget(self)
        self.list_choice = QComboBox(self.editor)
        self.list_choice.setObjectName("referenceList")
        self.table = QTableWidget(self.editor)
        self.table.setObjectName("referenceTable")
        self.table.setMinimumHeight(160)
        self.add_button = QPushButton(self.editor)
        self.add_button.setObjectName("addReferenceItem")
        self.save_button = QPushButton(self.editor)
        self.save_button.setObjectName("saveReference")
        edit_lay = QVBoxLayout(self.editor)
        edit_lay.setContentsMargins(0, 0, 0, 0)
        edit_lay.addWidget(self.list_choice)
        edit_lay.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        edit_lay.addLayout(row)

        lay = QVBoxLayout(self)
        lay.addWidget(self.version_label)
        buttons = QHBoxLayout()
        for b in (self.import_button, self.apply_button, self.export_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(self.note)
        lay.addWidget(self.editor)

        self.import_button.clicked.connect(self._choose_import)
        self.apply_button.clicked.connect(self.apply_import)
        self.export_button.clicked.connect(self._choose_export)
        self.undo_button.clicked.connect(self.undo)
        self.add_button.clicked.connect(self.add_row)
        self.save_button.clicked.connect(self.save_edits)
        self.list_choice.currentIndexChanged.connect(lambda _i: self.fill_table())
        self.retranslate()
        self.refresh()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reference data"))
        self.import_button.setText(self.tr("Import reference workbook…"))
        self.apply_button.setText(self.tr("Apply the import"))
        self.export_button.setText(self.tr("Export reference workbook…"))
        self.undo_button.setText(self.tr("Undo the last change"))
        self.add_button.setText(self.tr("Add a row"))
        self.save_button.setText(self.tr("Save as a new version"))
        names = {
            "kinds": self.tr("Activity kinds"),
            "target_groups": self.tr("Target groups"),
            "site_types": self.tr("Site types"),
            "partners": self.tr("Partner organisations"),
            "offices": self.tr("Offices expected to report"),
            "measures": self.tr("Measures and their warning thresholds"),
        }
        current = self.list_choice.currentData()
        self.list_choice.blockSignals(True)
        self.list_choice.clear()
        for key, name in names.items():
            self.list_choice.addItem(name, key)
        self.list_choice.setCurrentIndex(max(0, self.list_choice.findData(current)))
        self.list_choice.blockSignals(False)
        self._headers()
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _headers(self) -> None:
        words = {
            "code": self.tr("Code"),
            "kk": self.tr("Kazakh"),
            "ru": self.tr("Russian"),
            "en": self.tr("English"),
            "measures": self.tr("Measures (codes)"),
            "retired": self.tr("Retired"),
            "name": self.tr("Name"),
            "region": self.tr("Region code"),
            "implausible_above": self.tr("Warn above"),
        }
        columns = EDITED[self.list_key()]
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([words[c] for c in columns])
        header = self.table.horizontalHeader()
        for i, c in enumerate(columns):  # names share the width; codes and the check box fit themselves
            stretch = c in ("kk", "ru", "en", "name", "measures")
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(i, mode)

    def _describe(self) -> None:
        from fieldapp.services import reference as rd

        ws = self.ctx.workspace
        ref = ws.reference
        coordinator = rd.role(ws) == "coordinator"
        text = self.tr("Reference data version %1: %2 activity kinds.")
        text = text.replace("%1", str(ref.version)).replace("%2", str(len(ref.offered_kinds)))
        if not coordinator:
            text += " " + self.tr("The coordinator edits it and sends it as a reference workbook.")
        self.version_label.setText(text)
        self.editor.setVisible(coordinator)

    # -- state -----------------------------------------------------------------------------------

    def list_key(self) -> str:
        return self.list_choice.currentData() or "kinds"

    def refresh(self) -> None:
        """After any change: the data in use, the words, the editor."""
        activate(self.ctx.workspace.reference)
        self._describe()
        self.fill_table()

    def fill_table(self) -> None:
        from fieldapp.services import reference as rd

        self._headers()
        key = self.list_key()
        columns = EDITED[key]
        items = rd.current_data(self.ctx.workspace).get(key, [])
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            for c, col in enumerate(columns):
                value = item.get(col, "")
                cell = QTableWidgetItem()
                if col == "retired":
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    cell.setText(" ".join(value) if col == "measures" else str(value))
                self.table.setItem(r, c, cell)

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def table_items(self) -> list[dict]:
        columns = EDITED[self.list_key()]
        out = []
        for r in range(self.table.rowCount()):
            item: dict = {}
            for c, col in enumerate(columns):
                cell = self.table.item(r, c)
                if col == "retired":
                    item[col] = bool(cell and cell.checkState() == Qt.CheckState.Checked)
                else:
                    text = cell.text().strip() if cell else ""
                    if col == "measures":
                        item[col] = text.split()
                    elif col == "implausible_above":
                        item[col] = int(text) if text.isdigit() else -1  # -1: refused as bad_number
                    else:
                        item[col] = text
            if any(v for k, v in item.items() if k != "retired"):
                out.append(item)
        return out

    # -- actions ---------------------------------------------------------------------------------

    def save_edits(self) -> None:
        """The coordinator's edit of the shown list, stored as the next version (all or nothing)."""
        from fieldapp.services import reference as rd

        key = self.list_key()
        data = rd.current_data(self.ctx.workspace)
        old = {i["code"]: i for i in data.get(key, [])}
        items = []
        for item in self.table_items():
            kept = {k: v for k, v in old.get(item["code"], {}).items() if k not in item}  # e.g. weight
            items.append({**kept, **item})
        self._run(lambda: rd.save_edit(self.ctx.workspace, {**data, key: items}))

    def preview_import(self, path: Path) -> None:
        """Show what the reference workbook would change; `apply_import` then stores it."""
        from fieldapp.services import reference as rd

        try:
            change = rd.preview_import(self.ctx.workspace, path)
        except Exception as e:  # a user's file: every failure is a message, never a crash
            self._pending = None
            self.apply_button.setEnabled(False)
            self.say(self._failure(e))
            return
        if change.unchanged or change.new_version == change.old_version:
            self._pending = None
            self.apply_button.setEnabled(False)
            self.say(
                self.tr("Nothing to import: version %1 (or newer) is already in use.").replace(
                    "%1", str(change.old_version)
                )
            )
            return
        self._pending = Path(path)
        self.apply_button.setEnabled(True)
        self.say(self._summary(change, preview=True))

    def apply_import(self) -> None:
        from fieldapp.services import reference as rd

        if self._pending is None:
            return
        path, self._pending = self._pending, None
        self.apply_button.setEnabled(False)
        self._run(lambda: rd.commit_import(self.ctx.workspace, path))

    def export_to(self, path: Path) -> None:
        from fieldapp.services import reference as rd

        try:
            written = rd.export_workbook(self.ctx.workspace, path)
        except Exception as e:  # a user's path: a message, never a crash
            self.say(self._failure(e))
            return
        self.say(self.tr("The reference workbook was written to %1.").replace("%1", str(written)))

    def undo(self) -> None:
        from fieldapp.services import reference as rd

        self._run(lambda: rd.undo_last(self.ctx.workspace))

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _run(self, work) -> None:
        try:
            change = work()
        except Exception as e:  # every failure a user can cause is a message
            self.say(self._failure(e))
            return
        self.refresh()
        self.say(self._summary(change))
        self.ctx.announce_settings()  # the kinds to offer and filter by
        self.ctx.announce_records_reload()  # names of kinds may have changed everywhere

    def _summary(self, change, preview: bool = False) -> str:
        head = (
            self.tr("Version %1 → %2.") if not preview else self.tr("The import would take version %1 → %2.")
        )
        parts = [head.replace("%1", str(change.old_version)).replace("%2", str(change.new_version))]
        # an undo's added/changed/removed name what the undone version did (services.reference)
        undo = getattr(change, "undo", False)
        added = ", ".join(c for v in change.added.values() for c in v)
        changed = ", ".join(c for v in change.changed.values() for c in v)
        removed = ", ".join(c for v in change.removed.values() for c in v)
        if added:
            parts.append((self.tr("Removed: %1.") if undo else self.tr("New: %1.")).replace("%1", added))
        if changed:
            words = self.tr("Changed back: %1.") if undo else self.tr("Changed: %1.")
            parts.append(words.replace("%1", changed))
        if change.retired:
            parts.append(self.tr("Retired: %1.").replace("%1", ", ".join(change.retired)))
        if getattr(change, "reactivated", None):
            words = self.tr("Active again (offered for new records): %1.")
            parts.append(words.replace("%1", ", ".join(change.reactivated)))
        if removed:
            words = self.tr("No longer expected to report: %1.")
            if undo:
                words = self.tr("Expected to report again: %1.")
            parts.append(words.replace("%1", removed))
        return " ".join(parts)

    def _failure(self, error: BaseException) -> str:
        from fieldapp.domain.errors import FieldappError
        from fieldapp.services.reference import ReferenceProblems

        if isinstance(error, ReferenceProblems):
            listed = [self._problem(p) for p in error.change.problems[:10]]
            more = len(error.change.problems) - len(listed)
            if more > 0:
                listed.append(self.tr("… and %1 more.").replace("%1", str(more)))
            return self.tr("Nothing was changed: %1").replace("%1", " ".join(listed))
        code, file = getattr(error, "code", None), getattr(error, "file", None)
        if isinstance(error, FieldappError) and code and file:  # a workbook that cannot be imported at all
            from fieldapp.ui.exchange.problems import unusable_text

            reason = f"{Path(file).name}: {unusable_text(code)}"
            return self.tr("Nothing was changed: %1").replace("%1", reason)
        if isinstance(error, FieldappError | OSError):
            return self.tr("Nothing was changed: %1").replace("%1", str(error))
        raise error

    def _problem(self, problem) -> str:
        """One problem of a reference document in the UI language: where, what, and the item."""
        words = {
            "bad_code": self.tr("a code must be small Latin letters, digits and _, starting with a letter"),
            "duplicate_code": self.tr("the code is used twice"),
            "missing_name": self.tr("a name is missing"),
            "too_long": self.tr("a name is too long"),
            "unknown_measure": self.tr("an unknown measure"),
            "measures_fixed": self.tr("the measures cannot be added or removed, only renamed"),
            "no_measures": self.tr("choose at least one measure"),
            "bad_number": self.tr("not a whole number of 0 or more"),
            "unknown_region": self.tr("an unknown region"),
            "no_kinds": self.tr("at least one activity kind must stay in use"),
        }
        at = self.list_choice.findData(problem.list)
        where = self.list_choice.itemText(at) if at >= 0 else problem.list
        if problem.row:
            where = self.tr("%1, row %2").replace("%1", where).replace("%2", str(problem.row))
        text = words.get(problem.code, problem.code)
        detail = f" ({problem.detail})" if problem.detail else ""
        return f"{where}: {text}{detail}."

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import reference workbook"), "", "*.xlsx")
        if path:
            self.preview_import(Path(path))

    def _choose_export(self) -> None:
        name = f"fieldapp-reference-v{self.ctx.workspace.reference.version}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export reference workbook"), name, "*.xlsx")
        if path:
            self.export_to(Path(path))
