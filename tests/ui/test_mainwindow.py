"""The main window: pages, language switch with no English left, lazy start on a big database, errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from fieldapp.domain.query import RecordFilter, Sort
from fieldapp.services import demo
from fieldapp.ui.activities.model import COLUMNS
from fieldapp.ui.errors import ErrorReporter
from tests.storage.peewee_reference import page_query

# Words that are the same in every language: the product, codes, key names.
# "English" is how the language list names English (each language is named in itself).
# "#LearningAtHome" is the campaign's own hashtag, kept in every language (the kind's name)
ALLOWED = {
    "fieldapp",
    "ALA",
    "Ctrl",
    "Enter",
    "Del",
    "Shift",
    "KZ",
    "English",
    "LearningAtHome",
    "PostgreSQL",
    "postgresql",
    "pgpass",
}  # fmt: skip  (product names: Settings → Shared database)


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts += [w.placeholderText(), w.text()]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        texts.append(w.toolTip())
    texts += [a.text() for a in window.nav.actions()]
    texts += [a.text() for a in window.activities.toolbar.actions()]
    model = window.activities.model
    view = window.activities.view
    texts += [str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal))
              for c in range(model.columnCount()) if not view.isColumnHidden(c)]  # fmt: skip
    for r in range(min(model.rowCount(), 20)):
        for c in range(model.columnCount()):
            if not view.isColumnHidden(c) and COLUMNS[c] not in ("partners", "settlement", "district"):
                texts.append(str(model.index(r, c).data() or ""))
    # What people typed is data, not interface: the office name and the data folder's path.
    data = [window.ctx.workspace.installation.office_name, str(window.ctx.paths.home)]
    for d in data:
        texts = [t.replace(d, "") for t in texts]
    return [t for t in texts if t]


def english_words(texts: list[str]) -> set[str]:
    words = set()
    for t in texts:
        for w in re.findall(r"[A-Za-z]{2,}", t.replace("&", "")):
            if w not in ALLOWED:
                words.add(w)
    return words


def test_switching_to_kazakh_leaves_no_english(qtbot, window, seed):
    seed(window.ctx, 5)
    window.ctx.announce_records_reload()
    assert "Activities" in visible_texts(window)
    combo = window.settings_page.office.language
    combo.setCurrentIndex(combo.findData("kk"))  # live, from Settings
    assert window.ctx.language == "kk"
    for page in ("activities", "settings"):
        window.show_page(page)
        qtbot.waitUntil(lambda: english_words(visible_texts(window)) == set())  # LanguageChange is posted
    qtbot.waitUntil(lambda: window.page_actions["activities"].text() == "Іс-шаралар")
    assert (
        window.activities.model.headerData(
            COLUMNS.index("region"), __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
        )
        == "Өңір"
    )
    assert window.ctx.workspace.installation.language == "kk"  # remembered for the next start
    combo.setCurrentIndex(combo.findData("ru"))
    qtbot.waitUntil(lambda: window.page_actions["settings"].text() == "Настройки")


def test_dates_and_numbers_follow_the_locale(qtbot, window, seed):
    seed(window.ctx, 1, people_reached=12345)
    window.ctx.announce_records_reload()
    window.ctx.set_language("ru")
    model = window.activities.model
    assert model.index(0, COLUMNS.index("start_date")).data() == "20.04.2020"
    assert model.index(0, COLUMNS.index("people_reached")).data() == "12\u00a0345"


def test_pages_open_lazily(qtbot, window):
    assert window.dashboard.page is None and window.exchange.page is None
    window.page_actions["exchange"].trigger()
    assert window.exchange.page is not None and window.stack.currentWidget() is window.exchange


def test_first_page_without_reading_all_rows(qtbot, app_ctx):
    """The window shows one keyset page, not the table; the page query is an index range, no scan."""
    demo.generate(app_ctx.workspace.store, 3000, seed=3)
    from fieldapp.ui.mainwindow import MainWindow

    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    w.show()
    model = w.activities.model
    assert model.pages_fetched == 1 and model.rows_fetched == model.page_size == 200
    assert_no_full_scan(app_ctx.workspace.store)


def assert_no_full_scan(store):
    query = page_query(store, RecordFilter(), Sort(), None, 201)
    sql, params = query.sql()
    plan = " | ".join(r[-1] for r in store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, plan


def test_start_up_imports_nothing_heavy(tmp_path):
    """openpyxl, numpy and pyqtgraph wait until the exchange or dashboard page opens."""
    code = (
        "import sys\n"
        "from fieldapp.paths import Paths\n"
        "from fieldapp.services import installation\n"
        "from fieldapp.ui.app import make_app, build_context\n"
        "from fieldapp.ui.mainwindow import MainWindow\n"
        "app = make_app()\n"
        f"ctx = build_context(Paths(__import__('pathlib').Path({str(tmp_path)!r})), 'ru')\n"
        "installation.configure(ctx.workspace.store, 'A-1', 'A', 'KZ-75')\n"
        "w = MainWindow(ctx); w.show(); w.start(); app.processEvents()\n"
        "print(sorted(m for m in ('openpyxl', 'numpy', 'pyqtgraph') if m in sys.modules))\n"
        "ctx.tasks.wait(); ctx.workspace.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_an_unhandled_error_is_reported_with_the_log_path(qtbot, tmp_path, app_ctx):
    reporter = ErrorReporter(tmp_path / "fieldapp.log", show_dialogs=False)
    app_ctx.tasks.error_unhandled.connect(reporter.report)
    with qtbot.waitSignal(reporter.reported) as blocker:
        app_ctx.tasks.run(lambda p, c: 1 / 0, label="export")
    headline, details = blocker.args
    assert "went wrong" in headline
    assert str(tmp_path / "fieldapp.log") in details and "ZeroDivisionError" in details
    assert "already saved are safe" in details


def test_self_test_command(tmp_path):
    out_file = tmp_path / "result.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "FIELDAPP_HOME")}
    done = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--self-test", "--self-test-output", str(out_file)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("fieldapp self-test OK")
    assert out_file.read_text(encoding="utf-8").startswith("fieldapp self-test OK")


@pytest.mark.slow
def test_a_million_records_open_with_one_page(qtbot, million_home, make_ctx):
    """1,000,000 demo records (built once per session): still a single page of 200 rows read at start."""
    from fieldapp.ui.app import build_context
    from fieldapp.ui.mainwindow import MainWindow
    from fieldapp.ui.tasks import SyncTaskRunner

    ctx = build_context(million_home, "ru", tasks=SyncTaskRunner())
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        model = w.activities.model
        assert model.pages_fetched == 1 and model.rows_fetched == 200 and model.rowCount() == 200
        assert_no_full_scan(ctx.workspace.store)
        model.fetchMore(__import__("PySide6.QtCore").QtCore.QModelIndex())
        assert model.rowCount() == 400
    finally:
        ctx.workspace.close()


@pytest.fixture(scope="session")
def million_home(tmp_path_factory):
    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    paths = Paths(tmp_path_factory.mktemp("million") / "home")
    with Workspace(paths) as ws:
        installation.configure(ws.store, "ALA-01", "Almaty", "KZ-75", "ru")
        # Test data, not a durability test: 200 fsync'd transactions of 5,000 with a 32 MB cache
        # rewrote the growing indexes again and again (22.9 GB written for a 0.7 GB file); ten
        # transactions without fsync and with a cache that holds the indexes write ~1.9 GB.
        ws.store.db.execute_sql("PRAGMA synchronous=OFF")
        ws.store.db.execute_sql("PRAGMA cache_size=-1000000")
        demo.generate(ws.store, 1_000_000, seed=7, batch=100_000)
    return paths
