"""The Activities page: filter bar, the record table, and new / open / delete / undo / restore / history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.query import RecordFilter, Sort
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.services.changes import Changed
from fieldapp.ui.activities.filters import FilterBar
from fieldapp.ui.activities.model import COLUMNS, ActivityTableModel, UuidRole
from fieldapp.ui.texts import field_label
from fieldapp.ui.widgets.named import set_named, set_shortcut
from fieldapp.ui.widgets.tables import read_only_table

if TYPE_CHECKING:  # imported when first opened (start-up budget: the window shows without them)
    from fieldapp.ui.activities.empty import EmptyHint
    from fieldapp.ui.activities.history import HistoryDialog
    from fieldapp.ui.form.dialog import EntryDialog


class ActivitiesPage(QWidget):
    """Assembles the table and its actions; every write goes through ctx.tasks and is announced."""

    filterChanged = Signal(object)  # RecordFilter, for the status bar's count
    searched = Signal(object)  # RecordFilter: a text search's first page is showing
    importRequested = Signal()  # the empty table's "Import a workbook…"
    message = Signal(str)  # a short status-bar message

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activitiesPage")
        self.ctx = ctx
        self._undo: list[tuple[str, tuple[str, ...]]] = []  # (what was done, uuids) — newest last
        self._search_generation = 0
        self.searching = False
        self.model = ActivityTableModel(ctx.records, ctx.language, parent=self)
        s = ctx.settings
        try:
            sort = Sort(s.get("table/sort_column"), s.get("table/sort_descending"))
        except ValueError:  # a column this version cannot sort by (settings.ini edited, another version)
            sort = Sort()
        self.filters = FilterBar(ctx.language, self)
        self.view = QTableView(self)
        self.view.setObjectName("activityTable")
        # Sorting on before the model is set: switching it on sorts the model the view has, and a sort
        # handed to this model's Python `sort` passes a Qt.SortOrder, which builds Qt's whole enum
        # namespace (~14 ms, see widgets/named.py); the model reads its first page in `sort` below.
        self.view.setSortingEnabled(True)
        # The header's labels come from a C++ model: a header asking this model's Python `headerData`
        # (for its size, as soon as it has the model) hands it a Qt.Orientation, the same ~14 ms. Both
        # headers are hidden while the view takes the model, so neither asks it.
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setModel(self.model.header_model)
        self.view.horizontalHeader().show()
        read_only_table(self.view, columns="drag")  # widths below: fitting would read every row
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between rows)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        set_named(header, "contextMenuPolicy", "CustomContextMenu")
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu.popup(header.mapToGlobal(pos))
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(110)
        header.resizeSection(COLUMNS.index("kind"), 200)
        header.resizeSection(COLUMNS.index("region"), 170)
        header.resizeSection(COLUMNS.index("settlement"), 170)
        header.resizeSection(COLUMNS.index("target_groups"), 200)
        section = COLUMNS.index(sort.column) if sort.column in COLUMNS else 0
        if section != 0 or not sort.descending:  # a header starts at section 0, descending: the default
            from PySide6.QtCore import Qt

            order = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)  # the view would sort the model now: one page read more
            header.setSortIndicator(section, order)
            header.blockSignals(False)
        header.sortIndicatorChanged.connect(self._sort_changed)

        self.toolbar = QToolBar(self)
        set_named(self.toolbar, "toolButtonStyle", "ToolButtonTextOnly")
        self.new_action = self._action("new", QKeySequence.StandardKey.New, lambda: self.new_record())
        self.copy_action = self._action("copy", QKeySequence("Ctrl+D"), self.copy_selected)
        self.open_action = self._action("open", QKeySequence("Return"), self.open_selected)
        self.delete_action = self._action("delete", QKeySequence.StandardKey.Delete, self.delete_selected)
        self.undo_action = self._action("undo", QKeySequence.StandardKey.Undo, self.undo)
        self.restore_action = self._action("restore", QKeySequence("Ctrl+Shift+R"), self.restore_selected)
        self.history_action = self._action("history", QKeySequence("Ctrl+H"), self.show_history)
        self.find_action = self._action("find", QKeySequence.StandardKey.Find, self.focus_search)
        self.open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        set_named(self.open_action, "shortcutContext", "WidgetShortcut")
        set_named(self.delete_action, "shortcutContext", "WidgetShortcut")
        self.view.addAction(self.open_action)
        self.view.addAction(self.delete_action)
        for a in (self.new_action, self.copy_action, self.open_action, self.delete_action, self.undo_action,
                  self.restore_action, self.history_action):  # fmt: skip
            self.toolbar.addAction(a)
        self.addAction(self.find_action)
        self.columns_menu = QMenu(self)
        self.columns_button = QToolButton(self)
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setMenu(self.columns_menu)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.columns_button)
        self.column_actions: dict[str, QAction] = {}
        hidden = set(s.get("table/hidden_columns"))
        for i, key in enumerate(COLUMNS):
            act = self.columns_menu.addAction("")
            act.setCheckable(True)
            act.setChecked(key not in hidden)
            act.toggled.connect(lambda on, key=key: self.set_column_visible(key, on))
            self.column_actions[key] = act
            self.view.setColumnHidden(i, key in hidden)

        lay = QVBoxLayout(self)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.filters)
        lay.addWidget(self.view, 1)

        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        # keyboard path: the table selects a row when it gets focus (else Enter/Del/Ctrl+H do nothing),
        # and ↓ or Enter in the search field goes on to the results
        self.view.installEventFilter(self)
        self.filters.text.installEventFilter(self)
        self.filters.text.returnPressed.connect(self.focus_table)
        self.filters.filterChanged.connect(self._filter_changed)
        ctx.changed.connect(self._on_changed)
        ctx.languageChanged.connect(self._language_changed)
        self.model.modelReset.connect(self._update_actions)
        self._empty_hint: EmptyHint | None = None  # built the first time the table is empty
        self.retranslate()
        self.fit_number_columns()
        self.model.set_query(self.filters.current(), sort)
        # after the first page: its reset (an empty table for a moment) would build the hint at every start
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty_hint)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()
        self._update_empty_hint()

    def _action(self, name: str, keys, slot) -> QAction:
        act = QAction(self)
        act.setObjectName(f"{name}Action")
        set_shortcut(act, keys)
        act.triggered.connect(slot)
        return act

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New record"))
        self.new_action.setToolTip(self.tr("Enter a new activity (Ctrl+N)"))
        self.copy_action.setText(self.tr("&Copy record"))
        self.copy_action.setToolTip(self.tr("A new record with everything the selected one has (Ctrl+D)"))
        self.open_action.setText(self.tr("&Open"))
        self.open_action.setToolTip(self.tr("Open the selected record (Enter)"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected records (Del); can be undone"))
        self.undo_action.setText(self.tr("&Undo"))
        self.restore_action.setText(self.tr("&Restore"))
        self.restore_action.setToolTip(self.tr("Restore the selected deleted records"))
        self.history_action.setText(self.tr("&History"))
        self.history_action.setToolTip(self.tr("Earlier versions of the selected record (Ctrl+H)"))
        self.find_action.setText(self.tr("Search"))
        self.view.setAccessibleName(self.tr("Activity records"))
        self.view.setAccessibleDescription(
            self.tr(
                "Enter opens the selected record, Ctrl+D copies it, Del deletes it; Tab leaves the table."
            )
        )
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        for key, act in self.column_actions.items():
            act.setText(field_label(key, self.ctx.language))
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, language: str) -> None:
        self.model.set_language(language)
        self.filters.set_language(language)
        self.retranslate()
        self.fit_number_columns()

    def fit_number_columns(self) -> None:
        """Number columns as wide as their (translated) headers, so no header is clipped."""
        header, metrics = self.view.horizontalHeader(), self.view.horizontalHeader().fontMetrics()
        for i, key in enumerate(COLUMNS):
            if key in MEASURES or key in ("start_date", "end_date", "version"):
                text = self.model.header_label(i)
                header.resizeSection(i, max(90, metrics.horizontalAdvance(text) + 30))

    # -- query ------------------------------------------------------------------------------------

    def _filter_changed(self, f) -> None:
        self.filterChanged.emit(f)
        self._search_generation += 1
        if not f.text.strip():
            self.searching = False  # a search still running is dropped when it arrives
            self.model.set_query(f)  # index range scans: a few milliseconds at any size
            return
        # A text search may scan (a short needle, a frequent word): read its first page off the UI
        # thread; when the person has typed on meanwhile, the newest search wins and older ones are
        # dropped on arrival.
        generation, records = self._search_generation, self.ctx.records
        sort, size = self.model._ranked(self.model.sort_order), self.model.page_size
        self.searching = True

        def done(page) -> None:
            if generation == self._search_generation:
                self.searching = False
                self.model.show_first_page(f, page)
                self.searched.emit(f)

        self.ctx.tasks.run(
            lambda progress, cancelled: records.page(f, sort, None, size),
            on_done=done,
            on_error=lambda error: self._search_failed(generation, f, error),
            label="search",
            write=False,
        )

    def _search_failed(self, generation: int, f, error: BaseException) -> None:
        if generation != self._search_generation:
            return
        self.searching = False
        self.model.set_query(f)  # say it the ordinary way (an error dialog if it fails again)

    def _sort_changed(self, column: int, order) -> None:
        if not self.model.sortable(column):
            return
        self.ctx.settings.set("table/sort_column", COLUMNS[column])
        from PySide6.QtCore import Qt

        self.ctx.settings.set("table/sort_descending", order == Qt.SortOrder.DescendingOrder)

    def set_column_visible(self, key: str, visible: bool) -> None:
        self.view.setColumnHidden(COLUMNS.index(key), not visible)
        hidden = [k for k, a in self.column_actions.items() if not a.isChecked()]
        self.ctx.settings.set("table/hidden_columns", hidden)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.view and event.type() == QEvent.Type.FocusIn:
            self._select_current_row()
        elif obj is self.filters.text and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt  # not before the first paint (see widgets/named.py)

            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.focus_table()
                return True
        return super().eventFilter(obj, event)

    @property
    def empty_hint(self) -> EmptyHint:
        """What the table says when it is empty (built on first need: most starts show records)."""
        if self._empty_hint is None:
            from fieldapp.ui.activities.empty import EmptyHint

            hint = EmptyHint(self.view.viewport())
            hint.newRequested.connect(lambda: self.new_record())
            hint.importRequested.connect(self.importRequested)
            self._empty_hint = hint
        return self._empty_hint

    def _update_empty_hint(self, *_args) -> None:
        empty = self.model.rowCount() == 0
        if not empty and self._empty_hint is None:
            return  # never shown yet: nothing to hide
        f = self.model.filter
        filtered = f != RecordFilter() and bool(
            f.text.strip()
            or f.kinds
            or f.regions
            or f.offices
            or f.date_from
            or f.date_to
            or f.deleted is not False
        )
        self.empty_hint.show_for(empty, filtered)

    def _select_current_row(self) -> None:
        """With nothing selected, select the current row (or the first): what the user sees is what
        Enter, Del and Ctrl+H act on."""
        selection = self.view.selectionModel()
        if selection is None or selection.hasSelection() or self.model.rowCount() == 0:
            return
        current = self.view.currentIndex()
        index = current if current.isValid() else self.model.index(0, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)

    def focus_table(self) -> None:
        """Move to the results (first row selected if none was), when there are any."""
        from PySide6.QtCore import Qt

        if self.model.rowCount() > 0:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._select_current_row()

    def focus_search(self) -> None:
        self.filters.text.setFocus()
        self.filters.text.selectAll()

    def _on_changed(self, changed: Changed) -> None:
        if changed.settings:  # perhaps new reference data: new kinds to filter by and to name
            self.filters.kind.set_items(reference().kinds)
            self.model.reference_changed()
        self.model.apply_changes(changed)
        self._update_actions()

    # -- selection --------------------------------------------------------------------------------

    def selected_uuids(self) -> tuple[str, ...]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return tuple(self.model.index(r, 0).data(UuidRole) for r in rows)

    def select_uuid(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _update_actions(self, *_args) -> None:
        uuids = self.selected_uuids() if self.view.selectionModel() else ()
        records = [self.model.record_at(self.model.row_of(u)) for u in uuids]
        self.open_action.setEnabled(len(uuids) == 1)
        self.copy_action.setEnabled(len(uuids) == 1)
        self.history_action.setEnabled(len(uuids) == 1)
        writes = self.ctx.may_write  # False for a viewer's login on the shared database
        self.new_action.setEnabled(writes)
        self.copy_action.setEnabled(len(uuids) == 1 and writes)
        self.delete_action.setEnabled(writes and any(r and not r.deleted for r in records))
        self.restore_action.setEnabled(writes and any(r and r.deleted for r in records))
        self.undo_action.setEnabled(bool(self._undo) and writes)
        if self._undo:
            what, ids = self._undo[-1]
            text = (
                self.tr("Undo deleting %n record(s)", "", len(ids))
                if what == "delete"
                else self.tr("Undo restoring %n record(s)", "", len(ids))
            )
            self.undo_action.setToolTip(text + " (Ctrl+Z)")

    # -- actions ----------------------------------------------------------------------------------

    def new_record(self, draft=None) -> EntryDialog:
        from PySide6.QtCore import Qt

        from fieldapp.ui.form.dialog import EntryDialog

        dialog = EntryDialog(self.ctx, draft=draft, parent=self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def copy_selected(self) -> EntryDialog | None:
        """A new record filled in from the selected one (measures too), the first measure selected."""
        from PySide6.QtCore import Qt

        uuids = self.selected_uuids()
        record = self.ctx.records.get(uuids[0]) if len(uuids) == 1 else None
        if record is None:
            return None
        from fieldapp.ui.form.dialog import EntryDialog

        dialog = EntryDialog(self.ctx, copy_of=record, parent=self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_selected(self) -> EntryDialog | None:
        from PySide6.QtCore import Qt

        uuids = self.selected_uuids()
        if len(uuids) != 1:
            return None
        record = self.ctx.records.get(uuids[0])
        if record is None:
            return None
        from fieldapp.ui.form.dialog import EntryDialog

        dialog = EntryDialog(self.ctx, record=record, parent=self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, changed: Changed) -> None:
        if changed.created:
            self.select_uuid(changed.created[0])
            self.message.emit(self.tr("Record saved."))
        elif changed.updated:
            self.select_uuid(changed.updated[0])
            self.message.emit(self.tr("Changes saved."))

    def delete_selected(self) -> None:
        uuids = tuple(u for u in self.selected_uuids() if not self._is_deleted(u))
        if uuids:
            self._write("delete", uuids)

    def restore_selected(self) -> None:
        uuids = tuple(u for u in self.selected_uuids() if self._is_deleted(u))
        if uuids:
            self._write("restore", uuids)

    def undo(self) -> None:
        if not self._undo:
            return
        what, uuids = self._undo.pop()
        self._write("restore" if what == "delete" else "delete", uuids, undoable=False)

    def _is_deleted(self, uuid: str) -> bool:
        rec = self.model.record_at(self.model.row_of(uuid))
        return bool(rec and rec.deleted)

    def _write(self, what: str, uuids: tuple[str, ...], undoable: bool = True) -> None:
        records = self.ctx.records

        def work(progress, cancelled) -> Changed:  # one transaction: all of them or none
            op = records.delete_many if what == "delete" else records.restore_many
            return op(uuids, progress)

        def finished(changed: Changed) -> None:
            from PySide6.QtCore import Qt

            if undoable:
                self._undo.append((what, uuids))
            n = len(uuids)
            if what == "delete":
                self.message.emit(self.tr("%n record(s) deleted. Ctrl+Z undoes it.", "", n))
            else:
                self.message.emit(self.tr("%n record(s) restored.", "", n))
            self.ctx.announce(changed)
            if any(self.select_uuid(u) for u in uuids):  # records back after an undo: selected again
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._update_actions()

        self.ctx.tasks.run(work, on_done=finished, label=what)

    def show_history(self) -> HistoryDialog | None:
        from PySide6.QtCore import Qt

        uuids = self.selected_uuids()
        if len(uuids) != 1:
            return None
        current = self.ctx.records.get(uuids[0])
        if current is None:
            return None
        from fieldapp.ui.activities.history import HistoryDialog

        dialog = HistoryDialog(current, self.ctx.records.history(current.uuid), self.ctx.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revertRequested.connect(self.revert)
        dialog.open()
        return dialog

    def _reverted(self, changed: Changed) -> None:
        self.ctx.announce(changed)
        self.message.emit(self.tr("Earlier version restored."))

    def revert(self, uuid: str, version: int) -> None:
        records = self.ctx.records
        self.ctx.tasks.run(
            lambda progress, cancelled: records.revert_to(uuid, version),
            on_done=lambda changed: (
                self.ctx.announce(changed),
                self.message.emit(self.tr("Earlier version restored.")),
            ),
            label="revert",
        )
