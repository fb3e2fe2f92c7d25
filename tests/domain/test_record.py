"""The activity record as code uses it: fields by name, copies, and no silent misspelt fields."""

import copy
import pickle
from datetime import date

import pytest

from fieldapp.domain.record import Activity


def test_a_misspelt_field_is_an_error_not_a_silently_ignored_attribute():
    # `record.people_reachd = 5` used to add a stray attribute that no save ever wrote: the edit was
    # lost without a word. A record has exactly its declared fields.
    record = Activity(office="ALA-01", kind="leaflets", start_date=date(2020, 4, 1), region="KZ-75")
    with pytest.raises(AttributeError):
        record.people_reachd = 5
    record.people_reached = 5
    assert record.people_reached == 5


def test_copies_keep_every_field_and_change_only_what_is_asked():
    record = Activity(
        office="ALA-01", kind="leaflets", start_date=date(2020, 4, 1), region="KZ-75",
        target_groups=("migrant_children",), people_reached=120, notes="=1+1",
    )  # fmt: skip
    changed = record.copy(people_reached=130)
    assert changed.people_reached == 130 and record.people_reached == 120
    assert changed.uuid == record.uuid and changed.notes == "=1+1"
    for again in (copy.copy(record), copy.deepcopy(record), pickle.loads(pickle.dumps(record))):
        assert again == record and again is not record
    assert Activity.from_dict(record.as_dict()) == record
