"""The command line on the coordinators' hub (issue 17): `--database URL` and FIELDAPP_DATABASE, what a
user can get wrong (exit 2, one line), and what a dropped connection or a killed import leaves behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.services import exchange as ex
from fieldapp.services.workspace import Workspace

pytestmark = pytest.mark.postgresql
ROOT = Path(__file__).parents[2]


def run(*args: str, env_extra: dict | None = None, wait: bool = True):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", **(env_extra or {})}
    env.pop("FIELDAPP_DATABASE", None) if not (env_extra or {}).get("FIELDAPP_DATABASE") else None
    cmd = [sys.executable, "-m", "fieldapp", *args]
    if not wait:
        return subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def count(url: str) -> int:
    with psycopg.connect(url) as con:
        return con.execute("SELECT COUNT(*) FROM activity").fetchone()[0]


@pytest.fixture
def office_book(tmp_path) -> Path:
    with Workspace(Paths(tmp_path / "office")) as ws:
        installation.configure(ws.store, "AST-01", "Astana office", "KZ-71", "ru")
        demo.generate(ws.store, 6000, seed=3)
        path = tmp_path / "ast.xlsx"
        ex.export_workbook(ws, path)
    return path


def init_hub(home: Path, url: str, **env) -> None:
    r = run("--home", str(home), "--database", url, "init", "--office", "UNICEF", "--office-name", "UNICEF",
            "--region", "KZ-71", "--role", "coordinator", env_extra=env)  # fmt: skip
    assert r.returncode == 0, r.stderr


def test_a_coordinator_works_on_the_hub_by_option_or_environment(hub_url, office_book, tmp_path):
    init_hub(tmp_path / "c1", hub_url)
    r = run("--home", str(tmp_path / "c1"), "--database", hub_url, "import", "--json", str(office_book))
    assert r.returncode == 0, r.stderr
    inserted = json.loads(r.stdout)["inserted"]
    assert count(hub_url) == inserted > 0
    assert not (tmp_path / "c1" / "fieldapp.sqlite3").exists(), "the hub's data went into a local file"
    # a second coordinator's machine, through the environment: the same records, nothing to import again
    r = run("--home", str(tmp_path / "c2"), "import", "--json", str(office_book),
            env_extra={"FIELDAPP_DATABASE": hub_url})  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["inserted"] == 0
    r = run("--home", str(tmp_path / "c2"), "export", str(tmp_path / "all.xlsx"),
            env_extra={"FIELDAPP_DATABASE": hub_url})  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert f"exported {inserted} records" in r.stdout


def test_what_a_user_gets_wrong_is_one_line_and_exit_2(hub_url, pg_cluster, tmp_path):
    home = str(tmp_path / "c")
    cases = {
        "not a URL": ("--database", "C:/data/hub.sqlite3", "check"),
        "nobody listens there": (
            "--database",
            f"postgresql://postgres@127.0.0.1:{_closed_port()}/x",
            "check",
        ),
        "no such database": ("--database", pg_cluster.url("no_such_db"), "check"),
        "no such login": ("--database", pg_cluster.url("postgres", user="nobody"), "check"),
    }
    for what, args in cases.items():
        r = run("--home", home, *args)
        assert r.returncode == 2, (what, r.stdout, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("fieldapp: error:"), (what, r.stderr)
        assert "Traceback" not in r.stderr
    init_hub(tmp_path / "c", hub_url)
    r = run("--home", home, "--database", hub_url, "backup", str(tmp_path / "b"))
    assert r.returncode == 2 and "pg_dump" in r.stderr, r.stderr
    (tmp_path / "old.sqlite3").write_bytes(b"whatever")
    r = run("--home", home, "--database", hub_url, "restore", str(tmp_path / "old.sqlite3"))
    assert r.returncode == 2 and "pg_restore" in r.stderr, r.stderr
    r = run("--home", home, "--database", hub_url, "check")
    assert r.returncode == 0 and r.stdout.startswith("ok:"), r.stdout + r.stderr


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_writer(url: str, timeout: float = 60) -> int:
    """The server process id of the fieldapp session holding the writer lock, once it holds it."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as con:
        while time.monotonic() < deadline:
            row = con.execute(
                "SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'fieldapp'"
            ).fetchone()
            if row:
                return row[0]
            time.sleep(0.05)
    raise AssertionError("no fieldapp import took the writer lock")


@pytest.mark.slow  # a 6,000-record import cut mid-way (~15 s); CI runs it
def test_a_network_drop_mid_import_leaves_nothing_half_written(hub_url, office_book, tmp_path):
    init_hub(tmp_path / "c", hub_url)
    proc = run("--home", str(tmp_path / "c"), "--database", hub_url, "import", str(office_book), wait=False)
    backend = _wait_for_writer(hub_url)
    with psycopg.connect(hub_url, autocommit=True) as con:  # as a dropped network looks to the server
        con.execute("SELECT pg_terminate_backend(%s)", (backend,))
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 2, (out, err)
    assert "shared database" in err and "Traceback" not in err
    assert count(hub_url) == 0
    r = run("--home", str(tmp_path / "c"), "--database", hub_url, "import", str(office_book))
    assert r.returncode == 0, r.stderr


@pytest.mark.slow  # a 6,000-record import cut mid-way (~15 s); CI runs it
def test_an_import_killed_mid_way_leaves_nothing_and_releases_the_lock(hub_url, office_book, tmp_path):
    init_hub(tmp_path / "c", hub_url)
    proc = run("--home", str(tmp_path / "c"), "--database", hub_url, "import", str(office_book), wait=False)
    _wait_for_writer(hub_url)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert count(hub_url) == 0
    r = run("--home", str(tmp_path / "c"), "--database", hub_url, "import", "--json", str(office_book),
            env_extra={"FIELDAPP_LOCK_TIMEOUT_MS": "20000"})  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert count(hub_url) == json.loads(r.stdout)["inserted"]
