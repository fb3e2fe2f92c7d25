"""A page slot that imports and builds its page the first time it is shown (keeps start-up light)."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from fieldapp.ui.widgets.named import set_named

log = logging.getLogger(__name__)


class LazyPage(QWidget):
    """Holds `module.attr(ctx)`; importing the module (pyqtgraph, openpyxl…) waits until first shown."""

    def __init__(self, ctx, module: str, attr: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.module, self.attr = ctx, module, attr
        self.page: QWidget | None = None
        self._importing = False
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self)
        set_named(self.placeholder, "alignment", "AlignCenter")  # no Qt namespace at start-up
        self._lay.addWidget(self.placeholder)
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.page is not None or self._importing:
            return
        # The first visit imports the page's module (pyqtgraph and numpy for the dashboard: ~2 s on
        # a slow laptop) on a worker while "Loading…" shows; the widgets are then built here.
        self._importing = True
        self.ctx.tasks.run(
            lambda progress, cancelled: importlib.import_module(self.module),
            on_done=lambda _module: self._imported(),
            on_error=lambda _error: self._imported(),  # ensure() imports again and reports it
            label="load page",
            write=False,
        )

    def _imported(self) -> None:
        self._importing = False
        if self.isVisible():
            self.ensure()

    def ensure(self) -> QWidget | None:
        if self.page is None:
            cls = getattr(importlib.import_module(self.module), self.attr)
            # In a scroll area: a page taller than a 1024×600 netbook (or 1366×768 at 150 %) scrolls
            # instead of growing the window off the screen, where its buttons could not be reached.
            self.scroll = QScrollArea(self)
            self.scroll.setObjectName(f"{self.attr}Scroll")
            self.scroll.setWidgetResizable(True)
            self.scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.page = cls(self.ctx, self.scroll)
            self.scroll.setWidget(self.page)
            self.placeholder.hide()
            self._lay.addWidget(self.scroll)
        return self.page
