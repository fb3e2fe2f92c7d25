"""Settings → Shared database (issue 17): the connection test against a real PostgreSQL, the address
remembered without a password, and the words for a viewer's refused write — in the UI's language."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import ReadOnlyAccess, SharedDatabaseUnavailable
from fieldapp.paths import Paths
from fieldapp.services.workspace import Workspace
from fieldapp.ui.errors import storage_error_text
from fieldapp.ui.settings_page import SettingsPage
from tests.conftest import make_activity

pytestmark = pytest.mark.postgresql


def page_of(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_the_connection_test_says_what_the_login_may_do_in_kazakh(qtbot, make_ctx, hub_url, tmp_path):
    Workspace(Paths(tmp_path / "owner", hub_url), create_hub=True).close()  # the schema
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


def test_the_connection_test_on_a_newer_fieldapps_hub_says_so_in_russian(qtbot, make_ctx, hub_url, tmp_path):
    """It said "may read and write" (or, once the probe refused, would have reached the error reporter)."""
    import psycopg

    Workspace(Paths(tmp_path / "owner", hub_url), create_hub=True).close()  # the schema
    with psycopg.connect(hub_url) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    page = page_of(qtbot, make_ctx("ru"))
    box = page.shared_box
    box.address.setText(hub_url)
    box.test_button.click()
    qtbot.waitUntil(lambda: "более новая версия fieldapp" in box.status.text())


def test_use_remembers_the_address_but_never_a_password(qtbot, make_ctx, hub_url):
    ctx = make_ctx("ru")
    page = page_of(qtbot, ctx)
    box = page.shared_box
    box.address.setText("postgresql://alice:secret@hub.example.kz/fieldapp")
    box.use_button.click()
    assert "pgpass" in box.status.text()
    assert not ctx.paths.shared_database_file.exists()
    box.address.setText(hub_url.replace("127.0.0.1:", "127.0.0.1:1"))  # a port nobody listens on
    box.use_button.click()
    assert box.status.text().startswith("Не удаётся подключиться"), box.status.text()
    assert not ctx.paths.shared_database_file.exists(), "remembered an address that failed its test"
    Workspace(Paths(ctx.paths.home / "owner", hub_url), create_hub=True).close()  # the schema
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


@pytest.mark.parametrize("role", ["viewer", "coordinator"])
def test_a_viewers_app_offers_no_action_that_writes(qtbot, qapp, hub_url, pg_cluster, tmp_path, role):
    from fieldapp.services import hub, installation
    from fieldapp.ui.app import build_context
    from fieldapp.ui.mainwindow import MainWindow
    from fieldapp.ui.tasks import SyncTaskRunner

    name = hub_url.rsplit("/", 1)[1].split("?")[0]
    login = f"{role}_{name}"
    pg_cluster.psql(f'CREATE ROLE "{login}" LOGIN')
    with Workspace(Paths(tmp_path / "owner", hub_url), create_hub=True) as ws:
        installation.configure(ws.store, "UNICEF", "UNICEF", "KZ-71", "ru", role="coordinator")
        ws.records.create(make_activity(office="UNICEF", region="KZ-71"))
        hub.init(ws, [login] if role == "coordinator" else [], [login] if role == "viewer" else [])
    ctx = build_context(
        Paths(tmp_path / login, pg_cluster.url(name, user=login)), "ru", tasks=SyncTaskRunner()
    )
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.start()
        writes = role == "coordinator"
        qtbot.waitUntil(lambda: w.activities.model.rowCount() == 1)
        w.activities.view.selectRow(0)
        page = w.activities
        assert page.new_action.isEnabled() == writes
        assert page.copy_action.isEnabled() == writes
        assert page.delete_action.isEnabled() == writes
        assert page.open_action.isEnabled()  # a viewer reads the record (its form refuses a save)
        exchange = w.show_page("exchange")
        qtbot.waitUntil(exchange.isVisible)
        assert exchange.report_button.isEnabled()  # reading: reports and templates
        assert exchange.import_button.isEnabled() == writes
        assert exchange.export_button.isEnabled() == writes
        # the record opened by double-click: a viewer reads it, with no Save and no way to edit
        dialog = page.open_selected()
        assert dialog is not None
        try:
            assert dialog.save_button.isVisibleTo(dialog) == writes
            assert dialog.fields.isEnabled() == writes
            if not writes:
                assert dialog.save() is False
        finally:
            dialog.reject()
        settings = w.show_page("settings")
        assert settings.demo_button.isEnabled() == writes
        assert settings.save_office.isEnabled() == writes
        assert settings.role.isEnabled() == writes
        assert settings.reference_box.import_button.isEnabled() == writes
    finally:
        ctx.tasks.wait(10_000)
        ctx.workspace.close()


def test_an_unreachable_remembered_hub_at_start_speaks_kazakh_and_offers_the_local_file(qapp, tmp_path):
    """The next start after the hub went away: the words in the UI's language (the installation's own
    language is in the unreachable database: settings.ini remembers the last one used), a way back to
    this computer's file, and the command that does the same."""
    from fieldapp.services import hub
    from fieldapp.services.workspace import Workspace as Ws
    from fieldapp.ui.hub_start import install_start_language, offer_local_file
    from fieldapp.ui.i18n import Translators
    from fieldapp.ui.settings import Settings

    home = tmp_path / "c"
    Paths(home).ensure()
    closed = "postgresql://postgres@127.0.0.1:1/hub"
    (home / "shared-database.txt").write_text(closed + "\n", encoding="utf-8")
    Settings(home / "settings.ini").set("app/language", "kk")
    paths = Paths(home, Paths(home).remembered_database())
    try:
        with pytest.raises(SharedDatabaseUnavailable) as caught:
            Ws(paths)
        install_start_language(paths, None)
        seen = {}

        def answer(box):
            seen["text"] = box.text() + "\n" + box.informativeText()
            seen["buttons"] = [b.text() for b in box.buttons()]
            (local,) = [b for b in box.buttons() if b.text() == "Осы компьютердің файлын пайдалану"]
            local.click()

        assert offer_local_file(paths, caught.value, ask=answer)
        assert "Ортақ дерекқор" in seen["text"] and "fieldapp hub use --none" in seen["text"], seen
        assert "Шығу" in seen["buttons"], seen
        assert Paths(home).remembered_database() is None
        with Ws(Paths(home)) as ws:  # this computer's file opens
            assert not getattr(ws.store, "is_hub", False)
        assert hub.display(closed) == closed
    finally:
        Translators(cache_dir=home / "cache" / "i18n").install("en")


def test_an_empty_or_refusing_hub_has_words_in_russian(make_ctx):
    from fieldapp.domain.errors import SharedDatabaseNotSetUp, SharedDatabaseRefused

    make_ctx("ru")
    text = storage_error_text(SharedDatabaseNotSetUp("postgresql://hub/fieldapp"))
    assert "пуста" in text and "fieldapp hub init" in text
    text = storage_error_text(SharedDatabaseRefused("permission denied for schema public", "ask the owner"))
    assert "отказал" in text and "permission denied" in text


def test_a_login_without_a_fieldapp_role_is_told_what_it_needs_in_russian(
    qtbot, make_ctx, hub_url, pg_cluster, tmp_path
):
    """It said "holds other tables: it is not fieldapp's" about fieldapp's own tables."""
    Workspace(Paths(tmp_path / "owner", hub_url), create_hub=True).close()  # the schema, by its owner
    name = hub_url.rsplit("/", 1)[1].split("?")[0]
    login = f"nora_{name}"
    pg_cluster.psql(f'CREATE ROLE "{login}" LOGIN')
    ctx = make_ctx("ru")
    page = page_of(qtbot, ctx)
    box = page.shared_box
    box.address.setText(pg_cluster.url(name, user=login))
    box.test_button.click()
    qtbot.waitUntil(lambda: "нет доступа" in box.status.text())
    text = box.status.text()
    assert login in text and "fieldapp_viewer" in text and "fieldapp_coordinator" in text, text
    box.use_button.click()
    qtbot.waitUntil(lambda: "нет доступа" in box.status.text() and box.use_button.isEnabled())
    assert not ctx.paths.shared_database_file.exists(), "remembered an address this login cannot use"
