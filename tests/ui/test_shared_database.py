"""Settings → Shared database (issue 17): the connection test against a real PostgreSQL, the address
remembered without a password, and the words for a viewer's refused write — in the UI's language."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import ReadOnlyAccess, SharedDatabaseUnavailable
from fieldapp.paths import Paths
from fieldapp.services.workspace import Workspace
from fieldapp.ui.errors import storage_error_text
from fieldapp.ui.settings_page import SettingsPage

pytestmark = pytest.mark.postgresql


def page_of(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_the_connection_test_says_what_the_login_may_do_in_kazakh(qtbot, make_ctx, hub_url, tmp_path):
    Workspace(Paths(tmp_path / "owner", hub_url)).close()  # the hub's schema, as `hub init` makes it
    ctx = make_ctx("kk")
    page = page_of(qtbot, ctx)
    box = page.shared_box
    assert box.title() == "Ортақ дерекқор (үйлестірушілер)"
    box.address.setText(hub_url)
    box.test_button.click()
    qtbot.waitUntil(lambda: "оқи да, өзгерте де" in box.status.text())
    assert "PostgreSQL" in box.status.text()
    box.address.setText(hub_url.replace("127.0.0.1:", "127.0.0.1:1"))  # a port nobody listens on
    box.test_button.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Қосылу мүмкін емес"))


def test_use_remembers_the_address_but_never_a_password(qtbot, make_ctx, hub_url):
    ctx = make_ctx("ru")
    page = page_of(qtbot, ctx)
    box = page.shared_box
    box.address.setText("postgresql://alice:secret@hub.example.kz/fieldapp")
    box.use_button.click()
    assert "pgpass" in box.status.text()
    assert not ctx.paths.shared_database_file.exists()
    box.address.setText(hub_url)
    box.use_button.click()
    assert ctx.paths.remembered_database() == hub_url
    assert box.status.text() == "fieldapp будет использовать общую базу данных со следующего запуска."
    assert box.file_button.isEnabled()
    box.file_button.click()
    assert ctx.paths.remembered_database() is None


def test_a_viewers_refused_write_and_a_lost_server_have_words(make_ctx):
    make_ctx("ru")
    assert "только читать" in storage_error_text(ReadOnlyAccess("permission denied for table activity"))
    text = storage_error_text(SharedDatabaseUnavailable("connection refused"))
    assert "недоступна" in text and "connection refused" in text
