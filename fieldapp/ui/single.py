"""One desktop app per data directory: a second start brings the first window forward and exits.

A QLocalServer named after the data directory listens in the first copy; a second copy connects,
says "raise", and quits. Two copies writing to one database would only wait for each other.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1000


def server_name(home: Path) -> str:
    key = str(Path(home)).casefold() if os.name == "nt" else str(Path(home))
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return "fieldapp-" + hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]


def _connect(home: Path, message: bytes) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    if message:
        socket.write(message)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


def is_running(home: Path) -> bool:
    """Does a fieldapp window already run on this data directory?"""
    return _connect(home, b"")


def bring_forward_existing(home: Path) -> bool:
    """Ask a running copy on `home` to show its window; True if one answered."""
    return _connect(home, b"raise\n")


class SingleInstance(QObject):
    """Listens for later copies; `activated` fires when one asks this copy to come forward."""

    activated = Signal()

    def __init__(self, home: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(home)
        QLocalServer.removeServer(name)  # a stale socket left by a copy that was killed
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if b"raise" in bytes(socket.readAll()):
            self.activated.emit()


def bring_to_front(widget) -> None:
    if widget is None:
        return
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    widget.raise_()
    widget.activateWindow()
