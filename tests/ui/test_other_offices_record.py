"""At an office installation, another office's record (brought by a coordinator's file) opens read
only, saying whose it is, in the user's language; a deletion of it is refused with the same reason and
changes nothing (DESIGN §4 "Ownership": every other installation would refuse the change)."""

from __future__ import annotations

import pytest

from fieldapp.ui.form.dialog import EntryDialog
from tests.conftest import make_activity


@pytest.fixture
def others_record(workspace):
    """AST-01's record stored at ALA-01's installation, as a coordinator's whole export brings it."""
    store = workspace.store
    rec = make_activity(office="AST-01", region="KZ-71", people_reached=5000, origin_office="AST-01")
    with store.atomic():
        store.records.insert(rec, store.records.next_seq())
    return rec


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "only AST-01 or a coordinator"), ("ru", "AST-01"), ("kk", "AST-01")],
)
def test_another_offices_record_opens_read_only_and_says_whose_it_is(
    qtbot, make_ctx, others_record, language, words
):
    ctx = make_ctx(language)
    dialog = EntryDialog(ctx, ctx.records.get(others_record.uuid))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only and not dialog.fields.isEnabled()
    assert not dialog.save_button.isVisible()
    assert words in dialog.banner_text.text() and "AST-01" in dialog.windowTitle()
    if language != "en":
        assert "coordinator" not in dialog.banner_text.text()  # translated, not left in English
    assert not dialog.save()


def test_deleting_another_offices_record_from_the_table_is_refused_with_the_reason(
    others_record, qtbot, window, app_ctx
):
    reported = []
    app_ctx.tasks.error_unhandled.connect(lambda error, label: reported.append(error))
    page = window.activities
    qtbot.waitUntil(lambda: page.select_uuid(others_record.uuid))
    page.delete_selected()
    assert reported and "AST-01" in str(reported[0])
    assert not app_ctx.records.get(others_record.uuid).deleted


def test_an_own_record_opens_for_editing(qtbot, make_ctx, workspace):
    ctx = make_ctx("en")
    uuid = ctx.records.create(make_activity(people_reached=700)).created[0]
    dialog = EntryDialog(ctx, ctx.records.get(uuid))
    qtbot.addWidget(dialog)
    assert not dialog.read_only and dialog.fields.isEnabled()
