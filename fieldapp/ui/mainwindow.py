"""The main window: assembles the pages, the navigation, the menu actions and the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar

from fieldapp import __version__
from fieldapp.ui.activities.page import ActivitiesPage
from fieldapp.ui.lazy import LazyPage
from fieldapp.ui.statusbar import StatusBar
from fieldapp.ui.widgets.named import set_named, set_shortcut
from fieldapp.ui.widgets.screen import fit_to_screen, keep_on_screen

log = logging.getLogger(__name__)

PAGES = ("activities", "dashboard", "exchange", "settings")
START_FALLBACK_MS = 1000  # start() runs after the table's first paint, or after this at the latest


class MainWindow(QMainWindow):
    started = Signal()  # start() ran: the window has painted and its deferred work is under way

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self._started = False
        self.activities = ActivitiesPage(ctx, self)
        # Only the Activities page is built before the window shows; the others when first opened.
        self.dashboard = LazyPage(ctx, "fieldapp.ui.dashboard.page", "DashboardPage", self)
        self.exchange = LazyPage(ctx, "fieldapp.ui.exchange.page", "ExchangePage", self)
        self.settings = LazyPage(ctx, "fieldapp.ui.settings_page", "SettingsPage", self)
        self.stack = QStackedWidget(self)
        for page in (self.activities, self.dashboard, self.exchange, self.settings):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.nav = QToolBar(self)
        self.nav.setObjectName("navigation")
        self.nav.setMovable(False)
        set_named(self.nav, "toolButtonStyle", "ToolButtonTextOnly")  # no Qt namespace at start-up
        self.addToolBar(self.nav)  # the top area
        group = QActionGroup(self)
        self.page_actions: dict[str, QAction] = {}
        for i, name in enumerate(PAGES):
            act = QAction(self)
            act.setObjectName(f"{name}PageAction")
            act.setCheckable(True)
            set_shortcut(act, f"Ctrl+{i + 1}")
            # the page builds itself when shown (its module imported off the UI thread)
            act.triggered.connect(lambda _on=False, name=name: self.show_page(name, build=False))
            group.addAction(act)
            self.nav.addAction(act)
            self.page_actions[name] = act
        self.page_actions["activities"].setChecked(True)

        self.status_bar = StatusBar(ctx, self)
        self.setStatusBar(self.status_bar)
        self.activities.filterChanged.connect(self.status_bar.set_filter)
        self.activities.message.connect(lambda text: self.status_bar.showMessage(text, 5000))
        self.activities.importRequested.connect(lambda: self.show_page("exchange").choose_import())
        self.quit_action = QAction(self)
        set_shortcut(self.quit_action, QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.retranslate()
        geometry = ctx.settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1200, 720)
        elif not self.isMaximized():
            keep_on_screen(self)  # saved on a bigger screen, or the resolution was lowered since

    def retranslate(self) -> None:
        inst = self.ctx.workspace.installation
        office = f" — {inst.office_name} ({inst.office_code})" if inst else ""
        title = self.tr("fieldapp — outreach activities") + office
        if inst and inst.training:
            title = self.tr("TRAINING COPY") + " — " + title
        self.setWindowTitle(title)
        texts = {
            "activities": self.tr("Activities"),
            "dashboard": self.tr("Dashboard"),
            "exchange": self.tr("Exchange"),
            "settings": self.tr("Settings"),
        }
        for name, act in self.page_actions.items():
            act.setText(texts[name])
            act.setToolTip(
                f"{texts[name]} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        self.nav.setWindowTitle(self.tr("Pages"))
        self.quit_action.setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_page(self, name: str, build: bool = True):
        """Show a page; with `build`, a lazy page is built now and returned (else it loads itself)."""
        page = {"activities": self.activities, "dashboard": self.dashboard, "exchange": self.exchange,
                "settings": self.settings}[name]  # fmt: skip
        self.page_actions[name].setChecked(True)
        self.stack.setCurrentWidget(page)
        if isinstance(page, LazyPage):
            return page.ensure() if build else page.page
        return page

    @property
    def settings_page(self):
        """The Settings page (built on first use)."""
        return self.settings.ensure()

    def start_after_first_paint(self) -> None:
        """Call `start()` once the table has painted (so counts and drafts never delay the first
        paint), or after START_FALLBACK_MS should no paint come (e.g. the window starts minimised)."""
        watcher = _FirstPaint(self.activities.view.viewport(), lambda: QTimer.singleShot(0, self, self.start))
        QTimer.singleShot(START_FALLBACK_MS, watcher, watcher.fire)

    def start(self) -> None:
        """After the window shows: counts in the background, then any draft a crash left behind."""
        if self._started:
            return
        self._started = True
        self.status_bar.refresh()
        self.ctx.changed.connect(lambda c: self.retranslate() if c.settings else None)
        workspace = self.ctx.workspace
        self.ctx.tasks.run(
            lambda progress, cancelled: workspace.daily_backup(),
            on_error=lambda e: log.warning("the daily backup failed: %s", e),
            label="daily backup",
        )
        from fieldapp.ui.form.drafts import Drafts

        for draft in Drafts(self.ctx.paths.drafts).pending():
            if draft.is_new or self.ctx.records.get(draft.activity.uuid) is not None:
                from PySide6.QtCore import Qt

                from fieldapp.ui.form.dialog import EntryDialog

                dialog = EntryDialog(self.ctx, draft=draft, parent=self)
                dialog.saved.connect(self.activities._saved)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.open()
                break  # one at a time; the next one comes back at the next start
        self.started.emit()

    def closeEvent(self, event) -> None:
        self.ctx.settings.set("window/geometry", self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)

    @property
    def version(self) -> str:
        return __version__


class _FirstPaint(QObject):
    """Calls `then` once, at the first paint of `widget` (or when `fire` is called first)."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.fire()
        return False

    def fire(self) -> None:
        if self.then is not None:
            then, self.then = self.then, None
            self.parent().removeEventFilter(self)
            then()
