"""Settings cannot change the office code of an installation that holds records (outside re-test): it
says why, in the user's language, and the code stays."""

from __future__ import annotations

import pytest

from fieldapp.ui.office import OfficeForm
from tests.conftest import make_activity


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_settings_refuse_another_office_code_once_records_exist(qtbot, make_ctx, language):
    ctx = make_ctx(language)
    ctx.records.create(make_activity(people_reached=700))
    form = OfficeForm(language)
    qtbot.addWidget(form)
    form.load(ctx.workspace.installation)
    form.code.setText("AST-01")
    assert not form.save(ctx.workspace)
    assert "ALA-01" in form.error.text() and not form.error.isHidden()
    if language != "en":
        assert "office code" not in form.error.text()
    assert ctx.workspace.store.get_meta("office_code") == "ALA-01"
