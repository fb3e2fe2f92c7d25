"""Where a command may write a file: never onto the database, its -wal/-shm/-journal files or backups."""

from __future__ import annotations

from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.paths import Paths


def output_path(paths: Paths, path) -> Path:
    """`path`, or BadInput (exit 2) for a folder, a missing folder, or fieldapp's own database or backups."""
    path = Path(path)
    if path.is_dir() or not path.parent.is_dir():
        raise BadInput(f"cannot write {path}: not a file in an existing folder")
    target = path.resolve()
    db = Path(paths.database).resolve()
    own = {db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))}
    if target in own or target.is_relative_to(Path(paths.backups).resolve()):
        raise BadInput(f"cannot write {path}: it is fieldapp's own database or a backup; choose another name")
    return path
