"""Logging to a rotating file in the per-user log directory."""

from __future__ import annotations

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

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            pass  # a full disk must not turn logging into a crash
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
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
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
