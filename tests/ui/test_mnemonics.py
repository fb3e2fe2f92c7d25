"""No Alt-key is owned twice in one window, in any language: a clash makes Alt+key only move focus."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from fieldapp.ui.mainwindow import PAGES


def mnemonic_owners(window: QWidget) -> dict[str, list[str]]:
    """Alt-key → the texts that own it, among what is visible in `window` now."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            owners[key.toString()].append(text)

    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            add(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i))
    return owners


def clashes(window: QWidget, where: str) -> list[str]:
    return [
        f"{where}: {key} owned by {texts}" for key, texts in mnemonic_owners(window).items() if len(texts) > 1
    ]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_window_has_two_owners_of_one_alt_key(qtbot, make_ctx, language):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx(language)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    found = []
    for name in PAGES:
        w.show_page(name)
        qtbot.wait(10)
        found += clashes(w, name)
    dialog = w.activities.new_record()
    qtbot.waitExposed(dialog)
    for kind in ("leaflets", "volunteers", "psychosocial", "equipment"):
        dialog.fields.kind.set_code(kind)
        found += clashes(dialog, f"entry form ({kind})")
    dialog.done(0)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_dialogs_have_no_alt_key_clash(qtbot, make_ctx, seed, language):
    from fieldapp.ui.mainwindow import MainWindow
    from fieldapp.ui.office import SetupDialog

    ctx = make_ctx(language)
    setup = SetupDialog(ctx)
    qtbot.addWidget(setup)
    setup.show()
    qtbot.waitExposed(setup)
    found = clashes(setup, "first-run setup")
    setup.done(0)

    seed(ctx, 1)
    ctx.announce_records_reload()
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activities.focus_table()
    history = w.activities.show_history()
    qtbot.waitExposed(history)
    found += clashes(history, "history")
    history.done(0)
    assert found == [], "\n".join(found)


def documented_alt_keys(language: str) -> set[str]:
    """The Alt-keys docs/ui.md lists for `language` (its table: what | English | Русский | Қазақша)."""
    from pathlib import Path

    column = {"en": 2, "ru": 3, "kk": 4}[language]
    text = (Path(__file__).resolve().parents[2] / "docs" / "ui.md").read_text(encoding="utf-8")
    keys = set()
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == 6 and cells[column].startswith("Alt+") and len(cells[column]) == 5:
            keys.add(cells[column])
    return keys


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_docs_list_every_alt_key(qtbot, make_ctx, language):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx(language)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    found = set()
    for name in PAGES:
        w.show_page(name)
        qtbot.wait(10)
        found |= set(mnemonic_owners(w))
    dialog = w.activities.new_record()
    qtbot.waitExposed(dialog)
    found |= set(mnemonic_owners(dialog))
    dialog.done(0)
    assert found == documented_alt_keys(language)
