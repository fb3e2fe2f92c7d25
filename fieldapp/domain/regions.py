"""Reading a region as people write it: codes, names in three languages, abbreviations, "обл."/"г." forms.

A text is folded (case, Kazakh letters to their Russian look-alikes, punctuation to spaces), its words that
only say *what kind* of unit it is ("область", "обл", "облысы", "oblast", "region" / "г", "город",
"қаласы", "city") are set aside, and the rest, without spaces, is looked up among the current names,
the listed spellings and the old names (aliases) of every region. The kind word then chooses between a
region and a city of the same name ("Алматы обл." / "г. Алматы"). What still matches more than one
region is ambiguous: it is refused, naming the candidates. Old names resolve with a flag (a warning).
"""

from __future__ import annotations

import re
import unicodedata

_KAZAKH = str.maketrans({"қ": "к", "ғ": "г", "ң": "н", "ү": "у", "ұ": "у", "ө": "о", "ә": "а", "і": "и",
                         "һ": "х", "ё": "е", "ü": "u", "ö": "o", "ı": "i"})  # fmt: skip
_NOT_WORD = re.compile(r"[\W_]+")
_CODE = re.compile(r"^kz\s*(\d\d)$")
REGION_WORDS = frozenset({"область", "обл", "облысы", "облысының", "oblast", "oblys", "oblysy", "obl",
                          "region", "province"})  # fmt: skip
CITY_WORDS = frozenset({"г", "гор", "город", "каласы", "к", "city", "qalasy", "kalasy", "q", "shahary"})
_GLUED = sorted((w for w in REGION_WORDS | CITY_WORDS if len(w) >= 3), key=len, reverse=True)


def words(text: str) -> list[str]:
    """Case-folded words with Kazakh letters written as their Russian look-alikes ("Ақтөбе" → "актобе")."""
    s = unicodedata.normalize("NFC", str(text)).casefold().translate(_KAZAKH)
    return _NOT_WORD.sub(" ", s).split()


def split_kind(text: str) -> tuple[str, str | None]:
    """'Туркестанская обл.' → ('туркестанская', 'region'); 'г.Алматы' → ('алматы', 'city')."""
    core: list[str] = []
    kind = None
    for w in words(text):
        if w in REGION_WORDS:
            kind = "region"
        elif w in CITY_WORDS:
            kind = "city"
        else:
            core.append(w)
    return "".join(core), kind


class RegionIndex:
    """Every way of writing each region, folded; built once per reference data (a plain class: a
    dataclass costs every start ~0.5 ms to create)."""

    __slots__ = ("current", "kinds", "old")

    def __init__(self):
        self.kinds: dict[str, str] = {}  # code → "region" | "city"
        self.current: dict[str, set[str]] = {}  # folded core → codes
        self.old: dict[str, set[str]] = {}

    @classmethod
    def build(cls, names: dict[str, list[str]], spellings: dict[str, str], aliases: dict[str, str]):
        """names: code → its current names; spellings and aliases: text → code."""
        index = cls()
        for code, texts in names.items():
            cores = [split_kind(t) for t in texts]
            index.kinds[code] = "city" if any(k == "city" for _, k in cores) else "region"
            for core, _ in cores:
                index.current.setdefault(core, set()).add(code)
        for text, code in spellings.items():
            index.current.setdefault(split_kind(text)[0], set()).add(code)
        for text, code in aliases.items():
            index.old.setdefault(split_kind(text)[0], set()).add(code)
        return index

    def match(self, text: str) -> tuple[tuple[str, ...], bool]:
        """The candidate codes for a text (one: resolved; several: ambiguous; none) and whether it is old."""
        w = words(text)
        m = _CODE.match(" ".join(w))
        if m and f"KZ-{m.group(1)}" in self.kinds:
            return (f"KZ-{m.group(1)}",), False
        core, kind = split_kind(text)
        if core and kind is None and core not in self.current and core not in self.old:
            core, kind = self._unglue(core)
        if not core:
            return (), False
        for table, is_old in ((self.current, False), (self.old, True)):
            codes = table.get(core, set())
            if kind:
                codes = {c for c in codes if self.kinds.get(c) == kind}
            if codes:
                return tuple(sorted(codes)), is_old
        return (), False

    def _unglue(self, core: str) -> tuple[str, str | None]:
        """'североказахстанскаяобласть' → ('североказахстанская', 'region') when the rest is a known name."""
        for w in _GLUED:
            ends = core[: -len(w)] if core.endswith(w) else ""
            starts = core[len(w) :] if core.startswith(w) else ""
            for rest in (ends, starts):
                if rest and (rest in self.current or rest in self.old):
                    return rest, "region" if w in REGION_WORDS else "city"
        return core, None
