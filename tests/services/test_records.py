"""Record use-cases: create, update with history, tombstone delete, restore, totals."""

from datetime import date

import pytest

from fieldapp.domain.errors import NotFound, NotInitialised, StaleRecord, ValidationFailed
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.validation import Code
from fieldapp.services.workspace import Workspace
from tests.conftest import make_activity


def test_create_stamps_identity_and_bookkeeping(workspace):
    changed = workspace.records.create(make_activity(office=""))
    rec = workspace.records.get(changed.created[0])
    inst = workspace.installation
    assert rec.office == "ALA-01"  # the installation's office when left empty
    assert (rec.version, rec.deleted) == (1, False)
    assert rec.created_at == rec.updated_at > 0
    assert rec.origin_device == rec.updated_device == inst.device_id
    assert rec.notes == "Парақшалар таратылды"


def test_an_invalid_record_is_refused_and_nothing_is_saved(workspace):
    with pytest.raises(ValidationFailed) as e:
        workspace.records.create(make_activity(people_reached=5, children_reached=9))
    assert [(i.code, i.field) for i in e.value.issues] == [(Code.CHILDREN_EXCEED_PEOPLE, "children_reached")]
    assert workspace.records.count(RecordFilter(deleted=None)) == 0


def test_warnings_do_not_block_saving(workspace):
    changed = workspace.records.create(make_activity(items_distributed=900_000))
    assert [i.code for i in changed.warnings] == [Code.IMPLAUSIBLE]
    assert workspace.records.get(changed.created[0]).items_distributed == 900_000


def test_update_bumps_version_and_keeps_the_previous_version_in_history(workspace):
    uuid = workspace.records.create(make_activity()).created[0]
    first = workspace.records.get(uuid)
    workspace.records.update(first.copy(people_reached=500, notes="уточнено"), expected_version=1)
    second = workspace.records.get(uuid)
    assert (second.version, second.people_reached, second.notes) == (2, 500, "уточнено")
    assert second.updated_at > first.updated_at
    history = workspace.records.history(uuid)
    assert [(h.reason, h.record.version, h.record.people_reached) for h in history] == [("edit", 1, 450)]


def test_update_with_no_change_writes_nothing(workspace):
    uuid = workspace.records.create(make_activity()).created[0]
    rec = workspace.records.get(uuid)
    assert not workspace.records.update(rec).records
    assert workspace.records.get(uuid).version == 1
    assert workspace.records.history(uuid) == []


def test_update_of_a_record_changed_meanwhile_is_refused(workspace):
    uuid = workspace.records.create(make_activity()).created[0]
    rec = workspace.records.get(uuid)
    workspace.records.update(rec.copy(notes="first editor"), expected_version=1)
    with pytest.raises(StaleRecord):
        workspace.records.update(rec.copy(notes="second editor"), expected_version=1)
    assert workspace.records.get(uuid).notes == "first editor"


def test_the_clock_never_runs_backwards_for_a_record(workspace):
    uuid = workspace.records.create(make_activity()).created[0]
    created = workspace.records.get(uuid).updated_at
    workspace.records.clock = lambda: created - 3_600_000  # the laptop's clock jumped back an hour
    workspace.records.update(workspace.records.get(uuid).copy(notes="later edit"))
    assert workspace.records.get(uuid).updated_at > created


def test_delete_is_a_tombstone_and_restore_brings_it_back(workspace):
    uuid = workspace.records.create(make_activity()).created[0]
    assert workspace.records.delete(uuid).deleted == (uuid,)
    tomb = workspace.records.get(uuid)
    assert tomb.deleted and tomb.version == 2
    assert workspace.records.count() == 0
    assert workspace.records.restore(uuid).restored == (uuid,)
    back = workspace.records.get(uuid)
    assert not back.deleted and back.version == 3
    assert [h.reason for h in workspace.records.history(uuid)] == ["delete", "restore"]


def test_revert_to_an_earlier_version(workspace):
    uuid = workspace.records.create(make_activity()).created[0]
    workspace.records.update(workspace.records.get(uuid).copy(people_reached=999))
    workspace.records.revert_to(uuid, 1)
    rec = workspace.records.get(uuid)
    assert (rec.people_reached, rec.version) == (450, 3)


def test_totals_by_kind_region_and_month(workspace):
    r = workspace.records
    r.create(make_activity(start_date=date(2020, 4, 1), people_reached=100, children_reached=50))
    r.create(make_activity(start_date=date(2020, 4, 20), people_reached=10, children_reached=5))
    r.create(
        make_activity(
            kind="psychosocial", region="KZ-79", start_date=date(2020, 5, 2), items_distributed=None,
            sites_covered=None, sessions=3, people_reached=7, children_reached=7,
        )
    )  # fmt: skip
    deleted = r.create(make_activity(people_reached=1000, children_reached=1)).created[0]
    r.delete(deleted)
    f = RecordFilter(date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))
    (total,) = r.totals(f, "none")
    assert (total["records"], total["people_reached"], total["children_reached"], total["sessions"]) == (
        3, 117, 62, 3,
    )  # fmt: skip
    by_month = {t["group"]: t["people_reached"] for t in r.totals(f, "month")}
    assert by_month == {"2020-04": 110, "2020-05": 7}
    by_kind = {t["group"]: t["records"] for t in r.totals(f, "kind")}
    assert by_kind == {"leaflets": 2, "psychosocial": 1}
    assert {t["group"] for t in r.totals(f, "region")} == {"KZ-75", "KZ-79"}


def test_probable_duplicate_is_same_kind_date_region_and_site(workspace):
    workspace.records.create(make_activity(settlement="Медеу"))
    assert len(workspace.records.probable_duplicates(make_activity(settlement=" медеу "))) == 1
    assert workspace.records.probable_duplicates(make_activity(settlement="Тараз")) == []
    assert workspace.records.probable_duplicates(make_activity(start_date=date(2020, 4, 21))) == []


def test_a_different_count_is_not_a_probable_duplicate(workspace):
    """A second leaflet run at the same school on the same day with another count is real work."""
    workspace.records.create(make_activity(settlement="Медеу", items_distributed=500))
    assert (
        workspace.records.probable_duplicates(make_activity(settlement="Медеу", items_distributed=600)) == []
    )


def test_records_need_an_installation(home):
    with Workspace(home) as ws, pytest.raises(NotInitialised):
        ws.records.create(make_activity())


def _transactions(ws, work) -> int:
    """How many write transactions `work` opened on this thread's connection (SQLite's own trace)."""
    statements: list[str] = []
    con = ws.store.db.connection()
    con.set_trace_callback(statements.append)
    try:
        work()
    finally:
        con.set_trace_callback(None)
    return sum(1 for s in statements if s.lstrip().upper().startswith("BEGIN"))


@pytest.mark.sqlite_only  # counts BEGINs through sqlite3's trace callback
def test_deleting_n_selected_records_is_one_transaction(workspace):
    records = workspace.records
    uuids = [records.create(make_activity(people_reached=300 + i)).created[0] for i in range(5)]
    records.delete(uuids[0])
    first = workspace.store.records.next_seq()
    changed = []
    assert _transactions(workspace, lambda: changed.append(records.delete_many(uuids))) == 1
    assert changed[0].deleted == tuple(uuids[1:])  # the one deleted before is left as it was
    assert all(records.get(u).deleted for u in uuids)
    assert workspace.store.records.max_seq() == first + 3  # one change number per record, in one run
    assert _transactions(workspace, lambda: changed.append(records.restore_many(uuids))) == 1
    assert changed[1].restored == tuple(uuids) and not any(records.get(u).deleted for u in uuids)
    assert [h.reason for h in records.history(uuids[2])] == ["delete", "restore"]


def test_an_error_mid_way_through_a_delete_leaves_every_record_as_it_was(workspace):
    records = workspace.records
    uuids = [records.create(make_activity(people_reached=300 + i)).created[0] for i in range(4)]
    gone = "00000000-0000-4000-8000-000000000000"  # taken away meanwhile (an import undone)
    with pytest.raises(NotFound):
        records.delete_many([*uuids[:2], gone, *uuids[2:]])
    assert not any(records.get(u).deleted for u in uuids)
    assert all(records.history(u) == [] for u in uuids)
    assert records.count() == 4
