"""Translations: install fieldapp's and Qt's own catalogues, the locale, and build `.qm` from `.ts`.

`python -m fieldapp.ui.i18n build`   compile resources/i18n/*.ts into .qm beside them (build step)
`python -m fieldapp.ui.i18n update`  re-scan fieldapp/ui with pyside6-lupdate into the .ts catalogues
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fieldapp.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "en")
CATALOGUE = "fieldapp_{lang}.ts"
# Qt's own strings (context menus, standard buttons, file dialogs) where Qt ships no catalogue: ours.
QT_CATALOGUE = "qtbase_{lang}.ts"


def locale_for(language: str) -> QLocale:
    """The QLocale used for dates and numbers in each UI language (all for Kazakhstan)."""
    if language == "kk":
        return QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def i18n_dir() -> Path:
    return resource("i18n")


def _tool(name: str) -> Path | None:
    """pyside6-lrelease / -lupdate beside this Python, on PATH, or inside the PySide6 package."""
    import shutil  # here and below: only building catalogues needs them, never a normal start

    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    try:
        import PySide6

        inside = Path(PySide6.__file__).parent / name
        for c in (inside, inside.with_suffix(".exe")):
            if c.exists():
                return c
    except ImportError:  # pragma: no cover
        pass
    return None


def compile_catalogue(ts: Path, qm: Path) -> bool:
    import subprocess

    exe = _tool("lrelease")
    if exe is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(exe), "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False)
    if done.returncode != 0:
        log.warning("lrelease failed on %s: %s", ts, done.stderr.decode(errors="replace"))
    return done.returncode == 0 and qm.exists()


def catalogue_path(language: str, cache_dir: Path | None = None, name: str = CATALOGUE) -> Path | None:
    """The compiled catalogue for `language`: built beside the .ts, else compiled once into `cache_dir`.

    A built .qm is always used as it is, even when its .ts looks newer (a checkout sets file times in
    any order): compiling runs a subprocess and must never happen at start-up when a catalogue exists.
    """
    ts = i18n_dir() / name.format(lang=language)
    qm = ts.with_suffix(".qm")
    if qm.exists():
        return qm
    if ts.exists() and cache_dir is not None:
        cached = cache_dir / qm.name
        if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
            return cached
        if compile_catalogue(ts, cached):
            return cached
    return None


class Translators:
    """The translators installed in the application; `install` swaps them for another language.

    Installing a translator makes Qt send LanguageChange to every widget, which retranslates itself.
    """

    def __init__(self, cache_dir: Path | None = None):
        self.cache_dir = cache_dir
        self.installed: list[QTranslator] = []
        self.language = ""

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for t in self.installed:
            app.removeTranslator(t)
        self.installed = []
        QLocale.setDefault(locale_for(language))
        own = QTranslator(app)
        path = catalogue_path(language, self.cache_dir)
        if path and own.load(str(path)):
            self.installed.append(own)
        elif language != "en":
            log.warning("no compiled catalogue for %r (run `python -m fieldapp.ui.i18n build`)", language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            self.installed.append(qtbase)
        else:  # Kazakh: Qt has none, so the text fields' right-click menu would be English
            ours = catalogue_path(language, self.cache_dir, QT_CATALOGUE)
            if ours and qtbase.load(str(ours)):
                self.installed.append(qtbase)
        for t in self.installed:
            app.installTranslator(t)
        self.language = language


def build(directory: Path | None = None) -> list[Path]:
    """Compile every .ts in resources/i18n into a .qm beside it."""
    directory = directory or i18n_dir()
    out = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not compile_catalogue(ts, qm):
            raise SystemExit(f"cannot compile {ts}: pyside6-lrelease is missing or failed")
        out.append(qm)
    return out


def update() -> None:
    """Re-scan fieldapp/ui for tr() strings into the three .ts catalogues (keeps translations)."""
    import subprocess

    exe = _tool("lupdate")
    if exe is None:
        raise SystemExit("pyside6-lupdate not found")
    ui = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui.rglob("*.py"))
    targets = [str(i18n_dir() / CATALOGUE.format(lang=lang)) for lang in LANGUAGES]
    subprocess.run([str(exe), "-no-obsolete", "-locations", "none", *sources, "-ts", *targets], check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "build":
        for qm in build():
            print(f"wrote {qm}")
        return 0
    if command == "update":
        update()
        return 0
    print("usage: python -m fieldapp.ui.i18n [build|update]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
