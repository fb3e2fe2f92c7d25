"""A record that breaks no rule is recognised in one pass (`validate`'s shortcut); every record gets
exactly the issues the rules give one by one — for generated records near every rule's edge."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain import validation as v
from fieldapp.domain.record import MAX_NUMBER, MEASURES, TEXT_LIMITS, Activity
from fieldapp.domain.reference import reference

REF = reference()
TODAY = date(2026, 11, 30)
KINDS = [k.code for k in REF.kinds]
numbers = st.one_of(
    st.none(),
    st.integers(0, 3000),
    st.sampled_from([-1, 0, MAX_NUMBER, MAX_NUMBER + 1, 10**9, True, False, 1.0, "5"]),
    st.integers(0, 10**7),
)
texts = st.one_of(
    st.text(max_size=8), st.none(), st.sampled_from(["", "\ufffe", "a\ud800", "x" * 201, "y" * 4001])
)
dates = st.one_of(
    st.none(),
    st.dates(date(2019, 12, 25), date(2026, 12, 5)),
    st.sampled_from([date(2020, 1, 1), TODAY, "2021-05-01"]),
)
edits = {
    "office": st.sampled_from(["ALA-01", "", "x" * 33]),
    "kind": st.sampled_from([*KINDS, "", "peer_mentoring", "Листовки"]),
    "start_date": dates,
    "end_date": dates,
    "region": st.sampled_from(["KZ-75", "KZ-71", "", "KZ-99", "KZ-AST"]),
    "district": texts,
    "settlement": texts,
    "site_type": st.sampled_from([*(s.code for s in REF.site_types), "", "new_site", "Школа"]),
    "language": st.sampled_from([*(m.code for m in REF.material_languages), "", "uz", "Узбекский"]),
    "target_groups": st.lists(
        st.sampled_from([*(t.code for t in REF.target_groups), "new_group", "Беженцы"]), max_size=3
    ).map(tuple),
    "partners": texts,
    "notes": texts,
    "entered_by": texts,
    **{m: numbers for m in MEASURES},
}


@st.composite
def records(draw):
    """A record that breaks no rule (its kind's measures, plausible numbers), then a few fields edited."""
    kind = REF.kind(draw(st.sampled_from(KINDS)))
    values = {}
    for name in kind.measures:
        measure = REF.measure(name)
        top = measure.implausible_above if measure and measure.implausible_above else 10**6
        values[name] = draw(st.one_of(st.none(), st.integers(0, top)))
    if values.get("children_reached") is not None and values.get("people_reached") is not None:
        values["children_reached"] = min(values["children_reached"], values["people_reached"])
    start = draw(st.dates(date(2020, 1, 1), TODAY))
    record = Activity(
        office="ALA-01",
        kind=kind.code,
        start_date=start,
        end_date=draw(st.one_of(st.none(), st.dates(start, TODAY))),
        region=draw(st.sampled_from([r.code for r in REF.regions])),
        notes=draw(st.text(max_size=20)),
        **values,
    )
    for name in draw(st.lists(st.sampled_from(sorted(edits)), max_size=3, unique=True)):
        setattr(record, name, draw(edits[name]))
    return record


@settings(max_examples=1500, deadline=None)
@given(record=records(), keep=st.booleans())
def test_the_shortcut_gives_the_issues_of_every_rule(record, keep):
    assert v.validate(record, today=TODAY, ref=REF, keep_unknown_codes=keep) == v.issues(
        record, TODAY, REF, keep
    )


def test_the_generated_records_reach_the_shortcut_and_every_rule():
    assert TEXT_LIMITS  # (the texts above cross each limit)
    clean = Activity(
        office="ALA-01", kind="leaflets", start_date=date(2020, 4, 20), region="KZ-75", items_distributed=5
    )
    assert v.validate(clean, today=TODAY, ref=REF) == []
