"""A record's history names why each version was replaced in the UI's language, for every reason the
services write (an import that wrote one record twice, a resolved conflict …), never the raw code."""

from __future__ import annotations

import re

import pytest

from fieldapp.ui.activities.history import HistoryModel
from fieldapp.ui.i18n import Translators
from tests.conftest import make_activity

# Every reason the services and storage pass to the history room.
SERVICES = ("fieldapp/services", "fieldapp/storage")


def written_reasons() -> set[str]:
    from pathlib import Path

    root = Path(__file__).parents[2]
    found: set[str] = set()
    for package in SERVICES:
        for path in (root / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            found |= set(re.findall(r'history\.add_many\([^)]*?"([a-z_]+)"', text, re.S))
            found |= set(re.findall(r'reason="([a-z_]+)"', text))
            found |= set(re.findall(r'self\._write\([^)]*?"([a-z_]+)"', text))
    return found - {"before-import", "before-restore", "daily"}  # backup reasons, not history


def test_every_written_reason_is_found():
    assert {"edit", "import", "import_superseded", "undo", "resolve", "revert"} <= written_reasons()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_history_reason_is_shown_in_words(qapp, tmp_path, language):
    translators = Translators(tmp_path / "i18n")
    translators.install(language)
    try:
        model = HistoryModel(make_activity(), [], language)
        for reason in sorted(written_reasons()):
            text = model.reason_text(reason)
            assert text and text != reason and "_" not in text, (language, reason, text)
        if language != "en":  # translated, not the English source left in place
            assert model.reason_text("import_superseded") != "a later row of the same import"
    finally:
        translators.install("en")
