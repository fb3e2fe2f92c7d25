"""Training (issue 9 point 12): a real office opens a separate training copy, never adds demo records."""

from __future__ import annotations

import os
import subprocess

import pytest

from fieldapp.domain.query import RecordFilter
from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.workspace import Workspace
from fieldapp.ui.mainwindow import MainWindow
from fieldapp.ui.settings_page import SettingsPage, training_command


@pytest.fixture
def training_ctx(tmp_path, qapp, make_ctx):
    paths = Paths(tmp_path / "practice")
    with Workspace(paths) as ws:
        installation.configure(ws.store, "ALA-01", "Almaty", "KZ-75", "en", training=True)
    from fieldapp.ui.app import build_context
    from fieldapp.ui.tasks import SyncTaskRunner

    ctx = build_context(paths, "en", tasks=SyncTaskRunner())
    yield ctx
    ctx.workspace.close()


def test_a_real_office_gets_a_training_copy_not_demo_records(qtbot, make_ctx):
    ctx = make_ctx()
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.demo_button.isVisible() and not page.demo_count.isVisible()
    assert page.training_button.isVisible() and page.training_button.text() == "Open a training copy"
    launched = []
    page.launch = launched.append
    before = ctx.records.count()
    page.training_button.click()

    home = ctx.paths.home.with_name(ctx.paths.home.name + "-training")
    assert launched == [training_command(home, "en")]
    assert ctx.records.count() == before, "the office's data is untouched"
    with Workspace(Paths(home)) as ws:
        inst = ws.installation
        assert inst.training and inst.office_code == "ALA-01"
        assert inst.device_id != ctx.workspace.installation.device_id
        assert ws.records.count() == 0
    assert str(home) in page.demo_note.text()
    page.training_button.click()  # a second click opens the same copy
    assert launched[-1] == launched[0]


def test_the_launch_command_opens_fieldapp_on_the_training_home(tmp_path, qapp):
    """The command the button starts is a real fieldapp on that home (checked with a CLI subcommand)."""
    home = tmp_path / "practice"
    command = training_command(home, "kk")
    assert command[command.index("--home") + 1] == str(home)
    r = subprocess.run(
        [c for c in command if c not in ("--language", "kk")]
        + ["init", "--training", "--office", "X", "--office-name", "X", "--region", "KZ-10"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
        timeout=120,
    )
    assert r.returncode == 0 and str(home) in r.stdout, r.stderr


def test_a_training_copy_is_marked_and_takes_demo_records(qtbot, training_ctx):
    window = MainWindow(training_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("TRAINING COPY")
    assert window.status_bar.training_label.isVisible()
    page = window.settings_page
    assert page.demo_button.isVisibleTo(page) and not page.training_button.isVisibleTo(page)
    page.demo_count.setValue(20)
    page.demo_button.click()
    training_ctx.tasks.wait(10_000)
    assert training_ctx.records.count(RecordFilter(deleted=None)) == 20


def test_a_real_window_is_not_marked(qtbot, make_ctx):
    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.show()
    assert "TRAINING" not in window.windowTitle()
    assert not window.status_bar.training_label.isVisible()


def test_demo_records_are_refused_by_a_real_office_even_if_asked(qtbot, make_ctx):
    ctx = make_ctx()
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.add_demo()
    ctx.tasks.wait(10_000)
    assert ctx.records.count(RecordFilter(deleted=None)) == 0


def test_the_training_mark_speaks_kazakh(qtbot, training_ctx):
    training_ctx.set_language("kk", persist=False)
    window = MainWindow(training_ctx)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("ОҚУ КӨШІРМЕСІ")
    assert window.status_bar.training_label.text() == "Оқу көшірмесі: ойдан шығарылған деректер"
    assert window.settings_page.demo_button.text() != "Add demo records"


def test_a_real_installation_where_the_training_copy_would_go_is_left_alone(qtbot, make_ctx):
    ctx = make_ctx()
    beside = Paths(ctx.paths.home.with_name(ctx.paths.home.name + "-training"))
    with Workspace(beside) as ws:
        installation.configure(ws.store, "AST-01", "Astana", "KZ-71", "ru")  # someone's real data
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    launched = []
    page.launch = launched.append
    page.training_button.click()
    assert launched == [] and "real data" in page.demo_note.text()
    with Workspace(beside) as ws:
        assert not ws.installation.training and ws.installation.office_code == "AST-01"
