"""One desktop app per data directory: a second start brings the first window forward and exits.

The first copy listens on a local socket named after the data directory; a second copy connects, says
"raise", and quits. Two copies writing to one database would only wait for each other.

On POSIX the socket is a Unix domain socket from Python's stdlib, watched by a QSocketNotifier:
QtNetwork cost every start ~10 ms to import and up to ~10 ms to listen. It sits where QLocalServer
puts one of that name ($TMPDIR or /tmp), so copies of either kind find each other. On Windows (no
AF_UNIX in Python's socket module) it stays QLocalServer's named pipe, imported only there.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

CONNECT_MS = 1000
MAX_MESSAGE = 64  # "raise\n" and nothing much more: a longer talker is cut off


def _sha256(data: bytes) -> str:
    try:  # CPython's built-in SHA-256: hashlib loads OpenSSL first (~2 ms of every start)
        from _sha256 import sha256  # Python 3.11 (3.12 renamed it _sha2)
    except ImportError:
        try:
            from _sha2 import sha256
        except ImportError:
            from hashlib import sha256
    return sha256(data).hexdigest()


def server_name(home: Path) -> str:
    key = str(Path(home)).casefold() if os.name == "nt" else str(Path(home))
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return "fieldapp-" + _sha256(f"{user}\0{key}".encode())[:24]


def socket_path(home: Path) -> str:
    """Where the socket lives on POSIX: QLocalServer's place for a plain name (QDir::tempPath())."""
    return os.path.join(os.path.normpath(os.environ.get("TMPDIR") or "/tmp"), server_name(home))


def _connect(home: Path, message: bytes) -> bool:
    if os.name == "nt":
        return _connect_qt(home, message)
    import _socket  # the C module: `socket` imports selectors and builds its enums (~2-5 ms)

    client = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    client.settimeout(CONNECT_MS / 1000)
    try:
        client.connect(socket_path(home))
        if message:
            client.sendall(message)
        return True
    except OSError:  # nobody listens (or a file left by a killed copy): no running copy
        return False
    finally:
        client.close()


def _connect_qt(home: Path, message: bytes) -> bool:
    from PySide6.QtNetwork import QLocalSocket

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
        self._server = None
        self._sock = None
        self._path = ""
        self._inode = None
        self._talkers: dict[int, tuple] = {}
        if os.name == "nt":
            self.listening = self._listen_qt(home)
        else:
            self.listening = self._listen_unix(home)

    # -- POSIX: a Unix socket from the stdlib ---------------------------------------------------------

    def _listen_unix(self, home: Path) -> bool:
        import _socket  # the C module (see _connect)

        self._path = socket_path(home)
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._path)  # a stale socket left by a copy that was killed
            old = os.umask(0o177)  # only this user may connect (QLocalServer's UserAccessOption)
            try:
                sock.bind(self._path)
            finally:
                os.umask(old)
            sock.listen(8)
            sock.setblocking(False)
            self._inode = os.stat(self._path).st_ino
        except OSError as e:  # e.g. a $TMPDIR path too long for a socket: start anyway, unguarded
            log.warning("cannot listen for a second copy at %s: %s", self._path, e)
            sock.close()
            return False
        self._sock = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(lambda *_: self._accept())
        return True

    def _accept(self) -> None:
        while self._sock is not None:
            try:
                fd, _ = self._sock._accept()
            except OSError:  # BlockingIOError: nobody else waiting
                return
            conn = type(self._sock)(fileno=fd)
            conn.setblocking(False)
            fd = conn.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._talkers[fd] = (conn, notifier, bytearray())
            notifier.activated.connect(lambda *_, fd=fd: self._read(fd))

    def _read(self, fd: int) -> None:
        conn, _notifier, got = self._talkers.get(fd, (None, None, None))
        if conn is None:
            return
        try:
            data = conn.recv(MAX_MESSAGE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        got += data
        if b"raise" in got:
            self._hang_up(fd)
            self.activated.emit()
        elif not data or len(got) >= MAX_MESSAGE:  # said nothing (is_running), or nonsense
            self._hang_up(fd)

    def _hang_up(self, fd: int) -> None:
        conn, notifier, _ = self._talkers.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        conn.close()

    # -- Windows: QLocalServer (a named pipe) ---------------------------------------------------------

    def _listen_qt(self, home: Path) -> bool:
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        name = server_name(home)
        QLocalServer.removeServer(name)  # a stale socket left by a copy that was killed
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)
        return listening

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read_qt(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read_qt(self, socket) -> None:
        if b"raise" in bytes(socket.readAll()):
            self.activated.emit()

    def close(self) -> None:
        """Stop listening (the app is quitting); the socket file goes unless another copy took it."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._sock is None:
            return
        self._notifier.setEnabled(False)
        for fd in list(self._talkers):
            self._hang_up(fd)
        self._sock.close()
        self._sock = None
        with contextlib.suppress(OSError):
            if os.stat(self._path).st_ino == self._inode:
                os.unlink(self._path)


def bring_to_front(widget) -> None:
    if widget is None:
        return
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    widget.raise_()
    widget.activateWindow()
