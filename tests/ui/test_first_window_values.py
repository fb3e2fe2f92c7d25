"""The first window sets its few Qt enum values without Qt's enum namespace (start-up, ~14 ms: see
fieldapp/ui/widgets/named.py). These check that what the person gets is what `Qt.…` would have set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

from fieldapp.ui.activities import model as table_model
from fieldapp.ui.activities.model import COLUMNS, ObjectRole, SortRole, UuidRole
from fieldapp.ui.widgets.named import set_named, set_shortcut


def test_the_table_models_role_and_alignment_numbers_are_qts():
    assert SortRole == Qt.ItemDataRole.UserRole + 1
    assert ObjectRole == Qt.ItemDataRole.UserRole + 2
    assert UuidRole == Qt.ItemDataRole.UserRole + 3
    m = table_model
    assert (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.UserRole,
    ) == (m._DISPLAY, m._TOOLTIP, m._ALIGN, m._FG, m._FONT, m._USER)  # fmt: skip
    assert (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value == m._RIGHT


def test_set_named_sets_the_value_and_refuses_a_misspelt_one(qtbot):
    bar, label = QToolBar(), QLabel()
    qtbot.addWidget(bar)
    qtbot.addWidget(label)
    set_named(bar, "toolButtonStyle", "ToolButtonTextOnly")
    set_named(label, "alignment", "AlignCenter")
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    with pytest.raises(ValueError):
        set_named(bar, "toolButtonStyle", "ToolButtonTextOnIy")
    with pytest.raises(ValueError):
        set_named(bar, "toolbuttonStyle", "ToolButtonTextOnly")
    set_shortcut(bar.addAction("x"), QKeySequence.StandardKey.Quit)
    assert bar.actions()[0].shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)


def test_the_first_window_has_the_keys_styles_and_rows_it_had(window):
    page = window.activities
    assert window.nav.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert window.toolBarArea(window.nav) == Qt.ToolBarArea.TopToolBarArea
    assert page.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert page.view.horizontalHeader().contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert page.open_action.shortcuts() == [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
    assert page.open_action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert page.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert page.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert page.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert window.page_actions["exchange"].shortcut() == QKeySequence("Ctrl+3")
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.dashboard.placeholder.alignment() == Qt.AlignmentFlag.AlignCenter
    model = page.model
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    if model.rowCount():
        assert model.flags(model.index(0, 0)) == flags
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    header = page.view.horizontalHeader()
    assert page.view.isSortingEnabled() and header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)


def test_the_header_shows_the_columns_names_and_follows_the_language(window):
    header, model = window.activities.view.horizontalHeader(), window.activities.model
    shown = [header.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]
    assert header.count() == len(COLUMNS)
    assert shown == [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert shown[0] == "Start date"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.UserRole) == "start_date"
    window.ctx.set_language("ru")
    assert header.model().headerData(0, Qt.Orientation.Horizontal) == "Дата начала"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Дата начала"


@pytest.mark.parametrize(
    ("column", "descending"), [("people_reached", False), ("region", True), ("start_date", False)]
)
def test_a_remembered_sort_shows_its_indicator_and_order_at_the_next_start(
    qtbot, app_ctx, column, descending
):
    from fieldapp.ui.mainwindow import MainWindow

    app_ctx.settings.set("table/sort_column", column)
    app_ctx.settings.set("table/sort_descending", descending)
    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    header = w.activities.view.horizontalHeader()
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COLUMNS.index(column), order)
    assert (w.activities.model.sort_order.column, w.activities.model.sort_order.descending) == (
        column,
        descending,
    )
    assert w.activities.model.pages_fetched == 1  # the first page read once, in the remembered order
    header.setSortIndicator(COLUMNS.index("version"), Qt.SortOrder.AscendingOrder)  # a click on a header
    assert w.activities.model.sort_order.column == "version" and not w.activities.model.sort_order.descending
    assert app_ctx.settings.get("table/sort_column") == "version"


def test_an_error_in_a_worker_thread_is_reported_on_the_ui_thread(qtbot, tmp_path):
    """The reporter's thread signal is connected without naming QueuedConnection: Qt queues it to the UI
    thread all the same (a dialog must never be built on a worker thread)."""
    import threading

    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    from fieldapp.ui.errors import ErrorReporter

    reporter = ErrorReporter(tmp_path / "fieldapp.log", show_dialogs=False)
    seen = []
    reporter.reported.connect(lambda headline, _details: seen.append((headline, QThread.currentThread())))
    reporter.install()
    try:

        def fail():
            raise RuntimeError("worker failed")

        worker = threading.Thread(target=fail)
        with qtbot.waitSignal(reporter.reported, timeout=5000):
            worker.start()
            worker.join()
    finally:
        reporter.uninstall()
    assert len(seen) == 1 and seen[0][1] is QApplication.instance().thread()


def test_a_column_dragged_in_the_header_moves_in_the_table(window):
    """The header reads its own (C++) model for the labels; dragging and hiding still act on the table."""
    view = window.activities.view
    header = view.horizontalHeader()
    kind = COLUMNS.index("kind")
    assert view.columnViewportPosition(0) < view.columnViewportPosition(kind)
    header.moveSection(header.visualIndex(0), header.visualIndex(kind))  # start date after the kind
    assert view.columnViewportPosition(0) > view.columnViewportPosition(kind)
    assert header.model().headerData(0, Qt.Orientation.Horizontal) == "Start date"  # labels follow
    view.setColumnHidden(kind, True)
    assert header.isSectionHidden(kind)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_keys_are_the_same_in_kazakh_and_russian(qtbot, make_ctx, language):
    """Key names are read with Qt's own catalogues installed (ours for Kazakh): Enter still opens."""
    from fieldapp.ui.mainwindow import MainWindow

    w = MainWindow(make_ctx(language))
    qtbot.addWidget(w)
    page = w.activities
    assert page.open_action.shortcuts() == [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
    assert page.copy_action.shortcut() == QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_D)
    assert w.page_actions["settings"].shortcut() == QKeySequence(
        Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_4
    )


@pytest.mark.parametrize("column", ["bogus", "", "uuid; DROP TABLE activity"])
def test_a_sort_column_fieldapp_does_not_know_starts_with_the_default_sort(qtbot, app_ctx, column):
    """settings.ini edited by hand (or left by another version) named a column the table cannot sort
    by: the app died at start with exit 1 and nothing on screen (outside tester). It starts with the
    default sort, newest first, and the next sort chosen is remembered."""
    from fieldapp.ui.mainwindow import MainWindow

    app_ctx.settings.set("table/sort_column", column)
    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    order = w.activities.model.sort_order
    assert (order.column, order.descending) == ("start_date", True)
    assert w.activities.model.rowCount() >= 0
    w.activities.view.horizontalHeader().setSortIndicator(
        COLUMNS.index("region"), Qt.SortOrder.AscendingOrder
    )
    assert app_ctx.settings.get("table/sort_column") == "region"
