"""Every read-only table of the app is set up one way (`ui/widgets/tables.py`): whole rows are chosen,
nothing is edited in place, no row numbers, and the last column takes the width that is left."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from fieldapp.ui.conflicts import ConflictsDialog


def assert_read_only_tables(widget) -> list[str]:
    seen = []
    for view in widget.findChildren(QTableView):
        name = view.objectName() or type(view.parent()).__name__
        assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers, name
        assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows, name
        assert view.verticalHeader().isHidden(), name
        seen.append(name)
    return seen


def test_the_tables_of_every_page_are_read_only_row_tables(qtbot, window, seed):
    seed(window.ctx, 3)
    for name in ("dashboard", "exchange"):
        window.show_page(name)
    tables = assert_read_only_tables(window)
    assert len(tables) >= 5  # records, dashboard offices and targets, import and export history


def test_the_dialogs_tables_too(qtbot, window, seed):
    from fieldapp.ui.activities.history import HistoryDialog

    uuid = seed(window.ctx, 1)[0]
    rec = window.ctx.records.get(uuid)
    history = HistoryDialog(rec, window.ctx.records.history(uuid), "en")
    qtbot.addWidget(history)
    conflicts = ConflictsDialog(window.ctx)
    qtbot.addWidget(conflicts)
    assert assert_read_only_tables(history) and assert_read_only_tables(conflicts)
