"""The desktop app when storage is in trouble: another writer, a damaged database, a second copy."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldapp.domain.errors import CannotWrite, DatabaseBusy
from fieldapp.services.workspace import Workspace
from fieldapp.ui.errors import error_text
from fieldapp.ui.form.dialog import EntryDialog
from tests.attacks.conftest import corrupt_middle
from tests.conftest import make_activity

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize("error", [DatabaseBusy(), CannotWrite("/data", disk_full=True)])
def test_storage_errors_are_told_in_words_not_as_exception_names(error):
    headline, details = error_text(error)
    text = headline + details
    assert "OperationalError" not in text and type(error).__name__ not in text
    assert "try again" in text


def test_a_save_while_another_fieldapp_writes_can_be_retried(qtbot, make_ctx, workspace, monkeypatch):
    monkeypatch.setenv("FIELDAPP_BUSY_TIMEOUT_MS", "300")
    workspace.records.create(make_activity())
    ctx = make_ctx("en")
    (rec,) = ctx.records.page().records
    dialog = EntryDialog(ctx, record=rec)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.notes.setPlainText("edited while an import runs")
    reported = []
    ctx.tasks.error_unhandled.connect(lambda e, where: reported.append(e))
    other = sqlite3.connect(workspace.paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.save()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Another fieldapp is writing to this data" in dialog.banner_message()
    assert dialog.save_button.isEnabled(), "the person can simply try again"
    assert reported == [], "no error dialog"
    dialog.save()
    assert ctx.records.get(rec.uuid).notes == "edited while an import runs"


def test_the_app_offers_the_newest_good_backup_for_a_damaged_database(qtbot, home, qapp):
    from fieldapp.services import installation, maintenance
    from fieldapp.ui.recovery import RecoveryDialog, open_or_recover

    with Workspace(home) as ws:
        installation.configure(ws.store, "ALA-01", "Алматы", "KZ-75", "kk")
        from fieldapp.services import demo

        demo.generate(ws.store, 400, seed=2)
        good = maintenance.backup(ws)
    corrupt_middle(home.database)

    shown = []

    def answer(dialog: RecoveryDialog) -> None:
        shown.append(dialog.message.text())
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()

    ctx = open_or_recover(home, "en", ask=answer)
    try:
        assert good.name in shown[0] and "damaged" in shown[0]
        assert ctx is not None and ctx.records.count() > 0
    finally:
        ctx.workspace.close()


def test_a_damaged_database_is_offered_for_recovery_in_the_language_last_used(qtbot, home, qapp):
    """The installation's language is in the database, which is damaged: the dialog speaks the language
    this computer last used (settings.ini), not English (an outside tester found it in English)."""
    from fieldapp.services import installation, maintenance
    from fieldapp.ui.i18n import Translators
    from fieldapp.ui.recovery import RecoveryDialog, open_or_recover
    from fieldapp.ui.settings import Settings

    with Workspace(home) as ws:
        installation.configure(ws.store, "ALA-01", "Алматы", "KZ-75", "ru")
        maintenance.backup(ws)
    settings = Settings(home.home / "settings.ini")
    settings.set("app/language", "ru")
    settings.sync()
    corrupt_middle(home.database)
    Translators().install("en")
    shown = []

    def answer(dialog: RecoveryDialog) -> None:
        shown.append((dialog.message.text(), dialog.restore_button.text()))

    try:
        assert open_or_recover(home, None, ask=answer) is None  # quit without restoring
    finally:
        Translators().install("en")
    text, button = shown[0]
    assert "The data file" not in text and "Restore" not in button, shown
    assert any("а" <= ch <= "я" for ch in text.lower()), shown


def test_the_recovery_dialog_speaks_kazakh(qtbot, home, qapp):
    from fieldapp.domain.errors import DatabaseDamaged
    from fieldapp.ui.i18n import Translators
    from fieldapp.ui.recovery import RecoveryDialog

    Translators().install("kk")
    dialog = RecoveryDialog(DatabaseDamaged(str(home.database), "malformed", None), home)
    qtbot.addWidget(dialog)
    assert "fieldapp restore" in dialog.message.text()
    assert "damaged" not in dialog.message.text()
    assert not dialog.restore_button.isEnabled()


def test_a_second_copy_of_the_app_brings_the_first_forward(tmp_path, qapp):
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    init = [
        sys.executable,
        "-m",
        "fieldapp",
        "--home",
        str(home),
        "init",
        "--office",
        "A",
        "--office-name",
        "A",
    ]
    subprocess.run([*init, "--region", "KZ-75", "--language", "en"], check=True, env=env, cwd=ROOT)
    first = subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "--home", str(home)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        from fieldapp.ui.single import is_running

        deadline = time.monotonic() + 60
        while not is_running(home.resolve()) and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.3)
        second = subprocess.run(
            [sys.executable, "-m", "fieldapp", "--home", str(home)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "already open" in second.stdout + second.stderr, second
        assert second.returncode == 0
        assert first.poll() is None, "the first copy keeps running"
    finally:
        first.kill()
        first.communicate()


def test_a_raw_locked_database_error_reaches_the_person_as_words(qtbot, home, tmp_path):
    import peewee

    from fieldapp.ui.errors import ErrorReporter

    reporter = ErrorReporter(tmp_path / "x.log", show_dialogs=False, paths=home)
    seen = []
    reporter.reported.connect(lambda headline, details: seen.append(headline + details))
    reporter.report(peewee.OperationalError("database is locked"), "export")
    assert "Another fieldapp is writing" in seen[0] and "OperationalError" not in seen[0]


def test_the_desktop_app_makes_the_daily_backup_after_it_opens(qtbot, workspace, make_ctx):
    from fieldapp.ui.mainwindow import MainWindow

    workspace.records.create(make_activity())
    backups = workspace.paths.backups
    assert not list(backups.glob("*.sqlite3"))
    w = MainWindow(make_ctx("en"))
    qtbot.addWidget(w)
    w.show()
    w.start()
    (daily,) = backups.glob("*-daily.sqlite3")
    con = sqlite3.connect(daily)
    assert con.execute("SELECT COUNT(*) FROM activity").fetchone() == (1,)
    con.close()


def test_a_lost_database_is_not_a_new_installation_in_the_app(qtbot, home, qapp):
    from fieldapp.services import installation, maintenance
    from fieldapp.ui.recovery import RecoveryDialog, open_or_recover

    with Workspace(home) as ws:
        installation.configure(ws.store, "ALA-01", "Алматы", "KZ-75", "ru")
        ws.records.create(make_activity())
        maintenance.backup(ws)
    home.database.unlink()
    shown = []

    def answer(dialog: RecoveryDialog) -> None:
        shown.append(dialog.message.text())
        dialog.restore_button.click()

    ctx = open_or_recover(home, "en", ask=answer)
    try:
        assert "missing or empty" in shown[0] and "not a new installation" in shown[0]
        assert ctx.workspace.installation.office_code == "ALA-01"
        assert ctx.records.count() == 1
    finally:
        ctx.workspace.close()


def test_a_second_copy_during_the_first_start_setup_brings_the_first_forward(tmp_path, qapp):
    """The first copy listens before it opens the data: a second copy started while the first-run setup
    dialog is open must not open a second setup dialog on the same, empty home."""
    home = tmp_path / "fresh"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "--home", str(home)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        from fieldapp.ui.single import is_running

        deadline = time.monotonic() + 60
        while not is_running(home.resolve()) and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.3)
        assert is_running(home.resolve()), "the first copy, showing its setup dialog, is not found"
        second = subprocess.run(
            [sys.executable, "-m", "fieldapp", "--home", str(home)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "already open" in second.stdout + second.stderr, second
        assert first.poll() is None, "the first copy keeps its setup dialog"
    finally:
        first.kill()


def test_the_desktop_start_offers_recovery_once_for_a_damaged_database(qtbot, home, qapp, monkeypatch):
    """The desktop app opens its data without the recovery module (start-up); a damaged database still
    brings the dialog, once, with the newest good backup, and the restored data opens."""
    from fieldapp.services import demo, installation, maintenance
    from fieldapp.ui import app as gui
    from fieldapp.ui.recovery import RecoveryDialog

    with Workspace(home) as ws:
        installation.configure(ws.store, "ALA-01", "Алматы", "KZ-75", "kk")
        demo.generate(ws.store, 300, seed=4)
        good = maintenance.backup(ws)
        active = ws.records.count()
    corrupt_middle(home.database)
    shown = []

    def answer(dialog: RecoveryDialog) -> int:  # the modal loop, answered as a person would
        shown.append(dialog.message.text())
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    ctx = gui._open(home, "en")
    try:
        assert len(shown) == 1 and good.name in shown[0]
        assert ctx is not None and ctx.records.count() == active
    finally:
        ctx.workspace.close()


def test_damage_found_by_the_first_page_after_a_skipped_check_is_offered_for_recovery(
    qtbot, home, qapp, monkeypatch
):
    """The quick check runs once a day: a file damaged after today's check opened, and the main window's
    first page met 'database disk image is malformed' — the app died with an unhandled error (exit 1)
    instead of offering the newest good backup (outside tester, 2026-11-30)."""
    from fieldapp.services import demo, installation, maintenance
    from fieldapp.storage import health
    from fieldapp.ui import app as gui
    from fieldapp.ui.recovery import RecoveryDialog

    with Workspace(home) as ws:
        installation.configure(ws.store, "ALA-01", "Алматы", "KZ-75", "ru")
        demo.generate(ws.store, 3000, seed=4)
        good = maintenance.backup(ws)
        active = ws.records.count()
    health.remember_check(home.database)  # today's check passed: the next start skips it
    corrupt_middle(home.database)
    shown = []

    def answer(dialog: RecoveryDialog) -> int:
        shown.append(dialog.message.text())
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    ctx = gui._open(home, "ru")
    assert ctx is not None and not shown  # opened: the damage is not seen yet
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: reported.append(a[1]))
    ctx, window = gui._main_window(ctx, home, "ru")
    try:
        qtbot.addWidget(window)
        assert len(shown) == 1 and good.name in shown[0], shown
        assert ctx.records.count() == active
        assert window.activities.model.rowCount() > 0
        # the window half-built over the damaged file is gone: no event reaches it after the restore
        from PySide6.QtWidgets import QApplication

        from fieldapp.ui.mainwindow import MainWindow

        ctx.set_language("kk")  # a language change reaches every window
        qtbot.wait(300)
        assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] == [window]
        assert reported == [], reported
    finally:
        ctx.tasks.wait(30_000)
        ctx.workspace.close()
