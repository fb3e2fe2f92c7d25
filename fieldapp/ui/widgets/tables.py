"""The one set-up of the app's read-only tables (records, history, exchange logs, offices, targets…)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(
    view: QTableView, *, single: bool = False, columns: str = "fit", wrap: bool = False
) -> QTableView:
    """Whole rows are chosen (one with `single`), nothing is edited in place, no row numbers, long
    texts on one line unless `wrap`. Columns: "fit" their contents and the last takes what is left;
    "last" keeps the widths people drag, the last taking what is left; "stretch" shares the width;
    "drag" leaves every width to the caller and the person."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(wrap)
    header = view.horizontalHeader()
    if columns == "fit":
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    elif columns == "stretch":
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(columns in ("fit", "last"))
    return view


def sorted_table(model: QAbstractItemModel, parent: QWidget, sort_role: int) -> QTableView:
    """A read-only table over `model` that sorts by clicking a header, by the model's `sort_role`
    (numbers and dates as values, not as their text)."""
    from PySide6.QtCore import QSortFilterProxyModel  # not for the first window (start-up: ~0.7 ms)

    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(sort_role)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return read_only_table(view)
