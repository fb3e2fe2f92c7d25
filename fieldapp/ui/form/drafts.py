"""Drafts of the entry form on disk, so that an entry survives a crash or a power cut."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.record import Activity, now_ms

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    path: Path
    activity: Activity
    is_new: bool
    expected_version: int | None
    saved_at: int


class Drafts:
    """One JSON file per open form: `new-<uuid>.json` for a new record, `edit-<uuid>.json` for an edit."""

    def __init__(self, directory: Path):
        self.directory = directory

    def path_for(self, activity: Activity, is_new: bool) -> Path:
        return self.directory / f"{'new' if is_new else 'edit'}-{activity.uuid}.json"

    def save(self, activity: Activity, is_new: bool, expected_version: int | None) -> Path:
        """Write atomically (temp file + rename) so a crash mid-write never leaves half a draft."""
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.path_for(activity, is_new)
        data = {
            "activity": activity.as_dict(),
            "is_new": is_new,
            "expected_version": expected_version,
            "saved_at": now_ms(),
        }
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        return path

    def discard(self, activity: Activity, is_new: bool) -> None:
        self.path_for(activity, is_new).unlink(missing_ok=True)

    def pending(self) -> list[Draft]:
        """Drafts left behind (by a crash), oldest first; unreadable ones are skipped and logged."""
        out = []
        if not self.directory.is_dir():
            return out
        for path in sorted(self.directory.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                out.append(
                    Draft(
                        path,
                        Activity.from_dict(data["activity"]),
                        bool(data["is_new"]),
                        data.get("expected_version"),
                        int(data.get("saved_at", 0)),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError) as e:
                log.warning("ignoring unreadable draft %s: %s", path, e)
        return sorted(out, key=lambda d: d.saved_at)
