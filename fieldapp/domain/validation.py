"""Validation of an activity record: error codes with the field each concerns; the UI owns the words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter

from fieldapp.domain.record import MAX_NUMBER, MEASURES, TEXT_LIMITS, Activity
from fieldapp.domain.reference import Reference, reference

EARLIEST_DATE = date(2020, 1, 1)
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# Characters that no workbook (XML) can carry, so a record holding them could never travel.
UNWRITABLE = re.compile("[\ufffe\uffff\ud800-\udfff]")


class Code(StrEnum):
    """Why a value was refused (errors) or questioned (warnings)."""

    REQUIRED = "required"
    UNKNOWN_KIND = "unknown_kind"
    UNKNOWN_REGION = "unknown_region"
    UNKNOWN_SITE_TYPE = "unknown_site_type"
    UNKNOWN_LANGUAGE = "unknown_language"
    UNKNOWN_TARGET_GROUP = "unknown_target_group"
    NOT_A_DATE = "not_a_date"
    DATE_TOO_EARLY = "date_too_early"
    DATE_IN_FUTURE = "date_in_future"
    END_BEFORE_START = "end_before_start"
    NOT_AN_INTEGER = "not_an_integer"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"  # above what a spreadsheet holds exactly (15 digits)
    CHILDREN_EXCEED_PEOPLE = "children_exceed_people"
    MEASURE_NOT_FOR_KIND = "measure_not_for_kind"
    TOO_LONG = "too_long"
    UNSUPPORTED_CHARACTER = "unsupported_character"  # U+FFFE, U+FFFF, a lone surrogate: no file holds them
    IMPLAUSIBLE = "implausible"  # a warning


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem with a record: its code, the field, how serious, and the bound crossed."""

    code: Code
    field: str
    severity: Severity = Severity.ERROR
    limit: object = None  # the bound that was crossed, for the message

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def fields_of(issue: Issue) -> frozenset[str]:
    """Every field whose value the rule broken by `issue` reads (a rule across fields names several)."""
    if issue.code is Code.END_BEFORE_START:
        return frozenset(("start_date", "end_date"))
    if issue.code is Code.CHILDREN_EXCEED_PEOPLE:
        return frozenset(("people_reached", "children_reached"))
    if issue.code is Code.MEASURE_NOT_FOR_KIND:
        return frozenset((issue.field, "kind"))
    return frozenset((issue.field,))


def concerning(issues: list[Issue], name: str) -> list[Issue]:
    """The issues of rules that read field `name`: what an edit of that one field answers for."""
    return [i for i in issues if name in fields_of(i)]


def looks_like_code(value: str) -> bool:
    """'peer_mentoring' is a code (of newer reference data); 'Peer mentoring' is a name someone typed."""
    return bool(_CODE.match(value))


@lru_cache(maxsize=4)
def _code_sets(ref: Reference) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The site type, material language and target group codes of `ref` (built once, not per record;
    Reference is immutable and hashed by identity)."""
    return (
        frozenset(s.code for s in ref.site_types),
        frozenset(s.code for s in ref.material_languages),
        frozenset(t.code for t in ref.target_groups),
    )


@lru_cache(maxsize=4)
def _shortcut(ref: Reference) -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    """What `_clean` needs of `ref`, built once: kind code → for each of MEASURES the largest value
    that breaks no rule and raises no warning (-1: the kind does not use the measure); region codes."""
    caps = {}
    for kind in ref.kinds:
        row = []
        for name in MEASURES:
            measure = ref.measure(name)
            above = measure.implausible_above if measure else 0
            row.append(min(MAX_NUMBER, above) if above and name in kind.measures else
                       MAX_NUMBER if name in kind.measures else -1)  # fmt: skip
        caps[kind.code] = tuple(row)
    return caps, frozenset(r.code for r in ref.regions)


_MEASURES_OF = attrgetter(*MEASURES)
_TEXTS_OF = attrgetter(*TEXT_LIMITS)
_LIMITS = tuple(TEXT_LIMITS.values())


def _clean(record: Activity, today: date, ref: Reference) -> bool:
    """True only when `record` breaks no rule and raises no warning (then `issues` gives [])."""
    kind, region, start, end = record.kind, record.region, record.start_date, record.end_date
    kinds, regions = _shortcut(ref)
    caps = kinds.get(kind)
    if caps is None or not record.office or region not in regions:
        return False
    if start.__class__ is not date or not EARLIEST_DATE <= start <= today:
        return False
    if end is not None and (end.__class__ is not date or not start <= end <= today):
        return False
    site_types, languages, known_groups = _code_sets(ref)
    if record.site_type and record.site_type not in site_types:
        return False
    if record.language and record.language not in languages:
        return False
    for g in record.target_groups:
        if g not in known_groups:
            return False
    texts = _TEXTS_OF(record)
    for text, limit in zip(texts, _LIMITS, strict=True):
        if text.__class__ is not str or len(text) > limit:
            return False
    joined = "".join(texts)  # UNWRITABLE, without a regular expression (~5× faster on such text)
    if "\ufffe" in joined or "\uffff" in joined:
        return False
    try:
        joined.encode()  # a lone surrogate cannot be encoded
    except UnicodeEncodeError:
        return False
    values = _MEASURES_OF(record)
    for value, cap in zip(values, caps, strict=True):
        if value is not None and (value.__class__ is not int or not 0 <= value <= cap):
            return False
    people, children = record.people_reached, record.children_reached
    return people is None or children is None or children <= people


def validate(
    record: Activity,
    today: date | None = None,
    ref: Reference | None = None,
    keep_unknown_codes: bool = False,
) -> list[Issue]:
    """Every rule of the domain, checked in field order; returns errors and warnings.

    A record that breaks no rule is recognised in one pass (`_clean`, ~1 µs); any other gets `issues`.

    keep_unknown_codes: a record that came from another installation may use a kind, site type, material
    language or target group whose code this installation does not know yet (newer reference data), or a
    measure its kind no longer uses (older data). Such codes are warnings, not errors: the record is kept
    and passed on unchanged (issue 15). Regions are a fixed list and stay errors; so does text that is
    not shaped like a code.
    """
    ref = ref or reference()
    today = today or date.today()
    if _clean(record, today, ref):
        return []
    return issues(record, today, ref, keep_unknown_codes)


def issues(record: Activity, today: date, ref: Reference, keep_unknown_codes: bool = False) -> list[Issue]:
    """`validate` rule by rule, in field order."""
    issues: list[Issue] = []
    add = issues.append

    def unknown(code: Code, name: str, values) -> None:
        keep = keep_unknown_codes and all(looks_like_code(v) for v in values)
        add(Issue(code, name, Severity.WARNING if keep else Severity.ERROR))

    for name in ("office", "kind", "start_date", "region"):
        if getattr(record, name) in (None, ""):
            add(Issue(Code.REQUIRED, name))

    if record.kind and ref.kind(record.kind) is None:
        unknown(Code.UNKNOWN_KIND, "kind", [record.kind])
    if record.region and ref.region(record.region) is None:
        add(Issue(Code.UNKNOWN_REGION, "region"))
    site_types, languages, known_groups = _code_sets(ref)
    if record.site_type and record.site_type not in site_types:
        unknown(Code.UNKNOWN_SITE_TYPE, "site_type", [record.site_type])
    if record.language and record.language not in languages:
        unknown(Code.UNKNOWN_LANGUAGE, "language", [record.language])
    strangers = [g for g in record.target_groups if g not in known_groups]
    if strangers:
        unknown(Code.UNKNOWN_TARGET_GROUP, "target_groups", strangers)

    for name in ("start_date", "end_date"):
        value = getattr(record, name)
        if value is None:
            continue
        if not isinstance(value, date):
            add(Issue(Code.NOT_A_DATE, name))
        elif value < EARLIEST_DATE:
            add(Issue(Code.DATE_TOO_EARLY, name, limit=EARLIEST_DATE))
        elif value > today:
            add(Issue(Code.DATE_IN_FUTURE, name, limit=today))
    if (
        isinstance(record.start_date, date)
        and isinstance(record.end_date, date)
        and record.end_date < record.start_date
    ):
        add(Issue(Code.END_BEFORE_START, "end_date"))

    for name, limit in TEXT_LIMITS.items():
        value = getattr(record, name)
        if value and len(value) > limit:
            add(Issue(Code.TOO_LONG, name, limit=limit))
        elif value and UNWRITABLE.search(value):
            add(Issue(Code.UNSUPPORTED_CHARACTER, name))

    kind = ref.kind(record.kind) if record.kind else None
    for name in MEASURES:
        value = getattr(record, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            add(Issue(Code.NOT_AN_INTEGER, name))
            continue
        if value < 0:
            add(Issue(Code.NEGATIVE, name))
            continue
        if value > MAX_NUMBER:
            add(Issue(Code.TOO_LARGE, name, limit=MAX_NUMBER))
            continue
        if kind is not None and name not in kind.measures:
            # From another installation, the value was measured under its version of the kind's
            # measures: kept (a warning), never dropped.
            add(
                Issue(
                    Code.MEASURE_NOT_FOR_KIND,
                    name,
                    Severity.WARNING if keep_unknown_codes else Severity.ERROR,
                )
            )
            continue
        measure = ref.measure(name)
        if measure and measure.implausible_above and value > measure.implausible_above:
            add(Issue(Code.IMPLAUSIBLE, name, Severity.WARNING, limit=measure.implausible_above))

    people, children = record.people_reached, record.children_reached
    if (
        isinstance(people, int)
        and isinstance(children, int)
        and not isinstance(children, bool)
        and children > people >= 0
    ):
        add(Issue(Code.CHILDREN_EXCEED_PEOPLE, "children_reached"))
    return issues
