"""A record of a kind this installation does not know yet reads "unknown kind (code)" (issue 15)."""

from __future__ import annotations

import pytest

from fieldapp.domain.record import now_ms
from fieldapp.domain.reference import activate
from fieldapp.ui.activities.model import COLUMNS, ActivityTableModel
from tests.conftest import make_activity


def _newer_kind_record(ctx):
    store = ctx.workspace.store
    t = now_ms()
    rec = make_activity(kind="peer_mentoring", created_at=t, updated_at=t, origin_office="AST-01")
    with store.atomic():
        store.records.insert_many([rec], store.records.next_seq())
    return rec


def test_the_table_shows_an_unknown_kind_with_its_code(app_ctx):
    _newer_kind_record(app_ctx)
    model = ActivityTableModel(app_ctx.records, "en")
    model.set_query()
    assert model.index(0, COLUMNS.index("kind")).data() == "unknown kind (peer_mentoring)"
    assert model.index(0, COLUMNS.index("people_reached")).data() == "450"  # its values are all there


@pytest.fixture
def shipped_after():
    yield
    activate(None)  # the next test starts with the shipped reference data


def test_the_entry_form_offers_the_coordinator_s_new_kind_but_not_a_retired_one(
    qtbot, workspace, make_ctx, shipped_after
):
    from fieldapp.services import reference as rd
    from fieldapp.ui.form.fields import ActivityFields

    rd.set_role(workspace, "coordinator")
    names = {"en": "Peer mentoring", "ru": "Наставничество сверстников", "kk": "Құрдастар тәлімгерлігі"}
    rd.add_kind(workspace, "peer_mentoring", names, ["sessions", "people_reached", "children_reached"])
    rd.retire_kind(workspace, "posters")
    ctx = make_ctx("kk")
    fields = ActivityFields("kk")
    qtbot.addWidget(fields)
    offered = [fields.kind.itemText(i) for i in range(fields.kind.count())]
    assert "Құрдастар тәлімгерлігі" in offered and "Плакаттар орналастыру" not in offered
    # a record of the retired kind keeps its kind when opened for editing
    uid = ctx.records.create(make_activity(kind="posters")).created[0]
    fields.set_activity(ctx.workspace.store.records.get(uid))
    assert fields.kind.code() == "posters" and fields.kind.currentText() == "Плакаттар орналастыру"


def test_a_record_of_an_unknown_kind_can_be_corrected_in_the_form_and_keeps_its_kind(qtbot, app_ctx):
    from fieldapp.ui.form.dialog import EntryDialog

    rec = _newer_kind_record(app_ctx)
    stored = app_ctx.workspace.store.records.get(rec.uuid)
    dialog = EntryDialog(app_ctx, stored)
    qtbot.addWidget(dialog)
    assert dialog.fields.kind.currentText() == "unknown kind (peer_mentoring)"
    dialog.fields.notes.setPlainText("corrected")
    assert dialog.save()
    saved = app_ctx.workspace.store.records.get(rec.uuid)
    assert (saved.kind, saved.notes, saved.version) == ("peer_mentoring", "corrected", saved.version)
    assert saved.version > stored.version  # a new version, made here
