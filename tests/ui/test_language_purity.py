"""No text of another language: switching language live leaves none behind, Qt's own menus included."""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.exceptions import TimeoutError

from fieldapp.domain.reference import reference
from fieldapp.paths import resource
from fieldapp.ui.mainwindow import PAGES

# The same in every language: the product, codes, key names, units.
ALLOWED = {
    "fieldapp",
    "ALA",
    "Ctrl",
    "Enter",
    "Del",
    "Shift",
    "Alt",
    "Esc",
    "Tab",
    "Space",
    "KZ",
    "English",
    "OK",
    "xlsx",
    "HXL",
    "Unicode",
    "LRM",
    "RLM",
    "ZWJ",
    "ZWNJ",
    "ZWSP",
    "LRE",
    "RLE",
    "LRO",
    "RLO",
    "PDF",
    "LRI",
    "RLI",
    "FSI",
    "PDI",
    "LearningAtHome",
    "PostgreSQL",
    "postgresql",
    "pgpass",
}  # fmt: skip  (the campaign's own hashtag, a name in every language)
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Each language names itself in the language lists (docs/glossary.md), whatever the UI language.
SELF_NAMES = {"Қазақша", "Русский", "English"}


def catalogue(language: str) -> set[str]:
    """Every translation in our catalogue for `language` (the words that belong to it)."""
    root = ET.parse(resource("i18n", f"fieldapp_{language}.ts")).getroot()
    out = set()
    for tr in root.iter("translation"):
        forms = [f.text for f in tr.iter("numerusform")] or [tr.text]
        out |= {f.replace("&", "") for f in forms if f}
    return out


def texts_of(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            texts += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount())]
        texts += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        texts += [a.text() for a in w.actions()]
    return [t.replace("&", "") for t in texts if t]


def foreign(texts: list[str], language: str, data: list[str]) -> list[str]:
    """Texts that belong to another language than `language` (data people typed is ignored)."""
    own = catalogue(language)
    others = set().union(*(catalogue(x) for x in ("kk", "ru", "en") if x != language)) - own
    found = []
    for text in texts:
        for d in data:
            text = text.replace(d, "")
        if not text.strip():
            continue
        if text in others and text not in SELF_NAMES:
            found.append(text)
            continue
        if language != "en":
            latin = {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED}
            if latin:
                found.append(text)
                continue
        if language == "ru" and KAZAKH_LETTERS & set(text):
            found.append(text)
    return found


@pytest.mark.parametrize(("start", "switch_to"), [("ru", "kk"), ("kk", "ru"), ("en", "kk")])
def test_switching_language_on_every_page_leaves_no_other_language(
    qtbot, make_ctx, tmp_path, start, switch_to
):
    from fieldapp.ui.mainwindow import MainWindow

    ctx = make_ctx(start)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    exchange = w.show_page("exchange")
    exchange.ask_save_path = lambda title, name: tmp_path / "out.xlsx"
    exchange.export_button.click()  # leaves a message on the page
    qtbot.waitUntil(exchange.notice.isVisible)
    w.show_page("dashboard")
    w.show_page("settings")
    combo = w.settings_page.office.language
    combo.setCurrentIndex(combo.findData(switch_to))
    assert ctx.language == switch_to
    # data, not interface: what people typed, paths, and proper names (the Russian name of Jetisu
    # region keeps its Kazakh letters: "область Жетісу")
    data = [ctx.workspace.installation.office_name, str(ctx.paths.home), str(tmp_path / "out.xlsx")]
    data += ["Қазақша", "Русский"]  # each language is named in itself in the language lists
    data += sorted((r.name(switch_to) for r in reference().regions), key=len, reverse=True)
    for name in PAGES:
        w.show_page(name)
        # LanguageChange is posted, and accessible names follow their labels just after
        with contextlib.suppress(TimeoutError):
            qtbot.waitUntil(lambda: foreign(texts_of(w), switch_to, data) == [], timeout=2000)
        assert foreign(texts_of(w), switch_to, data) == [], (name, foreign(texts_of(w), switch_to, data))
    dialog = w.activities.new_record()
    qtbot.waitExposed(dialog)
    assert foreign(texts_of(dialog), switch_to, data) == []
    dialog.done(0)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_right_click_menu_of_a_text_field_speaks_the_ui_language(qtbot, make_ctx, language):
    make_ctx(language)
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        words = [a.text() for a in menu.actions() if a.text()]
        assert words, "the menu has entries"
        assert foreign(words, language, []) == [], words


def locked_database_error(tmp_path) -> Exception:
    """The real error SQLite raises when another program holds the write lock."""
    import sqlite3

    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as e:
        return e
    finally:
        other.close()
        holder.close()
    raise AssertionError("the database was not locked")


def test_a_locked_database_is_said_in_kazakh_without_english_in_the_dialog(qtbot, make_ctx, tmp_path):
    from fieldapp.ui.errors import ErrorReporter, error_text

    make_ctx("kk")
    error = locked_database_error(tmp_path)
    headline, details = error_text(error, "save record")
    assert "fieldapp" in headline and foreign([headline], "kk", []) == []
    readable = details.split("\n\n")[:-1]  # the last line is the technical one, folded in the dialog
    assert readable and foreign(readable, "kk", []) == [], readable
    reporter = ErrorReporter(tmp_path / "fieldapp.log", show_dialogs=False)
    with qtbot.waitSignal(reporter.reported):
        reporter.report(error, "save record")


def test_the_entry_form_says_another_fieldapp_is_writing(qtbot, make_ctx, tmp_path):
    from fieldapp.ui.form.dialog import EntryDialog

    ctx = make_ctx("ru")
    dialog = EntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._failed(locked_database_error(tmp_path))  # what the writer task reports after its busy wait
    message = dialog.banner_message()
    assert "fieldapp" in message and foreign([message], "ru", []) == [], message
