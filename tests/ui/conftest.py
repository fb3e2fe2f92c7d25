"""UI fixtures: an AppContext on a real workspace (synchronous tasks unless asked), and the main window."""

from __future__ import annotations

import pytest

from fieldapp.ui.app import build_context
from fieldapp.ui.tasks import SyncTaskRunner


def pytest_collection_modifyitems(items):
    # The offscreen platform warns that it cannot propagate size hints whenever a window is shown.
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def english_after_each_test(qapp):
    """Every test starts in English: a test that switched language must not leak it into the next."""
    yield
    from PySide6.QtCore import QLocale, QTranslator

    from fieldapp.ui.i18n import locale_for

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale_for("en"))


@pytest.fixture
def make_ctx(workspace, qapp):
    """Build contexts on the test workspace (sync tasks by default); closes nothing the fixture owns."""
    made = []

    def make(language: str = "en", tasks=None):
        ctx = build_context(workspace.paths, language, tasks=tasks or SyncTaskRunner())
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.wait(10_000)
        if ctx.translators is not None:
            ctx.translators.install("en")
        ctx.workspace.close()


@pytest.fixture
def app_ctx(make_ctx):
    return make_ctx("en")


@pytest.fixture
def window(qtbot, app_ctx):
    from fieldapp.ui.mainwindow import MainWindow

    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.start()
    return w


def stored_as_imported(workspace, rec) -> str:
    """Store another office's record as an import brings it (an office installation may not create
    one: NotYourOffice); returns its ID."""
    store = workspace.store
    with store.atomic():
        store.records.insert(rec, store.records.next_seq())
    return rec.uuid


@pytest.fixture
def seed(activity_factory):
    """seed(ctx, n, **overrides): n records through the service, sites 'Site i', people i + 10 (another
    office's records stored as an import brings them)."""

    def make(ctx, n: int, **overrides):
        uuids = []
        own = ctx.workspace.installation.office_code
        for i in range(n):
            values = dict(settlement=f"Site {i}", people_reached=i + 10, children_reached=5)
            rec = activity_factory(**{**values, **overrides})
            if rec.office and rec.office != own and not ctx.workspace.installation.is_coordinator:
                uuids.append(stored_as_imported(ctx.workspace, rec))
            else:
                uuids += ctx.records.create(rec).created
        return uuids

    return make
