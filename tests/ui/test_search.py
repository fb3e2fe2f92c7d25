"""Text search never holds the window: it runs on a worker, debounced, and the newest search wins."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from fieldapp.domain.query import RecordFilter
from fieldapp.ui.tasks import TaskRunner
from tests.conftest import make_activity


def test_the_search_reads_off_the_ui_thread_and_the_newest_search_wins(qtbot, make_ctx, seed):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx("ru", tasks=TaskRunner())
    seed(ctx, 40)
    ctx.records.create(make_activity(settlement="Қаскелең ауылы"))
    ctx.records.create(make_activity(settlement="Медеу ауданы"))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    threads = []
    page = ctx.records.page

    def watched_page(*args, **kwargs):  # the real query; we only note which thread ran it
        threads.append(threading.current_thread())
        return page(*args, **kwargs)

    ctx.records.page = watched_page
    activities = w.activities
    activities._filter_changed(RecordFilter(text="медеу"))
    activities._filter_changed(RecordFilter(text="қаскелең"))  # typed on before the first one came back
    qtbot.waitUntil(lambda: not activities.searching, timeout=10_000)
    ctx.tasks.wait(10_000)
    qtbot.wait(50)  # a late answer to the older search arrives and must be dropped
    model = activities.model
    assert model.filter.text == "қаскелең"
    assert [model.record_at(r).settlement for r in range(model.rowCount())] == ["Қаскелең ауылы"]
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_typing_waits_for_a_pause_before_searching(qtbot, make_ctx, seed):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx("ru")
    seed(ctx, 5)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    searches = []
    w.activities.filterChanged.connect(searches.append)
    text = w.activities.filters.text
    text.setFocus()
    qtbot.keyClicks(text, "Site 3")
    assert searches == []  # not one query per key
    qtbot.waitUntil(lambda: len(searches) == 1, timeout=3000)
    assert searches[0].text == "Site 3"
    qtbot.keyClick(text, Qt.Key.Key_Return)  # Enter searches at once and goes to the results


def test_the_first_visit_to_the_dashboard_shows_loading_and_builds_after(qtbot, make_ctx):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx("ru", tasks=TaskRunner())
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.page_actions["dashboard"].trigger()  # Ctrl+2
    # the window answers at once: the placeholder shows while the page's module loads on a worker
    assert w.dashboard.page is None and w.dashboard.placeholder.isVisibleTo(w)
    qtbot.waitUntil(lambda: w.dashboard.page is not None, timeout=20_000)
    qtbot.waitUntil(lambda: w.dashboard.page.isVisibleTo(w))
    assert not w.dashboard.placeholder.isVisibleTo(w)
