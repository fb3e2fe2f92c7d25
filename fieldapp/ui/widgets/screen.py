"""Window sizes that never exceed the screen (a 1024×600 netbook must still show every button)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 48)  # title bar and borders the window manager adds around the widget


def available_size(widget: QWidget) -> QSize:
    """The usable part of the screen the widget is on (or the primary one), less the window frame."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16_777_215, 16_777_215)
    return screen.availableGeometry().size() - FRAME_ALLOWANCE


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or to what the screen has room for if that is less."""
    room = available_size(widget)
    widget.resize(max(200, min(width, room.width())), max(150, min(height, room.height())))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink a window (e.g. one restored from a bigger screen) to fit the screen it is on."""
    fit_to_screen(widget, widget.width(), widget.height())
