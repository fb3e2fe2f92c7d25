"""The translation catalogues are complete and say one thing one way (docs/glossary.md)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

from fieldapp.paths import resource

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(resource("i18n").glob("*.ts"))


def translations(ts: Path):
    """(context, source, translation forms, unfinished?) for every message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) or (tr.text or "",)
            yield name, message.findtext("source"), forms, tr.get("type") == "unfinished"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_no_unfinished_or_empty_translation(ts):
    bad = [
        f"{ctx}: {src!r}" for ctx, src, forms, unfinished in translations(ts) if unfinished or not all(forms)
    ]
    assert bad == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_one_source_is_translated_one_way_everywhere(language):
    seen = defaultdict(set)
    for _ctx, src, forms, _u in translations(resource("i18n", f"fieldapp_{language}.ts")):
        seen[src].add(forms)
    assert {src: ways for src, ways in seen.items() if len(ways) > 1} == {}


def glossary_never() -> dict[str, list[str]]:
    """The words docs/glossary.md forbids, per language."""
    never = {"ru": [], "kk": []}
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("English", "---"):
            continue
        for language, cell in (("ru", cells[3]), ("kk", cells[4])):
            never[language] += [w.strip().lower() for w in cell.split(",") if w.strip()]
    return never


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_glossary_words_are_the_only_words(language):
    forbidden = glossary_never()[language]
    assert forbidden, "the glossary lists words to avoid"
    found = []
    for ctx, src, forms, _u in translations(resource("i18n", f"fieldapp_{language}.ts")):
        for form in forms:
            words = set(re.findall(r"\w+", form.lower()))
            found += [f"{ctx}: {src!r} says {w!r}" for w in forbidden if w in words]
    assert found == []
