"""Each validation rule: the error code and the field it concerns."""

from datetime import date

import pytest

from fieldapp.domain.validation import Code, Severity, errors, validate
from tests.conftest import make_activity

TODAY = date(2026, 11, 26)


def codes(record):
    return {(i.code, i.field) for i in validate(record, today=TODAY)}


def test_a_complete_record_is_valid():
    assert validate(make_activity(), today=TODAY) == []


@pytest.mark.parametrize("field", ["office", "kind", "start_date", "region"])
def test_required_fields(field):
    empty = None if field == "start_date" else ""
    assert (Code.REQUIRED, field) in codes(make_activity(**{field: empty}))


def test_dates_before_2020_are_refused():
    assert (Code.DATE_TOO_EARLY, "start_date") in codes(make_activity(start_date=date(2019, 12, 31)))
    assert (Code.DATE_TOO_EARLY, "start_date") not in codes(make_activity(start_date=date(2020, 1, 1)))


def test_dates_in_the_future_are_refused():
    assert (Code.DATE_IN_FUTURE, "start_date") in codes(make_activity(start_date=date(2026, 11, 27)))
    assert (Code.DATE_IN_FUTURE, "end_date") in codes(
        make_activity(start_date=date(2026, 11, 20), end_date=date(2026, 12, 1))
    )
    assert codes(make_activity(start_date=TODAY)) == set()


def test_end_before_start_is_refused():
    rec = make_activity(start_date=date(2020, 5, 10), end_date=date(2020, 5, 9))
    assert (Code.END_BEFORE_START, "end_date") in codes(rec)
    assert codes(make_activity(start_date=date(2020, 5, 10), end_date=date(2020, 5, 10))) == set()


def test_measures_must_be_non_negative_integers():
    assert (Code.NEGATIVE, "items_distributed") in codes(make_activity(items_distributed=-1))
    assert (Code.NOT_AN_INTEGER, "sites_covered") in codes(make_activity(sites_covered=2.5))
    assert (Code.NOT_AN_INTEGER, "sites_covered") in codes(make_activity(sites_covered="3"))
    assert (Code.NOT_AN_INTEGER, "sites_covered") in codes(make_activity(sites_covered=True))
    assert codes(make_activity(items_distributed=0)) == set()


def test_children_cannot_exceed_people_reached():
    rec = make_activity(people_reached=10, children_reached=11)
    assert (Code.CHILDREN_EXCEED_PEOPLE, "children_reached") in codes(rec)
    assert codes(make_activity(people_reached=10, children_reached=10)) == set()


def test_measures_that_do_not_belong_to_the_kind_must_stay_empty():
    # leaflet distribution counts items, sites and people, not volunteer hours
    rec = make_activity(volunteer_hours=12)
    assert (Code.MEASURE_NOT_FOR_KIND, "volunteer_hours") in codes(rec)
    volunteer = make_activity(
        kind="volunteers", items_distributed=None, sites_covered=None, volunteer_hours=12
    )
    assert codes(volunteer) == set()


def test_implausibly_large_numbers_are_a_warning_not_an_error():
    issues = validate(make_activity(items_distributed=5_000_000), today=TODAY)
    assert [(i.code, i.field, i.severity) for i in issues] == [
        (Code.IMPLAUSIBLE, "items_distributed", Severity.WARNING)
    ]
    assert errors(issues) == []


def test_unknown_codes_are_refused():
    found = codes(
        make_activity(
            kind="juggling", region="KZ-99", site_type="moon", language="fr", target_groups=("aliens",)
        )
    )
    assert {
        (Code.UNKNOWN_KIND, "kind"),
        (Code.UNKNOWN_REGION, "region"),
        (Code.UNKNOWN_SITE_TYPE, "site_type"),
        (Code.UNKNOWN_LANGUAGE, "language"),
        (Code.UNKNOWN_TARGET_GROUP, "target_groups"),
    } <= found


def test_over_long_text_is_refused():
    assert (Code.TOO_LONG, "notes") in codes(make_activity(notes="x" * 4001))


def test_a_measure_too_large_for_the_database_is_an_error_even_from_another_installation():
    """A kept measure of another version of the kind (issue 15) must still be a number that a spreadsheet
    and the database hold exactly."""
    rec = make_activity(kind="psychosocial", items_distributed=10**70, people_reached=5, children_reached=1)
    issues = validate(rec, keep_unknown_codes=True)
    assert any(i.code is Code.TOO_LARGE and i.field == "items_distributed" and i.is_error for i in issues)
