"""A record of a kind this installation does not know yet reads "unknown kind (code)" (issue 15)."""

from __future__ import annotations

from fieldapp.domain.record import now_ms
from fieldapp.ui.activities.model import COLUMNS, ActivityTableModel
from tests.conftest import make_activity


def _newer_kind_record(ctx):
    store = ctx.workspace.store
    t = now_ms()
    rec = make_activity(kind="peer_mentoring", created_at=t, updated_at=t, origin_office="AST-01")
    with store.atomic():
        store.insert_many([rec], store.next_seq())
    return rec


def test_the_table_shows_an_unknown_kind_with_its_code(app_ctx):
    _newer_kind_record(app_ctx)
    model = ActivityTableModel(app_ctx.records, "en")
    model.set_query()
    assert model.index(0, COLUMNS.index("kind")).data() == "unknown kind (peer_mentoring)"
    assert model.index(0, COLUMNS.index("people_reached")).data() == "450"  # its values are all there
