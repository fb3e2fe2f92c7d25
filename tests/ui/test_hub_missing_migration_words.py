"""An older hub with a gap in its migrations (lacks 7, holds 11): the desktop app names what is missing
and who upgrades, in the UI's language, and Settings' connection test says the owner's upgrade comes
first instead of "may read and write" (issue 17, hubfix2 item 3)."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import SharedDatabaseNeedsUpgrade
from fieldapp.paths import Paths
from fieldapp.services.workspace import Workspace
from fieldapp.ui.errors import storage_error_text
from fieldapp.ui.settings_page import SettingsPage
from tests.cli.test_hub_messages import lacking_7
from tests.cli.test_hub_roles import hub, logins  # noqa: F401  (fixtures)

pytestmark = pytest.mark.postgresql


def test_the_error_names_the_missing_migration_in_each_language(make_ctx, hub, tmp_path):  # noqa: F811
    lacking_7(hub["owner"])
    with pytest.raises(SharedDatabaseNeedsUpgrade) as caught:
        Workspace(Paths(tmp_path / "alice", hub["coordinator"]))
    assert caught.value.missing == [7]
    for language, words in (("kk", "7-көшіру"), ("ru", "миграции 7"), ("en", "lacks migration 7")):
        make_ctx(language)
        text = storage_error_text(caught.value)
        assert words in text and "postgres" in text and "fieldapp hub init" in text, (language, text)


def test_the_connection_test_says_the_owner_must_upgrade_first(qtbot, make_ctx, hub, tmp_path):  # noqa: F811
    lacking_7(hub["owner"])
    ctx = make_ctx("ru")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    box = page.shared_box
    box.address.setText(hub["coordinator"])
    box.test_button.click()
    qtbot.waitUntil(lambda: "PostgreSQL" in box.status.text(), timeout=20000)
    text = box.status.text()
    assert "читать и изменять" not in text and "миграции 7" in text and "postgres" in text, text
    box.use_button.click()
    qtbot.waitUntil(lambda: "миграции 7" in box.status.text() and "следующего" in box.status.text(),
                    timeout=20000)  # fmt: skip
