"""An office installation changes only its own office's records (DESIGN §4 "Ownership").

A file of another office is refused row by row; the same must hold for what a person does at the
office's own screen or command line: an edit, a deletion, a restore, going back to an earlier version
or settling a conflict of another office's record was stored here, refused by every other installation
(`other_office`), and left this office apart from everyone for ever. Refused now with a clear reason,
nothing changed; the coordinator may still correct any office's record."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import NotYourOffice
from fieldapp.services import exchange as ex
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot


@pytest.fixture
def homes(make_workspace, tmp_path):
    """ALA-01 holds AST-01's record, as after importing the coordinator's whole export."""
    ast = make_workspace("AST-01", "KZ-71", role="office")
    coord = make_workspace("UN-KZ", "KZ-71", role="coordinator")
    ala = make_workspace("ALA-01", "KZ-75", role="office")
    uuid = ast.records.create(make_activity(office="AST-01", region="KZ-71", people_reached=5000)).created[0]
    ex.export_workbook(ast, tmp_path / "ast.xlsx")
    ex.commit_import(coord, [tmp_path / "ast.xlsx"])
    ex.export_workbook(coord, tmp_path / "all.xlsx")
    assert ex.commit_import(ala, [tmp_path / "all.xlsx"]).inserted == 1
    return ala, coord, uuid


def _refused(ala, action):
    before = snapshot(ala)
    with pytest.raises(NotYourOffice) as e:
        action()
    assert snapshot(ala) == before
    assert "AST-01" in str(e.value)


def test_an_office_cannot_edit_delete_restore_or_revert_another_offices_record(homes):
    ala, _, uuid = homes
    rec = ala.records.get(uuid)
    _refused(ala, lambda: ala.records.update(rec.copy(people_reached=4999)))
    _refused(ala, lambda: ala.records.delete(uuid))
    _refused(ala, lambda: ala.records.delete_many([uuid]))
    _refused(ala, lambda: ala.records.revert_to(uuid, rec.version))
    _refused(ala, lambda: ala.records.set_field(uuid, "notes", "mine", reason="resolve"))


def test_an_office_cannot_move_its_record_to_another_office_nor_create_one_for_it(homes):
    ala, _, _ = homes
    own = ala.records.create(make_activity(people_reached=700)).created[0]
    _refused(ala, lambda: ala.records.update(ala.records.get(own).copy(office="AST-01")))
    _refused(ala, lambda: ala.records.create(make_activity(office="AST-01", region="KZ-71")))


def test_the_office_edits_its_own_records_and_the_coordinator_any(homes):
    ala, coord, uuid = homes
    own = ala.records.create(make_activity(people_reached=700)).created[0]
    assert ala.records.update(ala.records.get(own).copy(people_reached=800)).updated == (own,)
    assert ala.records.delete(own).deleted == (own,)
    assert coord.records.update(coord.records.get(uuid).copy(people_reached=6000)).updated == (uuid,)
