"""The one guard for every file a command or the app writes: never onto the data, never a traceback.

`check_output` runs before a workbook is written (export, report, template; CLI and save dialogs alike)
and `check_backup_dir` before `backup DIR`. They refuse, with an `OutputRefused` carrying a code the
front ends put into words: the database and its -wal/-shm/-journal files, anything in the backups
folder, a name that does not end in .xlsx, a folder, a missing folder, an existing file that is not a
workbook (checked by its zip signature, not its name), a name too long for the file system, a folder
that cannot be written. `writing(path)` turns the OS errors a user can cause while writing into the
same error, so nothing a user does with a path ends in "internal error".
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from fieldapp.domain.errors import BadInput
from fieldapp.paths import Paths, remember_partial

ZIP_SIGNATURE = b"PK\x03\x04"  # every .xlsx is a zip file
SIGNATURES = {".xlsx": ZIP_SIGNATURE, ".pdf": b"%PDF"}  # what an existing file must start with to be replaced
MAX_NAME = 255 - len("..partial")  # the workbook is written beside it as .NAME.partial first
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}

MESSAGES = {
    "database": "{path} is fieldapp's own database; choose another file name",
    "backups": "{path} is inside fieldapp's backup folder; choose another folder",
    "data_folder": "{path} is inside fieldapp's data folder; choose another folder",
    "not_xlsx_name": "{path}: the file name must end in .xlsx (it is an Excel workbook)",
    "wrong_suffix": "{path}: the file name must end in {suffix}",
    "folder": "{path} is a folder; give a file name",
    "missing_folder": "the folder {path} does not exist",
    "not_workbook": "{path} exists and is not an Excel workbook; it was not overwritten",
    "too_long": "the file name {path} is too long",
    "reserved": "{path} is a name Windows reserves for a device; choose another name",
    "unwritable": "cannot write to {path} (no permission, or the disk is read-only)",
    "disk_full": "the disk is full; {path} was not written",
    "not_folder": "{path} is a file, not a folder",
}


class OutputRefused(BadInput):
    """An output path that cannot or must not be written; nothing was written."""

    def __init__(self, code: str, path: str | os.PathLike[str], suffix: str | None = None):
        self.code, self.path = code, Path(path)
        super().__init__(MESSAGES[code].format(path=self.path, suffix=suffix))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _protected(paths: Paths) -> list[Path]:
    db = paths.database
    return [db] + [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def _refuse_data(target: Path, paths: Paths | None) -> None:
    if paths is None:
        return
    home = paths.home.resolve()
    for p in _protected(Paths(home)):
        if target == p or _same_file(target, p):
            raise OutputRefused("database", target)
    backups = Paths(home).backups
    if _inside(target, backups) or _same_file(target, backups):
        raise OutputRefused("backups", target)
    if _inside(target, home):  # its tmp/ is emptied on start; nothing of the user's belongs there
        raise OutputRefused("data_folder", target)


def check_output(
    path: str | os.PathLike[str], paths: Paths | None = None, suffix: str | None = ".xlsx"
) -> Path:
    """The path a workbook may be written to, or OutputRefused. `paths`: the installation to protect.

    suffix=None: any file that is not the installation's (a text result such as --self-test-output).
    """
    raw = Path(path).expanduser()
    with writing(raw):
        return _check_output(raw, paths, suffix)


def _check_output(raw: Path, paths: Paths | None, suffix: str | None) -> Path:
    if not raw.name or str(raw).endswith(("/", os.sep)):
        raise OutputRefused("folder", raw)
    if len(raw.name.encode("utf-8")) > MAX_NAME or len(raw.name) > MAX_NAME:
        raise OutputRefused("too_long", raw)
    target = raw.absolute()
    with contextlib.suppress(OSError, RuntimeError):
        target = target.resolve()  # follows symlinks: a link to the database is the database
    _refuse_data(target, paths)
    if target.is_dir():
        raise OutputRefused("folder", raw)
    if suffix is not None and target.suffix.lower() != suffix:
        raise OutputRefused("not_xlsx_name" if suffix == ".xlsx" else "wrong_suffix", raw, suffix)
    if target.stem.split(".")[0].upper() in WINDOWS_RESERVED:
        raise OutputRefused("reserved", raw)
    parent = target.parent
    if not parent.is_dir():
        raise OutputRefused("missing_folder", raw.parent if raw.parent != Path() else parent)
    if target.exists():
        if not target.is_file():
            raise OutputRefused("not_workbook", raw)
        if suffix is not None:
            _require_workbook(target, raw, SIGNATURES.get(suffix, ZIP_SIGNATURE))
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputRefused("unwritable", raw)
    return target


def _require_workbook(target: Path, shown: Path, signature: bytes = ZIP_SIGNATURE) -> None:
    try:
        with target.open("rb") as f:
            head = f.read(4)
    except OSError:
        raise OutputRefused("unwritable", shown) from None
    if head and head != signature:  # an empty file holds nothing to lose
        raise OutputRefused("not_workbook", shown)


def check_backup_dir(directory: str | os.PathLike[str], paths: Paths | None = None) -> Path:
    """A folder a backup may be written into (created if only the last level is missing)."""
    raw = Path(directory).expanduser()
    with writing(raw):
        return _check_backup_dir(raw, paths)


def _check_backup_dir(raw: Path, paths: Paths | None) -> Path:
    if len(raw.name.encode("utf-8")) > 255:
        raise OutputRefused("too_long", raw)
    target = raw.absolute()
    with contextlib.suppress(OSError, RuntimeError):
        target = target.resolve()
    if paths is not None:
        home = paths.home.resolve()
        for p in _protected(Paths(home)):
            if target == p or _same_file(target, p):
                raise OutputRefused("database", raw)
        backups = Paths(home).backups
        if _inside(target, home) and not _inside(target, backups):
            raise OutputRefused("data_folder", raw)
    if target.exists() and not target.is_dir():
        raise OutputRefused("not_folder", raw)
    if not target.exists() and not target.parent.is_dir():
        raise OutputRefused("missing_folder", raw.parent)
    writable_here = target if target.exists() else target.parent
    if not os.access(writable_here, os.W_OK):
        raise OutputRefused("unwritable", raw)
    return target


def _refusal(error: OSError, path: str | os.PathLike[str]) -> OutputRefused | None:
    """The OutputRefused for an OS error a user can cause while writing `path`; None for others."""
    if isinstance(error, IsADirectoryError):
        return OutputRefused("folder", path)
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOTDIR:
        return OutputRefused("missing_folder", Path(path).parent)
    if error.errno == errno.ENAMETOOLONG:
        return OutputRefused("too_long", path)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return OutputRefused("disk_full", path)
    if isinstance(error, PermissionError) or error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return OutputRefused("unwritable", path)
    if error.errno == errno.EINVAL:  # e.g. a character Windows does not allow in file names
        return OutputRefused("unwritable", path)
    return None


def partial_path(path: Path) -> Path:
    """Where a file is written before its rename into place: `.NAME.partial` beside it."""
    return path.with_name(f".{path.name}.partial")


def create_private(tmp: Path) -> Path:
    """Create (or empty) `tmp` owner-only (0600) before any byte is written: exports, reports and
    templates hold children's data, and the rename keeps this mode on the finished file."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a stale partial file of another mode keeps its mode through O_CREAT
    finally:
        os.close(fd)
    remember_partial(tmp)  # a kill -9 before the rename: the next start removes it
    return tmp


@contextlib.contextmanager
def writing(path: str | os.PathLike[str]) -> Iterator[None]:
    """Turn the OS errors of writing `path` that a user can cause into OutputRefused."""
    try:
        yield
    except OutputRefused:
        raise
    except OSError as e:
        refused = _refusal(e, path)
        if refused is None:
            raise
        raise refused from None
