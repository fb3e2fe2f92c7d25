"""Checking a backup completely on a temporary copy before it may replace the live database.

The copy must pass SQLite's integrity and foreign-key checks, hold exactly the tables, columns,
indexes and triggers its schema number promises (compared with an empty database built by the same
migrations), migrate to the current schema, and pass the checks again. Only then is it swapped in.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from fieldapp.domain.errors import BadInput
from fieldapp.storage.migrations import LATEST, MIGRATIONS
from fieldapp.storage.store import NotAFieldappDatabase, Store, connect_read_only, inspect_file


class BackupRejected(BadInput):
    """The backup failed a check; nothing was changed."""

    def __init__(self, source: Path, reason: str):
        self.reason = reason
        super().__init__(f"{source} cannot be restored: {reason}; nothing was changed")


@dataclass(frozen=True)
class VerifiedCopy:
    path: Path  # the migrated, checked copy (inside the data directory's tmp folder)
    schema_from: int
    office_code: str
    office_name: str
    device_id: str
    training: bool = False  # a training installation's backup (meta training = yes)


def schema_shape(con: sqlite3.Connection) -> dict[str, tuple]:
    """{'table x' / 'index y' / 'trigger z': columns (tables, sorted) or ()} of a database.

    Columns are compared as a set: a migration numbered below one already applied (numbers are reserved
    per line of work) adds its columns after the later one's on an upgraded database, before them on a
    new one; every statement names its columns, so the order means nothing."""
    shape: dict[str, tuple] = {}
    rows = con.execute(
        "SELECT type, name FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger')"
    ).fetchall()
    for kind, name in rows:
        cols = ()
        if kind == "table":
            cols = tuple(sorted(r[1] for r in con.execute(f'PRAGMA table_info("{name}")')))
        shape[f"{kind} {name}"] = cols
    return shape


def expected_shape(version: int, applied: frozenset[int] | set[int] | None = None) -> dict[str, tuple]:
    """The shape an empty database has after migrations 1..version (or exactly the `applied` ones)."""
    db = SqliteDatabase(":memory:")
    db.connect()
    for number, apply in MIGRATIONS:
        if (number not in applied) if applied is not None else number > version:
            continue
        apply(db)
    shape = schema_shape(db.connection())
    db.close()
    return shape


def _differences(actual: dict, expected: dict) -> list[str]:
    out = [f"{k} is missing" for k in sorted(expected.keys() - actual.keys())]
    out += [f"{k} is unexpected" for k in sorted(actual.keys() - expected.keys())]
    out += [
        f"{k} has columns {actual[k]}"
        for k in sorted(expected.keys() & actual.keys())
        if actual[k] != expected[k]
    ]
    return out


def _applied(con: sqlite3.Connection, version: int) -> set[int] | None:
    """The migrations a database file says it had (meta `migrations`), for those at `version`; None for
    files from before the list was kept (every migration up to their version)."""
    row = con.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()
    if not row or not row[0]:
        return None
    try:
        applied = {int(x) for x in str(row[0]).split(",") if x}
    except ValueError:
        return None  # hand-edited: checked against every migration up to its version
    return applied if applied and max(applied) == version else None


def _checks(path: Path, version: int) -> list[str]:
    con = connect_read_only(path)
    try:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        if problems:
            return [f"SQLite's integrity check failed ({'; '.join(problems[:3])})"]
        if con.execute("PRAGMA foreign_key_check").fetchall():
            return ["the foreign-key check failed"]
        diff = _differences(schema_shape(con), expected_shape(version, _applied(con, version)))
        if diff:
            return [f"its tables do not match schema {version} ({'; '.join(diff[:3])})"]
    except sqlite3.DatabaseError as e:
        return [f"SQLite cannot read it ({e})"]
    finally:
        con.close()
    return []


def verify_copy(source: str | Path, workdir: Path) -> VerifiedCopy:
    """Copy `source` into `workdir`, check it, migrate it, check it again. Raises BackupRejected."""
    source = Path(source)
    if not source.is_file():
        raise BadInput(f"cannot read backup file {source}; nothing was changed")
    try:
        version = inspect_file(source)
    except NotAFieldappDatabase as e:
        raise BackupRejected(source, str(e)) from e
    workdir.mkdir(parents=True, exist_ok=True, mode=0o700)
    copy = workdir / f"restore-{uuid.uuid4().hex}.sqlite3"
    fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        src = connect_read_only(source)
        dest = sqlite3.connect(copy)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
            src.close()
        problems = _checks(copy, version)
        if problems:
            raise BackupRejected(source, problems[0])
        try:
            store = Store(copy, workdir / f"{copy.stem}-backups", verify="never")
        except Exception as e:  # a migration that cannot run on this file
            raise BackupRejected(source, f"it cannot be brought up to schema {LATEST} ({e})") from e
        try:
            store.db.execute_sql("PRAGMA journal_mode=DELETE")
            meta = store.meta()
        finally:
            store.close()
        problems = _checks(copy, LATEST)
        if problems:
            raise BackupRejected(source, f"after migration, {problems[0]}")
    except BaseException:
        _remove(copy)
        raise
    finally:
        _remove_dir(workdir / f"{copy.stem}-backups")
    return VerifiedCopy(
        copy,
        version,
        meta.get("office_code", ""),
        meta.get("office_name", ""),
        meta.get("device_id", ""),
        meta.get("training") == "yes",
    )


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def _remove_dir(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def set_device_id(copy: Path, device_id: str) -> None:
    con = sqlite3.connect(copy)
    try:
        with con:
            con.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (device_id,))
    finally:
        con.close()


def raise_meta_numbers(copy: Path, marks: dict[str, int]) -> None:
    """Raise number-valued meta keys of the checked copy to at least `marks` (high-water marks)."""
    con = sqlite3.connect(copy)
    try:
        with con:
            for key, value in marks.items():
                row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
                try:
                    if row is not None and int(row[0]) >= value:
                        continue
                except ValueError:
                    pass
                con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, str(value)))
    finally:
        con.close()


def own_stamp_high(database: Path, device: str) -> int:
    """The largest Lamport number `device` put on an edit in the live file (records and the versions
    history keeps), and the floor an earlier restore left there; 0 when the file cannot be read."""
    import json

    path = "$.d." + json.dumps(device) + "[0]"
    queries = (
        ("SELECT MAX(json_extract(clock, ?)) FROM activity WHERE json_valid(clock)", (path,)),
        (
            "SELECT MAX(json_extract(json_extract(snapshot, '$.clock'), ?)) FROM history"
            " WHERE json_valid(snapshot) AND json_valid(json_extract(snapshot, '$.clock'))",
            (path,),
        ),
        ("SELECT value FROM meta WHERE key = 'stamp_floor'", ()),
    )
    values = []
    try:
        con = connect_read_only(database)
    except sqlite3.DatabaseError:
        return 0
    try:
        for sql, params in queries:
            try:
                values += [row[0] for row in con.execute(sql, params).fetchall()]
            except sqlite3.DatabaseError:  # a damaged table, a hand-edited clock: the others still count
                continue
    finally:
        con.close()
    out = 0
    for v in values:
        try:
            out = max(out, int(v or 0))
        except (TypeError, ValueError):
            continue
    return out


def read_device_id(database: Path) -> str | None:
    """This installation's device id, if the live file can still be read; None otherwise."""
    return read_meta(database, "device_id")


def read_meta(database: Path, key: str) -> str | None:
    """One meta value of the live file, if it can still be read; None otherwise."""
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        con = connect_read_only(database)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def replace_file(copy: Path, database: Path, aside_dir: Path, stamp: str) -> Path | None:
    """Swap the verified copy in by renaming (the live file is damaged or missing): the old file and its
    -wal/-shm are moved to `aside_dir` first, never deleted. Returns where the old file went."""
    aside = None
    if database.exists() and database.stat().st_size > 0:
        aside_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        aside = aside_dir / f"fieldapp-{stamp}.sqlite3"
        os.replace(database, aside)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{database}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
    else:
        database.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(copy, database)
    return aside
