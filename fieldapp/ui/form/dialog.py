"""The entry dialog: Save / Save-and-new (Ctrl+Enter), inline validation, duplicate warning, drafts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from fieldapp.domain.errors import NotFound, StaleRecord, ValidationFailed
from fieldapp.domain.record import Activity
from fieldapp.domain.validation import errors, validate
from fieldapp.services.changes import Changed
from fieldapp.ui.errors import busy_text, is_busy, storage_error_text
from fieldapp.ui.form.drafts import Draft, Drafts
from fieldapp.ui.form.fields import ActivityFields
from fieldapp.ui.formats import format_date
from fieldapp.ui.texts import issue_message
from fieldapp.ui.widgets.buttons import ask
from fieldapp.ui.widgets.screen import fit_to_screen

BANNER_STYLE = {
    "info": "background: #e8f1fb; border: 1px solid #9bbce0; padding: 6px;",
    "ok": "background: #e7f5e9; border: 1px solid #8cc79a; padding: 6px;",
    "warn": "background: #fff4d6; border: 1px solid #e0b84f; padding: 6px;",
    "error": "background: #fde8ea; border: 1px solid #e39aa3; padding: 6px;",
}


class EntryDialog(QDialog):
    """Create or edit one activity. Writes go through the task runner (the single writer)."""

    saved = Signal(object)  # Changed

    def __init__(self, ctx, record: Activity | None = None, draft: Draft | None = None, parent=None,
                 today=date.today, copy_of: Activity | None = None):  # fmt: skip
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.ctx = ctx
        self._today = today
        self.drafts = Drafts(ctx.paths.drafts)
        self.is_new = draft.is_new if draft else record is None
        self.copy_of = copy_of if record is None and draft is None else None
        self.expected_version = draft.expected_version if draft else (record.version if record else None)
        self.base = draft.activity if draft else (record or Activity())
        self._duplicate_ok = False
        self._pending_and_new = False
        self._busy = False
        self.dirty = False
        # a viewer's login on the shared database reads records: the form shows, nothing saves
        self.read_only = not ctx.may_write
        # an office installation shows another office's record but does not change it (DESIGN §4)
        inst = ctx.workspace.installation
        owner = self.base.office if (record is not None or draft is not None) and not self.is_new else ""
        self.not_ours = (
            owner
            if owner and inst is not None and owner != inst.office_code and not inst.is_coordinator
            else ""
        )
        self.read_only = self.read_only or bool(self.not_ours)

        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setObjectName("bannerText")
        self.save_anyway = QPushButton(self.banner)
        self.save_anyway.setObjectName("saveAnyway")
        banner_lay = QHBoxLayout(self.banner)
        banner_lay.addWidget(self.banner_text, 1)
        banner_lay.addWidget(self.save_anyway)
        self.banner.hide()

        self.fields = ActivityFields(ctx.language, today=today, parent=self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_new_button = QPushButton(self)
        self.save_new_button.setObjectName("saveAndNew")
        self.save_new_button.setVisible(self.is_new)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        # No default button: Enter goes on to the next field (staff come from 1C, Excel and Epi Info);
        # Ctrl+S saves and closes, Ctrl+Enter saves and starts the next record.
        for b in (self.save_button, self.save_new_button, self.cancel_button, self.save_anyway):
            b.setAutoDefault(False)
            b.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.save_new_button, self.save_button, self.cancel_button):
            buttons.addWidget(b)

        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)

        self.save_button.clicked.connect(lambda: self.save(and_new=False))
        self.save_new_button.clicked.connect(lambda: self.save(and_new=True))
        self.cancel_button.clicked.connect(self.reject)
        self.save_anyway.clicked.connect(self._save_anyway)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.save(and_new=self.is_new))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save(and_new=False))

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(700)
        self._draft_timer.timeout.connect(self.write_draft)

        if draft is not None or record is not None:
            self.fields.set_activity(self.base)
        elif self.copy_of is not None:
            self.fields.set_activity(self.copy_of.copy(uuid=self.base.uuid))
        else:
            self._apply_defaults()
        self.fields.edited.connect(self._edited)
        if self.read_only:
            self.fields.setEnabled(False)
            for b in (self.save_button, self.save_new_button, self.save_anyway):
                b.setVisible(False)
        self.retranslate()
        if draft is not None:
            self.dirty = True
            when = format_date(date.fromtimestamp(draft.saved_at / 1000))
            self._show_banner(
                "info", self.tr("An entry that was not saved (%1) has been recovered.").replace("%1", when)
            )
        elif self.not_ours:
            self._show_banner("info", self._not_ours_text())
        fit_to_screen(self, 1080, 640)
        self._focus_start()

    def _not_ours_text(self) -> str:
        return self.tr("This record belongs to office %1: only %1 or a coordinator can change it.").replace(
            "%1", self.not_ours
        )

    def _focus_start(self) -> None:
        """A new record whose activity is already known (remembered or copied) starts at the first
        measure, its text selected so typing replaces it; otherwise at the activity."""
        measure = self.fields.first_measure() if self.is_new and self.fields.kind.code() else None
        if measure is None:
            self.fields.kind.setFocus()
            return
        measure.setFocus()
        measure.selectAll()

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.not_ours:
            self.setWindowTitle(self.tr("Activity of office %1 (read only)").replace("%1", self.not_ours))
            if self.banner.isVisible():
                self.banner_text.setText(self._not_ours_text())
        elif self.read_only:
            self.setWindowTitle(self.tr("Activity (read only: this login may only read)"))
        else:
            self.setWindowTitle(self.tr("New activity") if self.is_new else self.tr("Edit activity"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S)"))
        self.save_new_button.setText(self.tr("Save and new"))
        self.save_new_button.setToolTip(self.tr("Save and start the next record (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.save_anyway.setText(self.tr("Save anyway"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- defaults and drafts ----------------------------------------------------------------------

    def _apply_defaults(self) -> None:
        """Everything but the measures and notes comes from the last saved record ("sticky" values);
        its start date only on the day it was saved (tomorrow's first record starts today)."""
        s = self.ctx.settings
        inst = self.ctx.workspace.installation
        region = s.get("form/last_region") or (inst.region if inst else "")
        today = self._today()
        start = today
        if s.get("form/last_saved_on") == today.isoformat():
            try:
                start = date.fromisoformat(s.get("form/last_start_date"))
            except ValueError:
                start = today
        rec = Activity(
            uuid=self.base.uuid,
            kind=s.get("form/last_kind"),
            start_date=start,
            region=region,
            district=s.get("form/last_district"),
            settlement=s.get("form/last_settlement"),
            site_type=s.get("form/last_site_type"),
            language=s.get("form/last_language"),
            target_groups=tuple(s.get("form/last_target_groups")),
            partners=s.get("form/last_partners"),
            entered_by=s.get("form/entered_by"),
        )
        self.fields.set_activity(rec)

    def _remember_defaults(self, rec: Activity) -> None:
        s = self.ctx.settings
        s.set("form/last_kind", rec.kind)
        s.set("form/last_region", rec.region)
        s.set("form/last_district", rec.district)
        s.set("form/last_settlement", rec.settlement)
        s.set("form/last_site_type", rec.site_type)
        s.set("form/last_language", rec.language)
        s.set("form/last_target_groups", list(rec.target_groups))
        s.set("form/last_start_date", rec.start_date.isoformat() if rec.start_date else "")
        s.set("form/last_saved_on", self._today().isoformat())
        s.set("form/last_partners", rec.partners)
        s.set("form/entered_by", rec.entered_by)

    def _edited(self) -> None:
        self.dirty = True
        self._duplicate_ok = False
        if self.banner.isVisible() and not self.save_anyway.isVisible():
            self.banner.hide()
        self._draft_timer.start()

    def write_draft(self) -> None:
        if self.dirty:
            self.drafts.save(self.current(), self.is_new, self.expected_version)

    def current(self) -> Activity:
        rec = self.fields.to_activity(self.base)
        inst = self.ctx.workspace.installation
        if not rec.office and inst is not None:
            rec = rec.copy(office=inst.office_code)
        return rec

    # -- saving -----------------------------------------------------------------------------------

    def save(self, and_new: bool = False) -> bool:
        """Validate, warn about a probable duplicate, then write; False if the record was not sent."""
        if self._busy or self.read_only:
            return False
        and_new = and_new and self.is_new
        rec = self.current()
        # Editing a record of a kind this installation does not know yet keeps that kind (issue 15).
        keep = not self.is_new and rec.kind == self.base.kind
        issues = self.fields.input_issues() + validate(rec, today=self._today(), keep_unknown_codes=keep)
        self.fields.show_issues(issues)
        if errors(issues):
            hidden = [i for i in errors(issues) if i.field not in self.fields.errors]
            text = self.tr("Please correct the fields marked in red.")
            if hidden:
                text += " " + " ".join(issue_message(i, self.ctx.language) for i in hidden)
            self._show_banner("error", text)
            return False
        if self.is_new and not self._duplicate_ok and self.ctx.settings.get("form/warn_duplicates"):
            dups = self.ctx.records.probable_duplicates(rec)
            if dups:
                self._pending_and_new = and_new
                self._show_banner(
                    "warn",
                    self.tr("A similar record already exists: same activity, date, region and site "
                            "(%n record(s)). Is this a different activity?", "", len(dups)),
                    save_anyway=True,
                )  # fmt: skip
                self.save_anyway.setFocus()
                return False
        self._set_busy(True)
        records, expected = self.ctx.records, self.expected_version

        def write(progress, cancelled) -> Changed:
            return records.create(rec) if self.is_new else records.update(rec, expected)

        self.ctx.tasks.run(
            write,
            on_done=lambda changed: self._saved(changed, rec, and_new),
            on_error=self._failed,
            label="save record",
        )
        return True

    def _save_anyway(self) -> None:
        self._duplicate_ok = True
        self.banner.hide()
        self.save(self._pending_and_new)

    def _saved(self, changed: Changed, rec: Activity, and_new: bool) -> None:
        self._set_busy(False)
        self._draft_timer.stop()
        self.drafts.discard(rec, self.is_new)
        self._remember_defaults(rec)
        self.dirty = False
        self.ctx.announce(changed)
        self.saved.emit(changed)
        if not and_new:
            self.accept()
            return
        self.base = Activity()
        self._duplicate_ok = False
        self._apply_defaults()
        self.fields.show_issues([])
        self.dirty = False
        self._show_banner("ok", self.tr("Saved. You can enter the next record."))
        self._focus_start()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            self.fields.show_issues(error.issues)
            self._show_banner("error", self.tr("Please correct the fields marked in red."))
        elif isinstance(error, StaleRecord | NotFound):
            self.write_draft()
            self._show_banner(
                "error",
                self.tr("This record was changed elsewhere (for example by an import) after you opened it. "
                        "Close this window and open the record again; what you typed is kept as a draft."),
            )  # fmt: skip
        elif storage_error_text(error) is not None:  # another writer, full disk: keep it, try again
            self.write_draft()
            self._show_banner("error", storage_error_text(error))
        elif is_busy(error):  # another fieldapp held the write lock past the busy timeout
            self.write_draft()
            self._show_banner("error", busy_text())
        else:
            self._show_banner("error", self.tr("The record could not be saved."))
            self.ctx.tasks.error_unhandled.emit(error, "save record")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for b in (self.save_button, self.save_new_button, self.save_anyway):
            b.setEnabled(not busy)

    def _show_banner(self, kind: str, text: str, save_anyway: bool = False) -> None:
        self.banner.setStyleSheet(f"QFrame#banner {{{BANNER_STYLE[kind]}}}")
        self.banner_text.setText(text)
        self.save_anyway.setVisible(save_anyway)
        self.banner.show()

    def banner_message(self) -> str:
        return self.banner_text.text() if self.banner.isVisible() else ""

    # -- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._busy:
            return
        if self.dirty and not ask(
            self,
            self.tr("Discard this entry?"),
            # the question is in the text too: a title bar is easy to miss; "Discard" must not read
            # like the form's own "Cancel" (in Kazakh both were "Бас тарту")
            self.tr("What you typed has not been saved. Close the form without saving it?"),
            self.tr("Close without saving"),
            self.tr("Keep editing"),
        ):
            return
        self._draft_timer.stop()
        self.drafts.discard(self.current(), self.is_new)
        super().reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            # a field passed Enter on: go to the next field; a focused button is pressed
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)
