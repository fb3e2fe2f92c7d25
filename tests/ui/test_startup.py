"""Start-up stays light (DESIGN §6: ≤ 1.3 × a bare PySide6 window). Not timings: what runs before the
first paint — which modules are loaded, how many SQL statements run — and the benchmark's hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.services.workspace import Workspace
from fieldapp.ui import i18n
from fieldapp.ui.app import FIRST_PAINT_ENV, FIRST_PAINT_MARKER

# Loaded only when the page, dialog or command that needs them is first used.
NOT_AT_START = (
    "fieldapp.ui.dashboard",
    "fieldapp.ui.exchange",
    "fieldapp.ui.settings_page",
    "fieldapp.ui.office",
    "fieldapp.ui.form.dialog",
    "fieldapp.ui.form.fields",
    "fieldapp.ui.form.drafts",
    "fieldapp.ui.activities.history",
    "fieldapp.exchange",
    "fieldapp.services.exchange",
    "fieldapp.services.exchange_merge",
    "fieldapp.services.importing",
    "fieldapp.services.demo",
    "fieldapp.services.maintenance",
    "fieldapp.storage.migrations.m0",  # no migration is due on an up-to-date database
    "playhouse.migrate",
    "fieldapp.cli.records_commands",  # a plain `fieldapp` builds no subcommand parsers
    "fieldapp.cli.exchange_commands",
    "fieldapp.ui.widgets.a11y",  # named after the first paint (an app-wide event filter in Python)
    "fieldapp.ui.widgets.dates",  # the filter's dates are built when a period is chosen
    "openpyxl",
    "python_calamine",
    "pyqtgraph",
    "numpy",
    "peewee",  # the first page is plain SQL; peewee and its models come with the first write
    "fieldapp.storage.models",
    "fieldapp.storage.hub",  # only for a hub
    "fieldapp.services.hub",
    "fieldapp.ui.hub_start",
    "fieldapp.ui.activities.empty",  # the hint over an empty table: built when the table is empty
    "fieldapp.ui.recovery",  # the damaged-database dialog: only for a damaged database
    "fieldapp.domain.validation",  # the rules: with the first save or import
    "fieldapp.domain.clock",  # merge stamps: with the first write
    "fieldapp.storage.history",  # the history room: on first use
    "fieldapp.ui.widgets.checklist",  # the form's checkable lists (Qt's list-widget types)
)
if os.name == "posix":  # the running-copy check is a Unix socket from the stdlib there (Windows: a pipe)
    NOT_AT_START += ("PySide6.QtNetwork",)

# Runs `fieldapp --home H` as the benchmark does, and notes, when the marker is printed (the table has
# painted its first page), the loaded modules and the SQL sent so far (logged as peewee logs it).
PROBE = """
import json, logging, os, sys
os.environ[%(env)r] = "1"
queries = []

class Sql(logging.Handler):
    def emit(self, record):
        queries.append(str(record.msg[0]) if isinstance(record.msg, tuple) else str(record.msg))

sql_log = logging.getLogger("peewee")
sql_log.setLevel(logging.DEBUG)
sql_log.addHandler(Sql())

class Tap:
    def __init__(self, out):
        self.out, self.seen = out, None
    def write(self, text):
        if self.seen is None and text.startswith(%(marker)r):
            import gc
            ini = os.path.join(%(home)r, "settings.ini")
            stat = os.stat(ini) if os.path.exists(ini) else None
            self.seen = {"modules": sorted(sys.modules), "queries": list(queries), "gc": gc.isenabled(),
                         "qt_namespace": "Qt" in vars(sys.modules["PySide6.QtCore"]),
                         "settings_file": [stat.st_ino, stat.st_mtime_ns] if stat else None}
        return self.out.write(text)
    def flush(self):
        self.out.flush()

tap = sys.stdout = Tap(sys.stdout)
from fieldapp.cli import main
status = main(["--home", %(home)r])
sys.stdout = tap.out
print("PROBE", json.dumps({"status": status, **(tap.seen or {})}))
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Paths:
    paths = Paths(tmp_path_factory.mktemp("startup") / "home")
    with Workspace(paths) as ws:
        installation.configure(ws.store, "ALA-01", "Almaty", "KZ-75", "ru")
        demo.generate(ws.store, 450, seed=5)
    return paths


def run_probe(home: Paths) -> tuple[dict, dict]:
    code = PROBE % {"env": FIRST_PAINT_ENV, "marker": FIRST_PAINT_MARKER, "home": str(home.home)}
    env = {k: v for k, v in os.environ.items() if k != "FIELDAPP_HOME"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    marker = next(line for line in lines if line.startswith(FIRST_PAINT_MARKER))
    probe = next(line for line in lines if line.startswith("PROBE "))
    return json.loads(marker[len(FIRST_PAINT_MARKER) :]), json.loads(probe[len("PROBE ") :])


def test_the_first_paint_hook_reports_one_page_and_quits(home):
    """The benchmark's hook: the marker after the table painted its first page, then the app quits."""
    info, probe = run_probe(home)
    assert probe["status"] == 0
    assert info["rows"] == 200 and info["pages"] == 1
    assert info["cpu_s"] > 0
    assert probe["gc"] is False  # the garbage collector waits for the first paint (start-up CPU)


def test_nothing_heavy_is_loaded_or_queried_before_the_first_paint(home):
    _, probe = run_probe(home)
    loaded = [m for m in probe["modules"] if m.startswith(NOT_AT_START)]
    assert loaded == []
    assert "PySide6.QtWidgets" in probe["modules"] and "sqlite3" in probe["modules"]
    queries = probe["queries"]
    # Opening (schema version, installation), the first page: a handful of statements, no count over
    # the records (the status bar counts off the UI thread after the first paint) and one page read.
    assert 1 <= len(queries) <= 12, queries
    assert not [q for q in queries if "COUNT(" in q.upper()], queries
    assert len([q for q in queries if 'FROM "activity"' in q]) == 1, queries


def test_qt_namespace_is_not_built_before_the_first_paint(home):
    """`PySide6.QtCore.Qt` builds its 92 Python enums (~1,500 members, ~14 ms of CPU) the first time it
    is touched, in Python or by a C++ call handing a Qt:: enum to a Python override; a bare window never
    does. The first window needs none of them: it sets the few enum values it needs by name and leaves
    the header's labels to a C++ model (the one start-up cost a bare window did not have)."""
    _, probe = run_probe(home)
    assert probe["qt_namespace"] is False


def test_a_start_in_the_same_language_does_not_rewrite_the_settings_file(home):
    """The language is remembered when it changes; rewriting settings.ini (two fdatasyncs and a rename)
    on every start cost the first paint 2-40 ms of waiting for the disk."""
    run_probe(home)  # remembers the language, if this is the first start
    ini = home.home / "settings.ini"
    before = [ini.stat().st_ino, ini.stat().st_mtime_ns]
    _, probe = run_probe(home)
    assert probe["settings_file"] == before
    assert "language=ru" in ini.read_text(encoding="utf-8")


def test_migrations_are_imported_only_when_one_is_due(tmp_path):
    code = (
        "import sys\n"
        "from fieldapp.storage import Store\n"
        "from fieldapp.storage.migrations import MIGRATIONS, NUMBERS\n"
        "print(sorted(m for m in sys.modules if '.m0' in m or m == 'playhouse.migrate'))\n"
        "print([n for n, _ in MIGRATIONS] == sorted(NUMBERS))\n"  # numbers are reserved per branch: gaps
        "print(len([m for m in sys.modules if '.migrations.m0' in m]) == len(NUMBERS))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:3] == ["[]", "True", "True"]


def test_start_runs_after_the_first_paint_and_settings_are_built_on_first_use(qtbot, app_ctx):
    from fieldapp.ui.mainwindow import MainWindow

    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    w.start_after_first_paint()
    assert not w._started and w.settings.page is None
    w.show()
    qtbot.waitUntil(lambda: w._started)  # the table painted, then start() ran: counts, drafts
    assert w.settings.page is None and w.dashboard.page is None and w.exchange.page is None
    assert w.settings_page.office is not None and w.settings.page is w.settings_page
    assert w.show_page("settings") is w.settings_page and w.stack.currentWidget() is w.settings


def test_a_built_catalogue_is_used_even_when_its_source_looks_newer(tmp_path, monkeypatch):
    """Compiling runs lrelease in a subprocess: never at start-up when a .qm exists."""
    qm, ts = tmp_path / "fieldapp_kk.qm", tmp_path / "fieldapp_kk.ts"
    qm.write_bytes(b"qm")
    ts.write_text("<TS/>", encoding="utf-8")
    os.utime(qm, (1_000_000, 1_000_000))  # a checkout can leave the .ts newer than the .qm
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)

    def no_compiling(*_args):
        raise AssertionError("compiled at start-up")

    monkeypatch.setattr(i18n, "compile_catalogue", no_compiling)
    assert i18n.catalogue_path("kk", tmp_path / "cache") == qm


# Runs the real desktop app (no benchmark hook) and reports, once the window's deferred work has run,
# what a screen reader would hear for a few inputs and whether a second copy would find this one.
AFTER_START = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox
import fieldapp.ui.mainwindow as mw
from fieldapp.ui.single import is_running

started = mw.MainWindow.start

def start(self):
    started(self)
    QTimer.singleShot(0, lambda: report(self))

def report(w):
    import gc
    preset = w.findChild(QComboBox, "periodPreset")
    table = w.activities.view
    print("PROBE", json.dumps({
        "preset_name": preset.accessibleName(), "preset_tip": preset.toolTip(),
        "table_description": table.accessibleDescription(),
        "running": is_running(%(home)r), "gc": gc.isenabled(),
    }), flush=True)
    QApplication.instance().quit()

mw.MainWindow.start = start
from fieldapp.cli import main
sys.exit(main(["--home", %(home)r]))
"""


def test_names_for_screen_readers_and_the_single_instance_come_right_after_the_first_paint(home):
    """Deferred past the first paint, not dropped: the inputs shown before are named too."""
    env = {k: v for k, v in os.environ.items() if k not in ("FIELDAPP_HOME", FIRST_PAINT_ENV)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    code = AFTER_START % {"home": str(home.home)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    probe = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("PROBE "))[len("PROBE ") :])
    assert probe["preset_name"] and probe["preset_name"] == probe["preset_tip"]
    assert "Tab" in probe["table_description"]
    assert probe["running"] is True
    assert probe["gc"] is True  # collecting again once the window has painted
