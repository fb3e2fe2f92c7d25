"""A focus ring that can be seen: 3 px in a colour of at least 3:1 against the window (WCAG 2.2 non-text
contrast), drawn around whatever input has the keyboard focus. Qt's own styles mark focus with a 1-px
border or a dotted rectangle that is easy to lose on a dim netbook screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

RING_COLOR = QColor("#0b57d0")  # 6.9:1 on white, 5.8:1 on Fusion's light grey window
THICKNESS = 3
GAP = 1  # between the input's edge and the ring


class FocusRing(QWidget):
    """A sibling drawn above the focused widget; mouse clicks go through it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.color = QColor(RING_COLOR)
        self.thickness = THICKNESS
        self.target: QWidget | None = None

    def widget(self) -> QWidget | None:
        return self.target

    def follow(self, target: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = target
        if target is None or target.parentWidget() is None:
            self.hide()
            return
        if self.parentWidget() is not target.parentWidget():
            self.setParent(target.parentWidget())
        target.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        t = self.target
        if t is None or not t.isVisible():
            self.hide()
            return
        margin = self.thickness + GAP
        self.setGeometry(t.geometry().adjusted(-margin, -margin, margin, margin))
        self.raise_()
        self.show()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.target and event.type() in (
            QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide
        ):  # fmt: skip
            self._place()
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.color, self.thickness)
        painter.setPen(pen)
        half = self.thickness / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)


class FocusRings(QObject):
    """One ring per window, moved to whichever of its inputs has the focus."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("focusRings")
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            ring = self._ring_of(old.window(), create=False)
            if ring is not None and ring.widget() is old:
                ring.follow(None)
        if new is None or not self._wants_ring(new):
            return
        ring = self._ring_of(new.window(), create=True)
        ring.follow(new)

    @staticmethod
    def _wants_ring(w: QWidget) -> bool:
        if w.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup:
            return False  # menus, drop-down lists and the calendar show their own highlight
        if isinstance(w.parentWidget(), QAbstractItemView):
            return False  # an editor inside a table cell
        return w.parentWidget() is not None

    @staticmethod
    def _ring_of(window: QWidget, create: bool) -> FocusRing | None:
        for ring in window.findChildren(FocusRing):
            return ring
        return FocusRing(window) if create else None


def install(app: QApplication) -> None:
    if not app.property("fieldappFocusRings"):
        app.setProperty("fieldappFocusRings", True)
        rings = FocusRings(app)
        if app.focusWidget() is not None:  # installed after the window showed (see a11y.install)
            rings._focus_changed(None, app.focusWidget())
