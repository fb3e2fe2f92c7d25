"""The task runner: results on the UI thread, progress, cancel, errors, one writer at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from fieldapp.domain.errors import Cancelled
from fieldapp.ui.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.wait(5000)


def test_result_and_progress_come_back_on_the_ui_thread(qtbot, runner):
    seen = {}

    def work(progress, cancelled):
        seen["worker"] = QThread.currentThread()
        progress(1, 2)
        progress(2, 2)
        return 42

    progress = []
    results = []
    handle = runner.run(work, on_done=results.append, on_progress=lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert results == [42]
    assert seen["worker"] is not QThread.currentThread()
    assert progress[-1] == (2, 2)
    assert handle.result == 42


def test_cancel_is_seen_by_the_worker(qtbot, runner):
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            QThread.msleep(5)
        raise Cancelled()

    errors = []
    handle = runner.run(work, on_error=errors.append)
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert isinstance(errors[0], Cancelled)


def test_an_unhandled_failure_is_reported_once(qtbot, runner):
    def work(progress, cancelled):
        raise ValueError("boom")

    with qtbot.waitSignal(runner.error_unhandled, timeout=5000) as blocker:
        runner.run(work, label="failing")
    error, label = blocker.args
    assert isinstance(error, ValueError) and label == "failing"


def test_writers_never_overlap(qtbot, runner):
    active, overlaps = [0], []
    lock = threading.Lock()

    def work(progress, cancelled):
        with lock:
            active[0] += 1
            overlaps.append(active[0])
        QThread.msleep(20)
        with lock:
            active[0] -= 1

    handles = [runner.run(work) for _ in range(4)]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=5000)
    assert max(overlaps) == 1


def test_the_synchronous_twin_calls_back_before_returning(qapp):
    runner = SyncTaskRunner()
    got, progress = [], []
    runner.run(
        lambda p, c: (p(1, 1), "done")[1], on_done=got.append, on_progress=lambda d, t: progress.append(d)
    )
    assert got == ["done"] and progress == [1]
    failures = []
    runner.run(lambda p, c: 1 / 0, on_error=failures.append)
    assert isinstance(failures[0], ZeroDivisionError)


class StoppedByNewerLoad(Cancelled):
    """A cancellation known by its type, whatever its name."""


@pytest.mark.parametrize("make_runner", [TaskRunner, SyncTaskRunner])
def test_a_cancellation_is_known_by_its_type_not_its_name(qtbot, qapp, make_runner):
    runner = make_runner()
    unhandled = []
    runner.error_unhandled.connect(lambda e, label: unhandled.append(type(e)))

    def stopped(progress, cancelled):
        raise StoppedByNewerLoad()

    def named_alike(progress, cancelled):
        raise type("Cancelled", (Exception,), {})()  # only the name of a cancellation: a failure

    handles = [runner.run(stopped, label="stopped"), runner.run(named_alike, label="named alike")]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=5000)
    runner.wait(5000)
    assert [t.__name__ for t in unhandled] == ["Cancelled"]
    assert not issubclass(unhandled[0], Cancelled)


def test_a_read_is_not_held_up_by_queued_writes(qtbot, workspace, tmp_path):
    """One writer thread: while a long import runs and a save waits for it, a read (the table's next
    page, a count) still runs at once, on its own thread."""
    from fieldapp.services import demo
    from fieldapp.services import exchange as ex
    from tests.conftest import make_activity

    demo.generate(workspace.store, 1500, seed=5)
    path = tmp_path / "all.xlsx"
    ex.export_workbook(workspace, path)
    active = workspace.records.count()
    runner = TaskRunner()
    importing, read_done = threading.Event(), threading.Event()
    events: list[str] = []

    def long_import(progress, cancelled):
        def rows_done(done, total):
            importing.set()
            read_done.wait(10)  # the import stays open until the read has finished (or 10 s passed)

        ex.commit_import(workspace, [path], progress=rows_done)
        events.append("import ended")

    def save(progress, cancelled):
        workspace.records.create(make_activity())
        events.append("saved")

    def read(progress, cancelled):
        n = workspace.records.count()
        events.append("read")
        read_done.set()
        return n

    handles = [runner.run(long_import, label="import")]
    assert importing.wait(10)
    handles.append(runner.run(save, label="save"))
    handles.append(runner.run(read, label="count", write=False))
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=30_000)
    runner.wait(5000)
    assert [h.error for h in handles] == [None, None, None]
    assert events == ["read", "import ended", "saved"]
    assert handles[2].result == active  # read beside the open import: what was committed
