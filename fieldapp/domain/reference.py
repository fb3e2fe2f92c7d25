"""Reference data (kinds, measures, regions, code lists): shipped in `resources/reference/*.json`, and
replaced by the coordinator's versions (issue 15) — `from_data` builds one from a plain document.

`reference()` is the data in use by this process: the shipped data until the composition root (the GUI's
context) activates an installation's own version with `activate`. Headless services that can hold several
installations at once take the workspace's reference explicitly.
"""

from __future__ import annotations

import json
import unicodedata
from contextlib import contextmanager
from functools import cache

from fieldapp.domain.regions import RegionIndex
from fieldapp.domain.value import Identity, Value
from fieldapp.paths import resource

LANGUAGES = ("kk", "ru", "en")
SHIPPED_VERSION = 1
# The lists a coordinator edits (regions are the law's, not the campaign's: they stay shipped).
EDITABLE = ("measures", "kinds", "target_groups", "site_types", "languages", "partners", "offices")


class Coded(Identity):
    """A code with its names in Kazakh, Russian and English."""

    FIELDS = __slots__ = ("code", "names")

    def __init__(self, code: str, names: dict[str, str]):
        self._set(code=code, names=names)

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names["en"]


class Measure(Coded):
    """A measure an activity kind counts (items, sites, people…), with its names."""

    __slots__ = ("implausible_above",)
    FIELDS = (*Coded.FIELDS, "implausible_above")

    def __init__(self, code: str, names: dict[str, str], implausible_above: int = 0):
        self._set(code=code, names=names, implausible_above=implausible_above)


class Kind(Coded):
    """An activity kind: its names and the measures it uses."""

    __slots__ = ("measures", "retired", "weight")
    FIELDS = (*Coded.FIELDS, "measures", "weight", "retired")

    def __init__(
        self,
        code: str,
        names: dict[str, str],
        measures: tuple[str, ...] = (),
        weight: int = 1,
        retired: bool = False,  # still names old records; no longer offered for new ones
    ):
        self._set(code=code, names=names, measures=measures, weight=weight, retired=retired)


class Office(Value):
    """An office expected to report."""

    FIELDS = __slots__ = ("code", "name", "region")

    def __init__(self, code: str, name: str, region: str = ""):
        self._set(code=code, name=name, region=region)


class Reference(Identity):
    """All code lists, in file order."""

    FIELDS = __slots__ = (
        "measures", "kinds", "regions", "region_aliases", "region_spellings", "target_groups",
        "site_types", "material_languages", "version", "partners", "offices", "kind_aliases",
    )  # fmt: skip

    def __init__(
        self,
        measures: tuple[Measure, ...],
        kinds: tuple[Kind, ...],
        regions: tuple[Coded, ...],
        region_aliases: dict[str, str],
        region_spellings: dict[str, str],
        target_groups: tuple[Coded, ...],
        site_types: tuple[Coded, ...],
        material_languages: tuple[Coded, ...],
        version: int = SHIPPED_VERSION,
        partners: tuple[Coded, ...] = (),
        offices: tuple[Office, ...] = (),
        kind_aliases: dict[str, str] | None = None,  # folded former name of a kind → its code
    ):
        self._set(
            measures=measures, kinds=kinds, regions=regions, region_aliases=region_aliases,
            region_spellings=region_spellings, target_groups=target_groups, site_types=site_types,
            material_languages=material_languages, version=version, partners=partners, offices=offices,
            kind_aliases=kind_aliases or {},
        )  # fmt: skip

    @property
    def offered_kinds(self) -> tuple[Kind, ...]:
        """The kinds offered for new records (retired ones are not)."""
        return tuple(k for k in self.kinds if not k.retired)

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
        return _name_index(items).get(_fold(text))

    def former_kind(self, text: str) -> str | None:
        """The kind that `text` named before the coordinator renamed it (a template made before the
        rename), or None; a current code or name never gets here (`resolve_code` reads those)."""
        return self.kind_aliases.get(_fold(text)) if self.kind_aliases else None


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).casefold().split())


@cache
def _index(items: tuple[Coded, ...]) -> dict[str, Coded]:
    return {i.code: i for i in items}


@cache
def _name_index(items: tuple[Coded, ...]) -> dict[str, str]:
    """Folded code and names → code; the first item wins where two share a name (list order)."""
    out: dict[str, str] = {}
    for item in items:
        for key in (item.code, *item.names.values()):
            out.setdefault(_fold(key), item.code)
    return out


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


def shipped_data() -> dict:
    """The reference data shipped with the app, as the plain document `from_data` reads."""
    kinds = _load("kinds.json")
    lists = _load("lists.json")
    return {
        "version": kinds.get("version", SHIPPED_VERSION),
        "measures": kinds["measures"],
        "kinds": kinds["kinds"],
        "target_groups": lists["target_groups"],
        "site_types": lists["site_types"],
        "languages": lists["languages"],
        "partners": lists.get("partners", []),
        "offices": lists.get("offices", []),
    }


def from_data(data: dict) -> Reference:
    """A Reference from a plain document (shipped, stored or imported); regions are always the shipped."""
    regions = _load("regions.json")
    return Reference(
        measures=tuple(
            Measure(m["code"], _names(m), implausible_above=int(m.get("implausible_above") or 0))
            for m in data["measures"]
        ),
        kinds=tuple(
            Kind(
                k["code"],
                _names(k),
                measures=tuple(k["measures"]),
                weight=int(k.get("weight") or 1),
                retired=bool(k.get("retired")),
            )
            for k in data["kinds"]
        ),
        regions=tuple(Coded(r["code"], _names(r)) for r in regions["regions"]),
        region_aliases={a["alias"]: a["code"] for a in regions["aliases"]},
        region_spellings={a["text"]: a["code"] for a in regions.get("spellings", ())},
        target_groups=tuple(Coded(t["code"], _names(t)) for t in data["target_groups"]),
        site_types=tuple(Coded(t["code"], _names(t)) for t in data["site_types"]),
        material_languages=tuple(Coded(t["code"], _names(t)) for t in data["languages"]),
        version=int(data.get("version") or SHIPPED_VERSION),
        partners=tuple(Coded(t["code"], _names(t)) for t in data.get("partners", ())),
        offices=tuple(
            Office(o["code"], o.get("name", ""), o.get("region", "")) for o in data.get("offices", ())
        ),
    )


def with_former_names(ref: Reference, older: list[dict]) -> Reference:
    """`ref` that also reads the names its kinds had in `older` documents (earlier versions, the shipped
    data): an old name that no current kind uses maps to its kind, as an old region name does."""
    current = _name_index(ref.kinds)
    codes = {k.code for k in ref.kinds}
    aliases: dict[str, str] = {}
    for data in older:
        for k in data.get("kinds", ()):
            if k.get("code") not in codes:
                continue
            for lang in LANGUAGES:
                key = _fold(k.get(lang) or "")
                if key and key not in current:
                    aliases.setdefault(key, k["code"])
    if not aliases:
        return ref
    values = dict(zip(Reference.FIELDS, ref._values(), strict=True))
    return Reference(**{**values, "kind_aliases": aliases})


def to_data(ref: Reference) -> dict:
    """The plain document of a Reference (what is stored, and what the reference workbook carries)."""

    def coded(items) -> list[dict]:
        return [{"code": i.code, **{lang: i.names.get(lang, "") for lang in LANGUAGES}} for i in items]

    kinds = []
    for k, row in zip(ref.kinds, coded(ref.kinds), strict=True):
        row.update(measures=list(k.measures), weight=k.weight)
        if k.retired:
            row["retired"] = True
        kinds.append(row)
    measures = []
    for m, row in zip(ref.measures, coded(ref.measures), strict=True):
        row["implausible_above"] = m.implausible_above
        measures.append(row)
    return {
        "version": ref.version,
        "measures": measures,
        "kinds": kinds,
        "target_groups": coded(ref.target_groups),
        "site_types": coded(ref.site_types),
        "languages": coded(ref.material_languages),
        "partners": coded(ref.partners),
        "offices": [{"code": o.code, "name": o.name, "region": o.region} for o in ref.offices],
    }


@cache
def shipped() -> Reference:
    """The shipped reference data (read once, on first use)."""
    return from_data(shipped_data())


_active: list[Reference] = []


def reference() -> Reference:
    """The reference data in use by this process (the shipped data unless an installation's is active)."""
    return _active[-1] if _active else shipped()


@contextmanager
def using(ref: Reference):
    """Make `ref` the data in use while the block runs (a service working for one of several installs)."""
    _active.append(ref)
    try:
        yield ref
    finally:
        # Remove this entry whatever happened meanwhile (the GUI may `activate` new data from Settings
        # while a worker runs an import with the same installation's data).
        for i in range(len(_active) - 1, -1, -1):
            if _active[i] is ref:
                del _active[i]
                break


def activate(ref: Reference | None) -> None:
    """Make `ref` the data in use (None: back to the shipped data). Called by the composition root."""
    _active.clear()
    if ref is not None:
        _active.append(ref)
