"""The activity table model: keyset pages as the view scrolls, SQL sorting, patches on change."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from fieldapp.domain.query import RecordFilter, Sort
from fieldapp.ui.activities.history import HistoryModel
from fieldapp.ui.activities.model import COLUMNS, ActivityTableModel, ObjectRole, SortRole


def test_model_passes_the_model_tester(qtmodeltester, app_ctx, seed):
    seed(app_ctx, 25)
    model = ActivityTableModel(app_ctx.records, "ru", page_size=10)
    model.set_query()
    qtmodeltester.check(model)


def test_rows_arrive_a_page_at_a_time(app_ctx, seed):
    seed(app_ctx, 45)
    model = ActivityTableModel(app_ctx.records, "en", page_size=20)
    model.set_query()
    assert model.rowCount() == 20 and model.rows_fetched == 20 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 45 and model.pages_fetched == 3


def test_sorting_is_a_new_query_in_sql(app_ctx, seed):
    seed(app_ctx, 30)
    model = ActivityTableModel(app_ctx.records, "en", page_size=10)
    model.set_query()
    col = COLUMNS.index("people_reached")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert model.sort_order == Sort("people_reached", descending=False)
    assert model.index(0, col).data(SortRole) == 10  # the smallest of all 30, though only 10 are loaded
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.index(0, col).data(SortRole) == 39


def test_names_follow_the_language_and_headers_translate(app_ctx, seed):
    seed(app_ctx, 1)
    model = ActivityTableModel(app_ctx.records, "kk")
    model.set_query()
    assert model.index(0, COLUMNS.index("kind")).data() == "Парақшалар тарату"
    assert model.index(0, COLUMNS.index("region")).data() == "Алматы"
    model.set_language("ru")
    assert model.index(0, COLUMNS.index("region")).data() == "г. Алматы"
    assert model.headerData(COLUMNS.index("people_reached"), Qt.Orientation.Horizontal) == "Охвачено людей"


def test_evicted_rows_are_read_again_by_uuid(app_ctx, seed):
    seed(app_ctx, 30)
    model = ActivityTableModel(app_ctx.records, "en", page_size=10, cache_size=5)
    model.set_query()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    first = model.index(0, 0).data(ObjectRole)
    assert first is not None and first.uuid == model.index(0, 0).data(Qt.ItemDataRole.UserRole + 3)


def test_changes_patch_or_remove_rows(app_ctx, seed):
    uuids = seed(app_ctx, 5)
    model = ActivityTableModel(app_ctx.records, "en")
    model.set_query(RecordFilter())
    rec = app_ctx.records.get(uuids[0])
    changed = app_ctx.records.update(rec.copy(people_reached=999, children_reached=1), rec.version)
    model.apply_changes(changed)
    row = model.row_of(uuids[0])
    assert model.index(row, COLUMNS.index("people_reached")).data(SortRole) == 999
    model.apply_changes(app_ctx.records.delete(uuids[1]))
    assert model.rowCount() == 4 and model.row_of(uuids[1]) == -1


def test_history_model(qtmodeltester, app_ctx, seed):
    uuid = seed(app_ctx, 1)[0]
    rec = app_ctx.records.get(uuid)
    app_ctx.records.update(rec.copy(notes="changed"), rec.version)
    app_ctx.records.delete(uuid)
    current = app_ctx.records.get(uuid)
    model = HistoryModel(current, app_ctx.records.history(uuid), "en")
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert "Notes" in model.index(2, 3).data()  # the first version's notes changed later
