"""The GUI's composition root: QApplication, logs, error reporting, translations, context, window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time

from fieldapp import __version__, logs
from fieldapp import paths as paths_module
from fieldapp.paths import Paths

log = logging.getLogger("fieldapp.ui")

# The start-up benchmark's hook (bench/rows/startup.py): with this set, the app prints FIRST_PAINT_MARKER
# (and a JSON object) once the activity table has painted its first page of rows, then quits.
FIRST_PAINT_ENV = "FIELDAPP_BENCH_FIRST_PAINT"
FIRST_PAINT_MARKER = "fieldapp-first-paint"
# The garbage collector waits for the window's first paint, or this long at most (a first-run setup
# dialog, an error shown before any window): see `run_gui`.
GC_AT_LATEST_MS = 2000
# With FIRST_PAINT_ENV set, the CPU time (ms) at each step of the start, printed with the marker.
_steps: dict[str, float] = {}


def _step(name: str) -> None:
    if os.environ.get(FIRST_PAINT_ENV):
        _steps[name] = round(time.process_time() * 1000, 1)


def build_context(paths: Paths, language: str | None = None, tasks=None, accessibility: bool = True):
    """Open the workspace and make the AppContext (language: argument, then the installation's).

    `accessibility` installs the screen-reader names now; the desktop app does it after the first
    paint (see `run_gui`)."""
    from fieldapp.domain.reference import activate
    from fieldapp.services.workspace import Workspace
    from fieldapp.ui.context import AppContext
    from fieldapp.ui.i18n import Translators
    from fieldapp.ui.settings import Settings
    from fieldapp.ui.tasks import TaskRunner

    ws = Workspace(paths)
    activate(ws.reference)  # the GUI holds one installation: its reference data is the one in use
    inst = ws.installation
    language = language or (inst.language if inst else None) or _system_language()
    translators = Translators(cache_dir=paths.home / "cache" / "i18n")
    translators.install(language)
    from PySide6.QtWidgets import QApplication

    if accessibility and isinstance(QApplication.instance(), QApplication):
        from fieldapp.ui.widgets import a11y

        a11y.install(QApplication.instance())  # every input named for screen readers
    settings = Settings(paths.home / "settings.ini")
    if settings.get("app/language") != language:  # rewriting the file each start waited for the disk
        settings.set("app/language", language)
    return AppContext(paths, ws, settings, tasks or TaskRunner(), language, translators)


def _system_language() -> str:
    from PySide6.QtCore import QLocale

    name = QLocale.system().name()[:2]
    return name if name in ("kk", "ru", "en") else "ru"


def make_app(argv: list[str] | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from fieldapp.paths import resource

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("fieldapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("fieldapp")
    icon = resource("icons", "fieldapp.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(paths: Paths, language: str | None = None) -> int:
    """Start the desktop app; returns the exit status.

    Python's garbage collector is off until the window's first paint (GC_AT_LATEST_MS at most):
    starting makes many young objects and no garbage worth a pass, and its ~60 passes cost every
    start ~15 ms of CPU. Nothing is lost by waiting: a later pass collects whatever there is."""
    gc.disable()
    try:
        return _run_gui(paths, language)
    finally:
        gc.enable()


def _run_gui(paths: Paths, language: str | None) -> int:
    try:
        paths.ensure()
        log_path = logs.setup(paths.logs)
        private_tmp = paths_module.use_private_tmp(paths)  # also proves the folder writable, as the CLI
    except OSError as e:
        return _cannot_start(paths, language, e)
    log.info("fieldapp %s starting (home %s)", __version__, paths.home)
    _step("cli")
    app = make_app()
    _step("qapplication")
    from PySide6.QtCore import QTimer

    QTimer.singleShot(GC_AT_LATEST_MS, gc.enable)  # should no first paint come soon (a dialog first)
    from fieldapp.ui.single import SingleInstance, bring_forward_existing, bring_to_front

    if bring_forward_existing(paths.home):
        print(f"fieldapp is already open on {paths.home}; its window was brought forward")
        return 0
    # listening before the data is opened: a copy started during the first-run setup dialog or while
    # this one opens must bring this one forward, never open the same data a second time
    single = SingleInstance(paths.home, parent=app)
    _step("single_instance")
    single.activated.connect(
        lambda: bring_to_front(app.activeModalWidget() or getattr(app, "main_window", None))
    )
    try:
        return _open_and_run(app, paths, language, log_path, private_tmp)
    finally:
        single.close()  # the socket file goes with this copy (a killed copy's is taken over)


def _cannot_start(paths: Paths, language: str | None, error: OSError) -> int:
    """A data folder the app cannot write (read-only, full, no permission): the command line's one line
    on stderr and, where a screen shows it, the same in a dialog in the UI's language; exit 2."""
    import contextlib

    from fieldapp.services.maintenance import user_error

    known = user_error(error, paths)
    line = str(known) if known is not None else f"cannot use data directory {paths.home}: {error}"
    if sys.stderr is not None:  # None under pythonw (the Windows shortcut): the dialog says it
        with contextlib.suppress(OSError, ValueError):
            print(f"fieldapp: error: {line}", file=sys.stderr)
    app = make_app()
    if app.platformName() != "offscreen":  # nobody would see it, nor close it
        from fieldapp.ui.errors import storage_error_text
        from fieldapp.ui.hub_start import install_start_language
        from fieldapp.ui.widgets.buttons import inform

        with contextlib.suppress(Exception):  # its cached catalogues cannot be written either
            install_start_language(paths, language)
        text = (storage_error_text(known) if known is not None else None) or line
        inform(None, "fieldapp", text, error=True)
    return 2


def _open_and_run(app, paths: Paths, language: str | None, log_path, paths_tmp) -> int:
    """Open the data (or set it up, or recover it), show the main window and run until it closes."""
    from fieldapp.ui.errors import ErrorReporter

    log.info("temporary files in %s", paths_tmp)
    reporter = ErrorReporter(log_path, parent=app, paths=paths)
    reporter.install()
    while True:
        try:
            ctx = _open(paths, language)
            break
        except Exception as e:  # e.g. not a fieldapp database, or a newer one, or a hub out of reach
            log.exception("cannot open the data directory")
            from fieldapp.domain.errors import SharedDatabaseUnavailable
            from fieldapp.services.maintenance import user_error
            from fieldapp.ui.errors import storage_error_text
            from fieldapp.ui.hub_start import install_start_language, offer_local_file
            from fieldapp.ui.widgets.buttons import inform

            install_start_language(paths, language)  # the installation's own is in the database
            error = user_error(e, paths) or e
            if isinstance(error, SharedDatabaseUnavailable) and paths.database_url:
                if offer_local_file(paths, error):
                    paths = Paths(paths.home)  # this computer's file, as `fieldapp hub use --none`
                    continue
                return 2
            # another fieldapp migrating, a full disk, a read-only folder: in the person's language
            text = storage_error_text(error) or str(e)
            inform(None, "fieldapp", text, str(log_path), error=True)
            return 2
    _step("opened")
    if ctx is None:
        return 2
    ctx.tasks.error_unhandled.connect(reporter.report)
    if ctx.workspace.installation is None:
        from fieldapp.ui.office import SetupDialog
        from fieldapp.ui.widgets import a11y

        a11y.install(app)  # the first start's setup dialog comes before any main window

        setup = SetupDialog(ctx)
        if setup.exec() != SetupDialog.DialogCode.Accepted:
            ctx.workspace.close()
            return 0
        ctx.set_language(setup.office.chosen_language())
    ctx, window = _main_window(ctx, paths, language)
    if window is None:
        return 2
    app.main_window = window  # what a second copy brings forward
    _step("window")

    def after_first_paint() -> None:
        gc.enable()
        from fieldapp.ui.widgets import a11y

        a11y.install(app)  # screen-reader names for what shows now and what shows later

    window.started.connect(after_first_paint)
    if os.environ.get(FIRST_PAINT_ENV):
        _quit_after_first_page(app, window)  # measuring start-up: quit before counts and drafts
    else:
        window.start_after_first_paint()
    window.show()
    status = app.exec()
    ctx.tasks.wait(30_000)
    ctx.workspace.close()
    reporter.uninstall()
    log.info("fieldapp stopped (%s)", status)
    return status


def _main_window(ctx, paths: Paths, language: str | None):
    """(context, main window). The quick check runs once a day, so damage done since is met by the
    first page the window reads: that goes to the recovery dialog too, and the window is built over the
    restored data — (None, None) when the person quits there."""
    from fieldapp.ui.mainwindow import MainWindow

    while True:
        try:
            return ctx, MainWindow(ctx)
        except Exception as e:
            from fieldapp.domain.errors import DatabaseDamaged
            from fieldapp.services.maintenance import user_error

            error = user_error(e, paths)
            if not isinstance(error, DatabaseDamaged):
                raise
            log.warning("the database is damaged (met by the first page): %s", e)
            _discard_half_built(MainWindow)
            ctx.tasks.wait(30_000)
            ctx.workspace.close()
            from fieldapp.ui.recovery import open_or_recover

            ctx = open_or_recover(paths, language, accessibility=False, damaged=error)
            if ctx is None:
                return None, None


def _discard_half_built(window_class) -> None:
    """Destroy the window whose construction failed: Qt keeps it, and its pages would go on receiving
    events (a language change, a model's fetch) over a half-built window and the damaged file."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, window_class) and shiboken6.isValid(widget):
            widget.hide()
            shiboken6.delete(widget)


def _open(paths: Paths, language: str | None):
    """The context (screen-reader names come after the first paint); a damaged or lost database goes
    to the recovery dialog, whose module is imported only then."""
    from fieldapp.domain.errors import DatabaseDamaged

    try:
        return build_context(paths, language, accessibility=False)
    except DatabaseDamaged as e:
        from fieldapp.ui.recovery import open_or_recover

        return open_or_recover(paths, language, accessibility=False, damaged=e)


def _peak_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def _quit_after_first_page(app, window) -> None:
    """Print the marker after the first paint of the table's viewport with rows in it, then quit."""
    import json

    from PySide6.QtCore import QEvent, QObject, QTimer

    view, model = window.activities.view, window.activities.model

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and model.pages_fetched > 0:
                self.done = True
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        info = {
            "rows": model.rowCount(),
            "pages": model.pages_fetched,
            "cpu_s": round(time.process_time(), 3),  # this process's CPU time so far (all threads)
            "peak_mb": _peak_mb(),
            "steps_cpu_ms": _steps,
        }
        print(FIRST_PAINT_MARKER, json.dumps(info), flush=True)
        app.quit()

    watcher = FirstPaint(window)
    view.viewport().installEventFilter(watcher)
