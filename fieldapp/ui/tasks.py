"""Background work: a tiny task runner on QThreadPool with a synchronous twin for tests.

`fn(progress, cancelled)` runs on a worker thread and must never touch widgets; `progress(done, total)`
and `cancelled() -> bool` are plain callables. Results come back to the UI thread through a signal.
Writing tasks (the default) queue for the one writer thread and run one at a time, so SQLite sees one
writer; reads (`write=False`) run on their own pool and never wait behind a queued write (WAL lets
them read while the writer writes).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from fieldapp.domain.errors import Cancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
TaskFn = Callable[[Progress, Callable[[], bool]], object]


class TaskHandle(QObject):
    """One submitted task: cancel it, or watch its signals (all delivered on the UI thread)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after succeeded or failed

    def __init__(self, label: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self.done = False
        self.result: object = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # slots run on the UI thread: the worker emits the relay's signals, queued to this object
    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self.done, self.result = True, result
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self.done, self.error = True, error  # type: ignore[assignment]
        self.failed.emit(error)
        self.finished.emit()


class _Relay(QObject):
    """Created on the UI thread; the worker emits these, Qt queues them to the handle's thread."""

    progress = Signal(int, int)
    result = Signal(object)
    error = Signal(object)


class _Throttle:
    """Forward progress at most every 50 ms (and always the last step), so signals never flood."""

    def __init__(self, emit: Callable[[int, int], None]):
        self.emit = emit
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self.last >= 0.05:
            self.last = now
            self.emit(int(done), int(total))


class _Job(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.handle, self.relay = fn, handle, relay

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(_Throttle(self.relay.progress.emit), self.handle.is_cancelled)
        except BaseException as e:  # every failure goes back to the UI
            if not _is_cancellation(e):
                log.error("task %r failed", self.handle.label, exc_info=e)
            self.relay.error.emit(e)
        else:
            self.relay.result.emit(result)


def _is_cancellation(e: BaseException) -> bool:
    return isinstance(e, Cancelled)


class _Base(QObject):
    started = Signal(object)  # TaskHandle, for a busy indicator
    error_unhandled = Signal(object, str)  # exception, label: a task without on_error failed

    def _wire(self, handle, on_done, on_error, on_progress) -> None:
        if on_progress:
            handle.progressed.connect(on_progress)
        if on_done:
            handle.succeeded.connect(on_done)
        if on_error:
            handle.failed.connect(on_error)
        else:
            handle.failed.connect(lambda e: self._unhandled(e, handle.label))
        self._live.add(handle)
        handle.finished.connect(lambda: self._live.discard(handle))
        self.started.emit(handle)

    def _unhandled(self, error: BaseException, label: str) -> None:
        if not _is_cancellation(error):
            self.error_unhandled.emit(error, label)

    def active(self) -> list[TaskHandle]:
        return [h for h in self._live if not h.done]


class TaskRunner(_Base):
    """Runs tasks on worker threads: writes queued for one writer thread, reads on a pool of their own."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self.writer = QThreadPool(self)  # one thread that stays: the single writer
        self.writer.setMaxThreadCount(1)
        self.writer.setExpiryTimeout(-1)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(max(1, max_threads))
        self._live: set[TaskHandle] = set()

    def run(
        self,
        fn: TaskFn,
        on_done: Callable[[object], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        label: str = "",
        write: bool = True,
    ) -> TaskHandle:
        handle = TaskHandle(label, self)
        relay = _Relay(handle)
        relay.progress.connect(handle._on_progress)
        relay.result.connect(handle._on_result)
        relay.error.connect(handle._on_error)
        self._wire(handle, on_done, on_error, on_progress)
        (self.writer if write else self.readers).start(_Job(fn, handle, relay))
        return handle

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (shutdown and tests); signals still need the event loop."""
        if msecs < 0:
            return self.writer.waitForDone() and self.readers.waitForDone()
        deadline = time.monotonic() + msecs / 1000
        done = self.writer.waitForDone(msecs)
        return self.readers.waitForDone(max(0, int((deadline - time.monotonic()) * 1000))) and done


class SyncTaskRunner(_Base):
    """The synchronous twin: runs `fn` at once on the calling thread; callbacks fire before `run` returns."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._live: set[TaskHandle] = set()

    def run(self, fn, on_done=None, on_error=None, on_progress=None, label="", write=True) -> TaskHandle:
        handle = TaskHandle(label, self)
        self._wire(handle, on_done, on_error, on_progress)
        try:
            result = fn(handle._on_progress, handle.is_cancelled)
        except Exception as e:
            if not _is_cancellation(e):
                log.error("task %r failed", label, exc_info=e)
            handle._on_error(e)
        else:
            handle._on_result(result)
        return handle

    def wait(self, msecs: int = -1) -> bool:
        return True
