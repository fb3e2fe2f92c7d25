"""The exchange page: export, import (dialog or drag-and-drop) through a preview, undo, report, history."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import Cancelled, FieldappError
from fieldapp.services.changes import Changed
from fieldapp.services.outputs import OutputRefused, check_output
from fieldapp.ui.exchange.boxes import ExportBox, ImportBox, ReportBox
from fieldapp.ui.exchange.history import HistoryTabs
from fieldapp.ui.exchange.preview import ImportPreviewDialog
from fieldapp.ui.exchange.problems import output_refused_text, unusable_text
from fieldapp.ui.exchange.progress import TaskPanel
from fieldapp.ui.formats import moment, number
from fieldapp.ui.texts import language_name
from fieldapp.ui.widgets.buttons import ask

log = logging.getLogger(__name__)

FOLDER_SETTING = "exchange/last_folder"


def _exchange():
    """The exchange services, imported on first use: openpyxl is not loaded at start-up."""
    from fieldapp.services import exchange

    return exchange


def xlsx_paths(urls) -> list[Path]:
    """The local .xlsx files among dropped URLs."""
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [f for f in files if f.suffix.lower() == ".xlsx"]


class ExchangePage(QWidget):
    """One exchange task at a time runs through ctx.tasks; the page shows its progress and a Cancel button."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview_dialog: ImportPreviewDialog | None = None
        self.last_export: Path | None = None
        self._stale = True
        self.setAcceptDrops(True)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.language_label = QLabel(self)
        self.workbook_language = QComboBox(self)
        for code in ("kk", "ru", "en"):
            self.workbook_language.addItem(language_name(code), code)
        self.language_label.setBuddy(self.workbook_language)
        self.export_box, self.import_box, self.report_box = ExportBox(self), ImportBox(self), ReportBox(self)
        # the controls the page drives, by name
        self.scope_buttons, self.export_period = self.export_box.scope_buttons, self.export_box.period
        self.pending, self.export_button = self.export_box.pending, self.export_box.export_button
        self.show_export = self.export_box.show_export
        self.import_button, self.undo_button = self.import_box.import_button, self.import_box.undo_button
        self.undo_hint = self.import_box.undo_hint
        self.conflicts_button = self.import_box.conflicts_button
        self.conflicts_label = self.import_box.conflicts_label
        self.report_period, self.report_button = self.report_box.period, self.report_box.report_button
        self.template_button = self.report_box.template_button
        self.pdf_button = self.report_box.pdf_button

        self.panel = TaskPanel(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("exchangeNotice")
        self.notice.setWordWrap(True)
        self._notice: tuple[Callable[[], str] | None, bool] = (None, False)
        self.history = HistoryTabs(self)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.workbook_language, 1)
        left.addLayout(language_row)
        left.addWidget(self.export_box)
        left.addWidget(self.import_box)
        left.addWidget(self.report_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        left_box = QWidget(self)
        left_box.setLayout(left)
        left_box.setMaximumWidth(560)
        columns.addWidget(left_box, 2)
        columns.addWidget(self.history, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.panel)
        outer.addWidget(self.notice)
        outer.addLayout(columns, 1)

        self.export_button.clicked.connect(self.choose_export)
        self.show_export.clicked.connect(self._show_export_folder)
        self.import_button.clicked.connect(self.choose_import)
        self.undo_button.clicked.connect(self.undo_last_import)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.report_button.clicked.connect(self.choose_report)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.template_button.clicked.connect(self.choose_template)
        self.panel.finished.connect(self._task_finished)
        ctx.changed.connect(self._on_changed)
        self._select_language(ctx.language)
        self.retranslate()

    # -- contract with the main window ------------------------------------------------------------

    def retranslate(self) -> None:
        again, error = self._notice
        if again is not None:
            self._say(again, error)
        elif self.notice.text():
            self._say("")  # a message in the old language would stay behind
        self.heading.setText(self.tr("Exchange"))
        self.language_label.setText(self.tr("Workbooks in &language"))
        self.panel.retranslate()
        self.history.retranslate(self.ctx.language)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_rights()
        if self._stale:
            self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed.records or changed.settings:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Re-read the pending count, the history and whether an import can be undone (small queries)."""
        if not self.isVisible() or self.ctx.workspace is None:
            self._stale = True
            return
        self._stale = False
        ws, lang = self.ctx.workspace, self.ctx.language
        last = ws.last_counted_export()
        pending = ws.records.pending_export_count()
        text = self.tr("%Ln record(s) changed on this computer since the last export", "", pending)
        if last:
            text += " " + self.tr("(%1).").replace("%1", moment(lang, last.exported_at))
        else:
            text += " " + self.tr("(nothing exported yet).")
        self.pending.setText(text)
        imports, exports = ws.exchange_history()
        self.history.set_rows(imports, exports, lang)
        batch = ws.undoable_imports()
        self.undo_button.setEnabled(bool(batch) and not self.panel.busy and self.ctx.may_write)
        self._apply_rights()
        if batch:
            target = batch[0]
            names = ", ".join(Path(i.file_name).name for i in reversed(batch))
            when = moment(lang, target.imported_at)
            self.undo_hint.setText(self.tr("Last import: %1 (%2).").replace("%1", names).replace("%2", when))
        else:
            self.undo_hint.setText(self.tr("There is no import to undo."))
        n = ws.open_conflicts()
        self.conflicts_label.setText(self.tr("%Ln open conflict(s)", "", n) if n else self.tr("No conflicts"))

    def show_conflicts(self) -> None:
        from fieldapp.ui.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.ctx, self)
        dialog.exec()
        self.refresh()

    # -- asking the user (tests replace these) ----------------------------------------------------

    def _folder(self) -> str:
        try:
            folder = self.ctx.settings.get(FOLDER_SETTING)
        except (KeyError, AttributeError):
            folder = ""
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        with contextlib.suppress(KeyError, AttributeError):
            self.ctx.settings.set(FOLDER_SETTING, str(path.parent))

    def ask_save_path(self, title: str, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path(self._folder()) / name), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return None
        path = Path(path)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def save_path(self, title: str, name: str) -> Path | None:
        """Ask where to save, then the command line's guard: never the data, never a non-workbook."""
        path = self.ask_save_path(title, name)
        if path is None:
            return None
        try:
            return check_output(path, self.ctx.paths)
        except OutputRefused as refused:
            code, where = refused.code, str(refused.path)
            self._say(lambda: output_refused_text(code, where), error=True)
            return None

    def ask_open_paths(self) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import workbooks"), self._folder(), self.tr("Excel workbooks (*.xlsx)")
        )
        return [Path(p) for p in paths]

    def ask_confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        # our own button words: Qt ships no Kazakh, and QMessageBox.question would say "Yes"/"No"
        return ask(self, title, text, yes, no)

    # -- export -----------------------------------------------------------------------------------

    def scope(self) -> str:
        return self.export_box.scope()

    def _select_language(self, code: str) -> None:
        index = self.workbook_language.findData(code)
        self.workbook_language.setCurrentIndex(max(index, 0))

    def choose_export(self) -> None:
        inst = self.ctx.workspace.installation
        if inst is None:
            return
        path = self.save_path(self.tr("Export a workbook"), _exchange().default_export_name(inst))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        ws, scope = self.ctx.workspace, self.scope()
        date_from, date_to = self.export_period.period() if scope == "period" else (None, None)
        language = self.workbook_language.currentData()
        self._remember_folder(path)

        def work(progress, cancelled):
            return _exchange().export_workbook(
                ws, path, scope=scope, date_from=date_from, date_to=date_to, language=language,
                progress=progress, cancel=cancelled,
            )  # fmt: skip

        self._start(work, self._exported, self.tr("Exporting %1…").replace("%1", path.name))

    def _exported(self, result) -> None:
        self.last_export = Path(result.path)
        self.show_export.setVisible(True)
        self._say(
            lambda: self.tr("%n record(s) exported to %1.", "", result.record_count).replace(
                "%1", str(result.path)
            )
        )
        self.refresh()

    def _show_export_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))

    # -- import -----------------------------------------------------------------------------------

    def choose_import(self) -> None:
        paths = self.ask_open_paths()
        if paths:
            self.preview(paths)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and xlsx_paths(event.mimeData().urls()) and not self.panel.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = xlsx_paths(event.mimeData().urls())
        if paths and not self.panel.busy:
            event.acceptProposedAction()
            self.preview(paths)

    def preview(self, files: list[Path]) -> None:
        """Dry-run the import of `files` on a worker, then show what it would do."""
        files = list(files)
        ws = self.ctx.workspace
        self._remember_folder(files[0])

        def work(progress, cancelled):
            return _exchange().preview_import(ws, files, progress=progress, cancel=cancelled)

        label = self.tr("Reading %n workbook(s)…", "", len(files))
        self._start(work, lambda preview: self._show_preview(preview, files), label)

    def _show_preview(self, preview, files: list[Path]) -> None:
        dialog = ImportPreviewDialog(preview, files, self.ctx.language, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self.commit(files))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def commit(self, files: list[Path]) -> None:
        self.preview_dialog = None
        ws = self.ctx.workspace

        def work(progress, cancelled):
            return _exchange().commit_import(ws, files, progress=progress, cancel=cancelled)

        self._start(work, self._imported, self.tr("Importing %n workbook(s)…", "", len(files)))

    def _imported(self, result) -> None:
        rejected = len({(r.file, r.sheet, r.row) for r in result.rejected})

        def text() -> str:
            said = self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 rejected row(s), %5 conflict(s).")
            values = (result.inserted, result.updated, result.unchanged, rejected, result.conflicts)
            for i, value in enumerate(values):
                said = said.replace(f"%{i + 1}", number(self.ctx.language, value))
            return said

        self._say(text)
        self.ctx.changed.emit(result.changed)
        self.refresh()

    def undo_last_import(self) -> None:
        title = self.tr("Undo the last import")
        text = self.tr(
            "The records the last import added are removed and those it changed get their earlier "
            "versions back. Undo it?"
        )
        if not self.ask_confirm(title, text, self.tr("Undo the import"), self.tr("Keep it")):
            return
        ws = self.ctx.workspace

        def work(progress, cancelled):
            return _exchange().undo_last_import(ws)

        self._start(work, self._undone, self.tr("Undoing the last import…"))

    def _undone(self, changed: Changed) -> None:
        self._say(lambda: self.tr("The last import was undone."))
        self.ctx.changed.emit(changed)
        self.refresh()

    # -- report and template ----------------------------------------------------------------------

    def choose_report(self) -> None:
        date_from, date_to = self.report_period.period()
        name = self.tr("fieldapp-report") + f"-{date.today().isoformat()}.xlsx"
        path = self.save_path(self.tr("Write a report"), name)
        if path is not None:
            self.write_report(path, date_from, date_to)

    def write_report(self, path: Path, date_from: date | None, date_to: date | None) -> None:
        ws, language = self.ctx.workspace, self.workbook_language.currentData()
        self._remember_folder(path)

        def work(progress, cancelled):
            return _exchange().write_report(
                ws, path, date_from=date_from, date_to=date_to, language=language,
                progress=progress, cancel=cancelled,
            )  # fmt: skip

        def done() -> str:
            return self.tr("The report was written to %1.").replace("%1", str(path))

        self._start(work, lambda _r: self._say(done), self.tr("Writing the report…"))

    def choose_pdf(self) -> None:
        date_from, date_to = self.report_period.period()
        name = self.tr("fieldapp-summary") + f"-{date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write a printable summary"),
            str(Path(self._folder()) / name),
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        path = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:  # the command line's guard: never the data, never a file that is not a PDF
            path = check_output(path, self.ctx.paths, suffix=".pdf")
        except OutputRefused as refused:
            code, where = refused.code, str(refused.path)
            self._say(lambda: output_refused_text(code, where), error=True)
            return
        self.write_pdf(path, date_from, date_to)

    def write_pdf(self, path: Path, date_from: date | None, date_to: date | None) -> None:
        """The figures are gathered on a worker; the page is drawn on the UI thread (Qt's PDF writer)."""
        ws, language = self.ctx.workspace, self.workbook_language.currentData()
        self._remember_folder(path)

        def work(progress, cancelled):
            from fieldapp.services.reporting import SUMMARY, build_report

            return build_report(ws, date_from, date_to, SUMMARY), ws.reference  # the installation's names

        def done(result) -> None:
            from fieldapp.ui.pdf import write_pdf

            model, ref = result
            try:
                write_pdf(model, path, language, ref)
            except OSError as e:
                reason = str(e)
                self._say(
                    lambda: self.tr("The summary could not be written: %1").replace("%1", reason), error=True
                )
                return
            self._say(lambda: self.tr("The summary was written to %1.").replace("%1", str(path)))

        self._start(work, done, self.tr("Writing the summary…"))

    def choose_template(self) -> None:
        path = self.save_path(self.tr("Save a bulk-entry template"), self.tr("fieldapp-template") + ".xlsx")
        if path is not None:
            self.write_template(path)

    def write_template(self, path: Path) -> None:
        language = self.workbook_language.currentData()
        self._remember_folder(path)

        def work(progress, cancelled):
            return _exchange().write_template(path, language=language, ws=self.ctx.workspace)

        def done() -> str:
            return self.tr("The template was written to %1.").replace("%1", str(path))

        self._start(work, lambda _r: self._say(done), self.tr("Writing the template…"))

    # -- running tasks ----------------------------------------------------------------------------

    def _buttons(self) -> list[QPushButton]:
        return [
            self.export_button,
            self.import_button,
            self.report_button,
            self.pdf_button,
            self.template_button,
        ]

    def _start(self, work, on_done, label: str) -> None:
        self._say("")
        for b in self._buttons():
            b.setEnabled(False)
        self.panel.run(self.ctx.tasks, work, on_done, self._failed, label)

    def _task_finished(self) -> None:
        for b in self._buttons():
            b.setEnabled(True)
        self._apply_rights()
        self.refresh()

    def _apply_rights(self) -> None:
        """A viewer's login on the shared database gets no import or export (an export is logged)."""
        if not self.ctx.may_write:
            self.import_button.setEnabled(False)
            self.export_button.setEnabled(False)
            self.undo_button.setEnabled(False)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._say(lambda: self.tr("Cancelled; nothing was changed."))
            return
        code = getattr(error, "code", None)
        if isinstance(error, OutputRefused):
            self._say(lambda: output_refused_text(error.code, str(error.path)), error=True)
        elif code == "nothing_to_undo":
            self._say(lambda: self.tr("There is no import to undo."), error=True)
        elif code == "changed_since":
            self._say(
                lambda: self.tr("The last import cannot be undone: records were changed after it."),
                error=True,
            )
        elif code is not None and getattr(error, "file", None):
            self._say(lambda: f"{Path(error.file).name}: {unusable_text(code, error)}", error=True)
        elif isinstance(error, FieldappError):
            self._say(str(error), error=True)
        elif isinstance(error, OSError):
            self._say(
                lambda: self.tr("The file could not be written or read: %1").replace("%1", str(error)),
                error=True,
            )
        else:
            log.error("exchange task failed", exc_info=error)
            self._say(
                lambda: self.tr("Something went wrong; the details were written to the log."), error=True
            )

    def _say(self, text: str | Callable[[], str], error: bool = False) -> None:
        """Show a notice. Given as a function, it is said again in the new language after a switch;
        a plain string (a service's own message) cannot be, and is cleared then."""
        self._notice = (text, error) if callable(text) else (None, False)
        text = text() if callable(text) else text
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #B3261E;" if error else "")
        self.notice.setVisible(bool(text))
