"""Locked database, full disk, read-only data directory, leftovers and permissions, from outside."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.attacks.conftest import ROOT, count, init, run

ROOT_ONLY = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"),
    reason="mounting a small tmpfs needs root on Linux",
)


def test_a_second_writer_waits_for_the_first(office):
    """A command that finds the database busy for a moment waits and then does its work."""
    con = sqlite3.connect(office / "fieldapp.sqlite3", isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    proc = subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "--home", str(office), "demo", "--records", "5"],
        cwd=Path(__file__).parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2)
    con.execute("ROLLBACK")
    con.close()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, out + err
    assert count(office) == 405


def test_a_writer_that_waits_too_long_is_told_to_try_again(office):
    con = sqlite3.connect(office / "fieldapp.sqlite3", isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        r = run("--home", office, "demo", "--records", "5", env={"FIELDAPP_BUSY_TIMEOUT_MS": "1500"})
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert r.returncode == 2, r.stdout + r.stderr
    assert "another fieldapp is writing to this data; try again" in r.stderr
    assert count(office) == 400


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace').strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


@ROOT_ONLY
def test_a_full_disk_is_named_and_nothing_is_half_written(small_disk):
    home = init(small_disk / "home")
    filler = small_disk / "filler"
    with filler.open("wb") as f:  # leave ~100 KB free
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
                os.fsync(f.fileno())
        except OSError:
            pass
    filler.write_bytes(b"")
    free = shutil.disk_usage(small_disk).free
    with filler.open("ab") as f:
        f.write(b"\0" * max(0, free - 60_000))
    r = run("--home", home, "demo", "--records", "3000")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "disk is full" in r.stderr and str(home) in r.stderr
    r = run("--home", home, "backup")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "disk is full" in r.stderr
    assert not [p for p in (home / "backups").iterdir() if not p.name.endswith(".sqlite3")]
    filler.unlink()
    r = run("--home", home, "check")
    assert r.returncode == 0, r.stdout + r.stderr


@ROOT_ONLY
def test_no_byte_free_is_a_full_disk_not_a_foreign_database(small_disk, tmp_path):
    """At 0 bytes free every command names the full disk; restore prints no logging traceback and
    leaves no temporary copy behind."""
    home = init(small_disk / "home")
    saved = tmp_path / "saved"
    assert run("--home", home, "backup", saved).returncode == 0
    (backup,) = saved.glob("fieldapp-*.sqlite3")
    live = home / "fieldapp.sqlite3"
    before = live.read_bytes()
    filler = small_disk / "filler"
    with filler.open("wb", buffering=0) as f:  # unbuffered: nothing left to flush at close
        for size in (65536, 4096, 512, 1):
            try:
                while f.write(b"\0" * size):
                    pass
            except OSError:
                pass
    for command in (["check"], ["demo", "--records", "3"], ["backup"], ["restore", backup]):
        r = run("--home", home, *command)
        assert r.returncode == 2, (command, r.stdout + r.stderr)
        assert "not a fieldapp database" not in r.stderr, r.stderr
        assert "disk is full" in r.stderr and str(home) in r.stderr, r.stderr
        assert "Logging error" not in r.stderr, r.stderr
    assert live.read_bytes() == before
    assert not list(home.glob("tmp/*restore*")), "a refused restore leaves no temporary folder"
    filler.unlink()
    assert run("--home", home, "check").returncode == 0


@ROOT_ONLY
def test_a_read_only_data_directory_is_named(small_disk):
    home = init(small_disk / "home")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for command in (
        ["demo", "--records", "3"],
        ["backup"],
        ["init", "--office", "X", "--office-name", "X", "--region", "KZ-10"],
    ):
        r = run("--home", home, *command)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "cannot write to" in r.stderr and str(home) in r.stderr, r.stderr


def test_leftovers_of_an_interrupted_backup_are_removed(office):
    backups = office / "backups"
    backups.mkdir(exist_ok=True)
    for name in ("fieldapp-20260101-000000-000.partial", "fieldapp-20260101-000000-000.partial-journal"):
        (backups / name).write_bytes(b"half")
        old = time.time() - 3600
        os.utime(backups / name, (old, old))
    r = run("--home", office, "backup")
    assert r.returncode == 0, r.stderr
    assert not list(backups.glob("*.partial*"))


def test_import_is_preceded_by_a_backup_of_the_state_it_started_from(office, tmp_path):
    other = init(tmp_path / "other", office="SHY-02", name="Шымкент", region="KZ-79")
    assert run("--home", other, "demo", "--records", "30", "--seed", "8").returncode == 0
    book = tmp_path / "shymkent.xlsx"
    assert run("--home", other, "export", book).returncode == 0
    assert run("--home", office, "demo", "--records", "5", "--seed", "9").returncode == 0

    def held() -> dict[str, int]:
        out = {}
        for path in (office / "backups").glob("*.sqlite3"):
            con = sqlite3.connect(path)
            out[path.name] = con.execute("SELECT COUNT(*) FROM activity").fetchone()[0]
            con.close()
        return out

    r = run("--home", office, "import", book)
    assert r.returncode == 0, r.stderr
    before_import = {n: c for n, c in held().items() if "before-import" in n}
    assert list(before_import.values()) == [405], held()
    assert count(office) == 435
    again = run("--home", office, "import", book)
    assert again.returncode == 0, again.stderr
    assert {n: c for n, c in held().items() if "before-import" in n} == before_import, (
        "a re-import that changes nothing writes no backup"
    )


def test_a_daily_backup_is_made_when_the_newest_is_a_day_old(office):
    backups = office / "backups"
    for p in backups.glob("*.sqlite3"):
        p.unlink()
    old = backups / "fieldapp-20200101-000000-000.sqlite3"
    shutil.copy(office / "fieldapp.sqlite3", old)
    r = run("--home", office, "check")
    assert r.returncode == 0, r.stderr
    assert list(backups.glob("*daily*.sqlite3"))
    before = set(backups.iterdir())
    run("--home", office, "check")
    assert set(backups.iterdir()) == before, "one a day, not one per command"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_data_is_private_to_the_user(office, tmp_path):
    assert run("--home", office, "backup").returncode == 0
    assert run("--home", office, "export", tmp_path / "x.xlsx").returncode == 0
    assert stat.S_IMODE(office.stat().st_mode) == 0o700
    files = [office / "fieldapp.sqlite3", *(office / "backups").iterdir(), *(office / "logs").iterdir()]
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    for d in (office / "backups", office / "logs"):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_written_for_the_user_are_private_under_a_common_umask(office, tmp_path):
    """Exports, reports (xlsx, pdf) and templates hold children's data: 0600 even under umask 022."""
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        "export.xlsx": ["export"],
        "report.xlsx": ["report"],
        "report.pdf": ["report"],
        "template.xlsx": ["template"],
        "targets.xlsx": ["targets", "template"],
        "reference.xlsx": ["reference", "export"],
    }
    old = os.umask(0o022)
    try:
        for name, command in commands.items():
            r = run("--home", office, *command, out / name)
            assert r.returncode == 0, (command, r.stdout + r.stderr)
    finally:
        os.umask(old)
    for name in commands:
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name
    assert sorted(p.name for p in out.iterdir()) == sorted(commands), "no partial file is left"


def test_exports_leave_no_temporary_copy_outside_the_data_directory(office, tmp_path):
    system_tmp = tmp_path / "systemtmp"
    system_tmp.mkdir()
    r = run(
        "--home",
        office,
        "export",
        tmp_path / "x.xlsx",
        env={"TMPDIR": str(system_tmp), "TEMP": str(system_tmp)},
    )
    assert r.returncode == 0, r.stderr
    assert list(system_tmp.iterdir()) == []


def test_temporary_leftovers_in_the_data_directory_are_removed_on_start(office):
    stale = office / "tmp" / f"999999999-{uuid.uuid4().hex[:6]}"
    stale.mkdir(parents=True)
    (stale / "openpyxl.xyz").write_text("every record's content")
    old = time.time() - 3 * 86400
    os.utime(stale, (old, old))
    assert run("--home", office, "check").returncode == 0
    assert not stale.exists()


def test_a_killed_export_leaves_record_content_only_inside_the_data_directory(tmp_path):
    home = init(tmp_path / "home")
    assert run("--home", home, "demo", "--records", "20000", "--seed", "2").returncode == 0
    system_tmp = tmp_path / "systemtmp"
    system_tmp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2]), "TMPDIR": str(system_tmp)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "--home", str(home), "export", str(tmp_path / "x.xlsx")],
        cwd=Path(__file__).parents[2],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.is_file() and p.stat().st_size > 0 for p in (home / "tmp").glob("*/*")):
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert list(system_tmp.iterdir()) == []
    left = [p for p in (home / "tmp").glob("*/*") if p.is_file()]
    assert left, "the export was killed while writing its temporary sheet"
    for p in left:
        assert stat.S_IMODE(p.parent.stat().st_mode) == 0o700
    assert run("--home", home, "check").returncode == 0
    assert not any(p.exists() for p in left), "leftovers of a killed process are removed on start"


@ROOT_ONLY
def test_a_copy_of_the_live_file_restores_from_read_only_media(office, small_disk):
    """A USB stick or CD: a WAL-mode copy there cannot get its -shm file."""
    copy = small_disk / "fieldapp.sqlite3"
    shutil.copy(office / "fieldapp.sqlite3", copy)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    run("--home", office, "demo", "--records", "7")
    r = run("--home", office, "restore", copy)
    assert r.returncode == 0, r.stdout + r.stderr
    assert count(office) == 400


KILLED_MID_WRITE = """
import sys, time
from pathlib import Path
from fieldapp import paths
from fieldapp.services import exchange
from fieldapp.services.workspace import Workspace

where = paths.Paths(Path(sys.argv[1]))
paths.use_private_tmp(where)
ws = Workspace(where)

def writer(tmp, records, *args, **kwargs):
    Path(tmp).write_bytes(b"PK record content of children")
    print("WRITING", flush=True)
    time.sleep(120)

exchange.export_workbook(ws, Path(sys.argv[2]), writer=writer)
"""


def test_a_partial_file_left_by_a_killed_export_is_removed_at_the_next_start(office, tmp_path):
    """kill -9 between writing `.NAME.partial` and its rename leaves record content beside the output;
    the next fieldapp start removes it (outside tester's finding)."""
    out = tmp_path / "out" / "export.xlsx"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_WRITE, str(office), str(out)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout.readline().strip() == "WRITING"
        partial = out.with_name(".export.xlsx.partial")
        assert partial.exists()
    finally:
        proc.kill()
        proc.wait()
    assert run("--home", office, "check").returncode == 0
    assert sorted(p.name for p in out.parent.iterdir()) == []


CTRL_C_DURING_A_COMMAND = """
import sys
from fieldapp.services.workspace import Workspace

def pressed(*args, **kwargs):
    raise KeyboardInterrupt  # what Python raises when the person presses Ctrl+C mid-command

Workspace.add_demo_records = pressed
from fieldapp.cli import main
sys.exit(main(["--home", sys.argv[1], "demo", "--records", "5"]))
"""


def test_ctrl_c_is_a_clear_line_and_exit_2_never_an_internal_error(office):
    """A person pressing Ctrl+C caused it: exit 2 with one line, and the data is as it was.
    (KeyboardInterrupt is raised inside the command: a real SIGINT is not delivered alike on every runner.)"""
    before = count(office)
    r = subprocess.run(
        [sys.executable, "-c", CTRL_C_DURING_A_COMMAND, str(office)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "interrupted" in r.stderr and "Traceback" not in r.stderr
    assert count(office) == before
    assert run("--home", office, "check").returncode == 0
