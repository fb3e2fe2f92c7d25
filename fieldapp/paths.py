"""Where fieldapp keeps its files: per-user data, backups and logs, and where its resources are."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from fieldapp.domain.value import Value

APP_NAME = "fieldapp"
HOME_ENV = "FIELDAPP_HOME"
DATABASE_ENV = "FIELDAPP_DATABASE"  # a postgresql:// URL: the coordinators' shared database (the hub)
SHARED_DATABASE_FILE = "shared-database.txt"  # in the home: the hub's address, never a password
DB_FILE = "fieldapp.sqlite3"
STALE_TMP_S = 2 * 24 * 3600  # a temporary folder this old is a leftover, whatever its process id


class Paths(Value):
    """The directories of one installation; everything hangs off `home`."""

    FIELDS = __slots__ = ("home", "database_url")

    def __init__(self, home: Path, database_url: str | None = None):
        # database_url: the coordinators' shared database (postgresql://…) instead of the file
        # `database`; the home still holds logs, temporary files and drafts.
        self._set(home=home, database_url=database_url)

    @property
    def database(self) -> Path:
        return self.home / DB_FILE

    @property
    def shared_database_file(self) -> Path:
        return self.home / SHARED_DATABASE_FILE

    def remembered_database(self) -> str | None:
        """The shared database this installation was set to use (`fieldapp hub use`, Settings), if any."""
        try:  # undecodable bytes stay visible (and refused as an address), never read as "none"
            text = self.shared_database_file.read_bytes().decode("utf-8", errors="replace").strip()
        except FileNotFoundError:
            return None
        except OSError as e:
            return f"(unreadable: {e.strerror})"
        return text or None

    @property
    def store_target(self) -> str | Path:
        """What the Store opens: the hub's URL when one is set, else the database file."""
        return self.database_url or self.database

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def drafts(self) -> Path:
        return self.home / "drafts"

    @property
    def tmp(self) -> Path:
        """Temporary files (workbooks being written, backups being verified): inside the data directory,
        never in the system's temp folder, because they hold record content."""
        return self.home / "tmp"

    def ensure(self) -> Paths:
        """Create the directories, private to the user (0700 on POSIX; they hold data about children).

        An existing folder given as --home that is not fieldapp's yet (no database in it) keeps its
        permissions: it may be a folder the person shares for other things; fieldapp's files and
        sub-folders inside it are private either way.
        """
        ours = not self.home.exists() or self.database.exists() or self.backups.exists()
        for d in (self.home, self.backups, self.logs, self.drafts, self.tmp):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
            if d == self.home and not ours:
                continue
            if os.name == "posix" and d.stat().st_mode & 0o077:
                with contextlib.suppress(OSError):
                    os.chmod(d, 0o700)
        if os.name == "posix":
            for f in self.backups.iterdir():
                if f.is_file() and f.stat().st_mode & 0o077:
                    with contextlib.suppress(OSError):
                        os.chmod(f, 0o600)  # made world-readable by an older version
        return self


PARTIALS_LIST = "partials.txt"  # in a process's private folder: the `.NAME.partial` files it is writing


def remember_partial(partial: Path) -> None:
    """Note `partial` (a `.NAME.partial` beside an output) in this process's private folder, so that if
    the process is killed before its rename, the next start removes it (it holds record content)."""
    import tempfile

    folder = Path(tempfile.gettempdir())
    if folder.parent.name != "tmp" or not (folder / ".fieldapp").exists():
        return  # not inside a fieldapp data directory's private tmp (e.g. a library call in a test)
    with open(folder / PARTIALS_LIST, "a", encoding="utf-8") as f:
        f.write(f"{os.path.abspath(partial)}\n")


def _remove_partials_of(folder: Path) -> None:
    """The `.NAME.partial` files a killed process was writing (see `remember_partial`)."""
    try:
        listed = (folder / PARTIALS_LIST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    for line in listed:
        p = Path(line)
        if p.name.startswith(".") and p.name.endswith(".partial"):
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)


def use_private_tmp(paths: Paths) -> Path:
    """Send this process's temporary files (openpyxl writes each sheet to one) into `paths.tmp`.

    Each process gets its own folder `tmp/<pid>-<random>`; folders left by processes that no longer
    run (a killed export) are removed here, at start, with the `.NAME.partial` files beside outputs
    that such a process was writing. Returns this process's folder.
    """
    import shutil
    import tempfile

    paths.tmp.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = time.time()
    for old in paths.tmp.iterdir():
        pid = old.name.split("-", 1)[0]
        # where a process cannot be asked whether it runs (Windows), age decides
        stale = os.name != "posix" and now - old.stat().st_mtime > STALE_TMP_S
        if stale or not (pid.isdigit() and _running(int(pid))):
            if old.is_dir():
                _remove_partials_of(old)
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
    mine = paths.tmp / f"{os.getpid()}-{os.urandom(4).hex()}"  # (uuid would import platform)
    mine.mkdir(mode=0o700)
    (mine / ".fieldapp").touch()  # marks a private folder: `remember_partial` writes only into one
    tempfile.tempdir = str(mine)
    import atexit

    atexit.register(shutil.rmtree, mine, True)
    return mine


def release_private_tmp(folder: Path, previous: str | None) -> None:
    """Undo `use_private_tmp` (when fieldapp runs inside another program, e.g. the test suite)."""
    import shutil
    import tempfile

    tempfile.tempdir = previous
    shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    """Is process `pid` alive? (On Windows, where this cannot be asked cheaply, assume it is.)"""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def default_home() -> Path:
    """The per-user data directory: %LOCALAPPDATA%\\fieldapp on Windows, ~/.local/share/fieldapp on Linux."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve(home: str | os.PathLike[str] | None = None, database: str | None = None) -> Paths:
    """`--home` first, then FIELDAPP_HOME, then the platform default; the shared database from
    `--database`, else FIELDAPP_DATABASE, else the one the home remembers, else none (the file)."""
    url = database or os.environ.get(DATABASE_ENV) or None
    if home:
        where = Path(home).expanduser().resolve()
    elif os.environ.get(HOME_ENV):
        where = Path(os.environ[HOME_ENV]).expanduser().resolve()
    else:
        where = default_home()
    paths = Paths(where)
    return Paths(where, url or paths.remembered_database())


def resources_dir() -> Path:
    """The `resources/` tree: beside a frozen exe, inside an installed wheel, or at the repository top."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
