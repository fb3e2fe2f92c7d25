"""The Exchange page names both offices when a file addressed to another office is refused (finding 14),
in the UI's language."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.paths import Paths
from fieldapp.services import exchange, installation
from fieldapp.services.workspace import Workspace
from fieldapp.ui.context import AppContext
from fieldapp.ui.exchange.page import ExchangePage
from fieldapp.ui.i18n import Translators
from fieldapp.ui.settings import Settings
from fieldapp.ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def for_shymkent(tmp_path, activity_factory):
    """A coordinator's `export --office SHY-02`: Metadata for_office = SHY-02."""
    ws = Workspace(Paths(tmp_path / "coordinator"))
    installation.configure(ws.store, "KZ-CO", "Coordinator", "KZ-71", "ru")
    installation.set_role(ws.store, "coordinator")
    ws.records.create(activity_factory(office="SHY-02", region="KZ-79", start_date=date(2020, 5, 1)))
    try:
        yield exchange.export_workbook(ws, tmp_path / "for-shy.xlsx", office="SHY-02").path
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", "кеңсесі үшін экспортталған"), ("ru", "выгружена для офиса"), ("en", "exported for office")],
)
def test_an_office_is_told_whose_file_it_was_given(qtbot, workspace, tmp_path, for_shymkent, language, words):
    ctx = AppContext(workspace.paths, workspace, Settings(tmp_path / "s.ini"), SyncTaskRunner(), "en")
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.translators = Translators(tmp_path / "qm")
    try:
        ctx.set_language(language, persist=False)
        page.preview([for_shymkent])
        text = page.notice.text()
        assert page.preview_dialog is None
        assert text.startswith("for-shy.xlsx: ") and words in text, text
        assert "SHY-02" in text and "ALA-01" in text, text
    finally:
        ctx.set_language("en", persist=False)
    assert workspace.records.count() == 0
