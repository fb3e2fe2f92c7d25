"""Where fieldapp keeps its files: per-user data, backups and logs, and where its resources are."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "fieldapp"
HOME_ENV = "FIELDAPP_HOME"
DB_FILE = "fieldapp.sqlite3"


@dataclass(frozen=True)
class Paths:
    """The directories of one installation; everything hangs off `home`."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / DB_FILE

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def drafts(self) -> Path:
        return self.home / "drafts"

    def ensure(self) -> Paths:
        for d in (self.home, self.backups, self.logs, self.drafts):
            d.mkdir(parents=True, exist_ok=True)
        return self


def default_home() -> Path:
    """The per-user data directory: %LOCALAPPDATA%\\fieldapp on Windows, ~/.local/share/fieldapp on Linux."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve(home: str | os.PathLike[str] | None = None) -> Paths:
    """`--home` first, then FIELDAPP_HOME, then the platform default."""
    if home:
        return Paths(Path(home).expanduser().resolve())
    env = os.environ.get(HOME_ENV)
    if env:
        return Paths(Path(env).expanduser().resolve())
    return Paths(default_home())


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
