"""Logging to a rotating file in the per-user log directory."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

LOG_FILE = "fieldapp.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


class RotatingFile(logging.FileHandler):
    """A size-rotated log (fieldapp.log, .1 … .5). Written here rather than taken from
    `logging.handlers`, which imports socket, pickle and queue: ~10 ms on every start of the app."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS):
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def _open(self):
        """The log is private to the user (0600 on POSIX): it names files and offices."""
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding)

    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written (full disk, read-only folder) is skipped in silence: the
        console shows the user's one-line message, never logging's own traceback."""
        if self.stream is not None:
            with contextlib.suppress(OSError, ValueError):
                self.stream.close()
            self.stream = None  # reopened (and retried) on the next record

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            pass  # a full disk must not turn logging into a crash
        if self.stream is None:
            try:  # FileHandler.emit opens the file outside its own error handling
                self.stream = self._open()
            except OSError:
                return  # a read-only or full folder: skipped, as handleError does
        super().emit(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        os.replace(base, f"{base}.1")


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log to `log_dir/fieldapp.log` (1 MB × 5 files); returns the log's path."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE
    if os.name == "posix":
        for old in log_dir.glob(f"{LOG_FILE}*"):
            with contextlib.suppress(OSError):
                os.chmod(old, 0o600)  # written world-readable by an older version
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, RotatingFile):
            root.removeHandler(h)
            h.close()
    handler = RotatingFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
