"""Rules for a new version of the reference data (an edit or an imported reference workbook).

`check` lists what is wrong with a document (sheet key, row, code, detail), so that nothing is stored
unless everything is right. `carry_over` keeps what a new version leaves out: a kind that is no longer
listed stays, retired, so old records keep their names; other lists keep their missing items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import LANGUAGES, reference
from fieldapp.domain.validation import looks_like_code

OFFICE_CODE = re.compile(r"^[A-Z0-9_-]{1,32}$")
NAME_LIMIT = 200
CODED_LISTS = ("measures", "kinds", "target_groups", "site_types", "languages", "partners")


@dataclass(frozen=True)
class DataProblem:
    """What is wrong with one item of a reference document (row: its row in the workbook, or 0)."""

    list: str
    row: int
    code: str  # bad_code | duplicate_code | missing_name | too_long | unknown_measure | measures_fixed |
    #            no_measures | bad_number | unknown_region | no_kinds
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.list} row {self.row}" if self.row else self.list
        return f"{where}: {self.code}{' (' + self.detail + ')' if self.detail else ''}"


def check(data: dict) -> list[DataProblem]:
    """Everything wrong with a reference document; empty when it may be stored."""
    out: list[DataProblem] = []
    for key in CODED_LISTS:
        seen: set[str] = set()
        for i, item in enumerate(data.get(key, []), 1):
            row = item.get("_row", i)
            code = str(item.get("code", ""))
            if not looks_like_code(code):
                out.append(DataProblem(key, row, "bad_code", code))
            elif code in seen:
                out.append(DataProblem(key, row, "duplicate_code", code))
            seen.add(code)
            for lang in LANGUAGES:
                name = str(item.get(lang, "")).strip()
                if not name:
                    out.append(DataProblem(key, row, "missing_name", f"{code} {lang}"))
                elif len(name) > NAME_LIMIT:
                    out.append(DataProblem(key, row, "too_long", f"{code} {lang}"))
    measures = [m.get("code") for m in data.get("measures", [])]
    if sorted(measures) != sorted(MEASURES):
        out.append(DataProblem("measures", 0, "measures_fixed", " ".join(MEASURES)))
    for i, m in enumerate(data.get("measures", []), 1):
        if not isinstance(m.get("implausible_above"), int) or m["implausible_above"] < 0:
            out.append(DataProblem("measures", m.get("_row", i), "bad_number", str(m.get("code"))))
    for i, k in enumerate(data.get("kinds", []), 1):
        row = k.get("_row", i)
        if not k.get("measures"):
            out.append(DataProblem("kinds", row, "no_measures", str(k.get("code"))))
        for m in k.get("measures", []):
            if m not in MEASURES:
                out.append(DataProblem("kinds", row, "unknown_measure", f"{k.get('code')}: {m}"))
        if not isinstance(k.get("weight", 1), int) or k.get("weight", 1) < 0:
            out.append(DataProblem("kinds", row, "bad_number", str(k.get("code"))))
    if not any(not k.get("retired") for k in data.get("kinds", [])):
        out.append(DataProblem("kinds", 0, "no_kinds"))
    seen = set()
    for i, o in enumerate(data.get("offices", []), 1):
        row = o.get("_row", i)
        code = str(o.get("code", "")).upper()
        if not OFFICE_CODE.match(code):
            out.append(DataProblem("offices", row, "bad_code", code))
        elif code in seen:
            out.append(DataProblem("offices", row, "duplicate_code", code))
        seen.add(code)
        if not str(o.get("name", "")).strip():
            out.append(DataProblem("offices", row, "missing_name", code))
        region = str(o.get("region", ""))
        if region and reference().resolve_region(region)[0] is None:
            out.append(DataProblem("offices", row, "unknown_region", region))
    return out


def normalise(data: dict) -> dict:
    """A clean copy: no workbook row numbers, office codes upper-case, office regions as codes."""
    out: dict = {"version": int(data.get("version") or 1)}
    for key in (*CODED_LISTS, "offices"):
        if key == "offices" and key not in data:
            continue  # no Offices sheet: the list in use stays (carry_over); an empty sheet empties it
        items = []
        for item in data.get(key, []):
            clean = {k: v for k, v in item.items() if k != "_row"}
            if key == "offices":
                clean["code"] = str(clean.get("code", "")).upper()
                if clean.get("region"):
                    clean["region"] = reference().resolve_region(clean["region"])[0] or clean["region"]
            if key == "kinds" and not clean.get("retired"):
                clean.pop("retired", None)
            items.append(clean)
        out[key] = items
    return out


def carry_over(old: dict, new: dict) -> dict:
    """`new`, plus what it leaves out of `old`: missing kinds come back retired, other items as they were
    (records still name them). Offices are not carried: the new list is the list of offices expected to
    report, so an office left out is no longer expected; only a document with no offices list at all
    keeps the old one."""
    out = {k: (list(v) if isinstance(v, list) else v) for k, v in new.items()}
    for key in (*CODED_LISTS, "offices"):
        if key == "offices" and key in new:
            continue
        have = {item["code"] for item in out.get(key, [])}
        for item in old.get(key, []):
            if item["code"] not in have:
                out.setdefault(key, []).append({**item, "retired": True} if key == "kinds" else dict(item))
    return out
