"""Reference data (kinds, measures, regions, code lists) loaded from `resources/reference/*.json`."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache

from fieldapp.domain.regions import RegionIndex
from fieldapp.paths import resource

LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True, eq=False)
class Coded:
    """A code with its names in Kazakh, Russian and English."""

    code: str
    names: dict[str, str]

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names["en"]


@dataclass(frozen=True, eq=False)
class Measure(Coded):
    implausible_above: int = 0


@dataclass(frozen=True, eq=False)
class Kind(Coded):
    measures: tuple[str, ...] = ()
    weight: int = 1


@dataclass(frozen=True, eq=False)
class Reference:
    """All code lists, in file order."""

    measures: tuple[Measure, ...]
    kinds: tuple[Kind, ...]
    regions: tuple[Coded, ...]
    region_aliases: dict[str, str]
    region_spellings: dict[str, str]
    target_groups: tuple[Coded, ...]
    site_types: tuple[Coded, ...]
    material_languages: tuple[Coded, ...]

    def kind(self, code: str) -> Kind | None:
        return _index(self.kinds).get(code)

    def region(self, code: str) -> Coded | None:
        return _index(self.regions).get(code)

    def measure(self, code: str) -> Measure | None:
        return _index(self.measures).get(code)

    @property
    def measure_codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.measures)

    def resolve_region(self, text: str) -> tuple[str | None, bool]:
        """Map a code, a current name in any language, or an old name/code to a current code.

        Returns (code, was_alias); code is None when nothing matches.
        """
        key = _fold(text)
        if not key:
            return None, False
        current, aliases = _region_lookup(self)
        if key in current:
            return current[key], False
        if key in aliases:
            return aliases[key], True
        codes, old = _region_index(self).match(text)
        return (codes[0], old) if len(codes) == 1 else (None, False)

    def region_candidates(self, text: str) -> tuple[str, ...]:
        """The regions an ambiguous text could mean ("Almaty": KZ-19, KZ-75); empty if not ambiguous."""
        if self.resolve_region(text)[0]:
            return ()
        codes, _ = _region_index(self).match(text)
        return codes if len(codes) > 1 else ()

    def resolve_code(self, items: tuple[Coded, ...], text: str) -> str | None:
        """Match a code or a name in any language (case- and space-insensitive)."""
        key = _fold(text)
        for item in items:
            if key == _fold(item.code) or any(key == _fold(n) for n in item.names.values()):
                return item.code
        return None


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).casefold().split())


@cache
def _index(items: tuple[Coded, ...]) -> dict[str, Coded]:
    return {i.code: i for i in items}


@cache
def _region_lookup(ref: Reference) -> tuple[dict[str, str], dict[str, str]]:
    current: dict[str, str] = {}
    for r in ref.regions:
        current[_fold(r.code)] = r.code
        for n in r.names.values():
            # "Алматы" is both the city (kk) and the start of the region's name; the exact names differ.
            current.setdefault(_fold(n), r.code)
    aliases = {_fold(a): c for a, c in ref.region_aliases.items() if _fold(a) not in current}
    return current, aliases


@cache
def _region_index(ref: Reference) -> RegionIndex:
    return RegionIndex.build(
        {r.code: list(r.names.values()) for r in ref.regions}, ref.region_spellings, ref.region_aliases
    )


def _names(d: dict) -> dict[str, str]:
    return {lang: d[lang] for lang in LANGUAGES}


def _load(name: str) -> dict:
    with open(resource("reference", name), encoding="utf-8") as f:
        return json.load(f)


@cache
def reference() -> Reference:
    """The shipped reference data (read once, on first use)."""
    kinds = _load("kinds.json")
    regions = _load("regions.json")
    lists = _load("lists.json")
    return Reference(
        measures=tuple(
            Measure(m["code"], _names(m), implausible_above=m["implausible_above"]) for m in kinds["measures"]
        ),
        kinds=tuple(
            Kind(k["code"], _names(k), measures=tuple(k["measures"]), weight=k["weight"])
            for k in kinds["kinds"]
        ),
        regions=tuple(Coded(r["code"], _names(r)) for r in regions["regions"]),
        region_aliases={a["alias"]: a["code"] for a in regions["aliases"]},
        region_spellings={a["text"]: a["code"] for a in regions.get("spellings", ())},
        target_groups=tuple(Coded(t["code"], _names(t)) for t in lists["target_groups"]),
        site_types=tuple(Coded(t["code"], _names(t)) for t in lists["site_types"]),
        material_languages=tuple(Coded(t["code"], _names(t)) for t in lists["languages"]),
    )
