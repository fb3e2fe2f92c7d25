"""Logging to a rotating file in the per-user log directory."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "fieldapp.log"


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log to `log_dir/fieldapp.log` (1 MB × 5 files); returns the log's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_fieldapp", False):
            root.removeHandler(h)
            h.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._fieldapp = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
