"""Output paths a hurried or hostile user gives: never the database, never a traceback, exit 2.

Every test runs the real `fieldapp` in a subprocess against a real database file.
"""

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run(*args, env=None):
    result = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=300,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("paths") / "home"
    r = run(
        "--home",
        home,
        "init",
        "--training",
        "--office",
        "ALA-01",
        "--office-name",
        "Алматы",
        "--region",
        "KZ-75",
    )
    assert r.returncode == 0, r.stderr
    assert run("--home", home, "demo", "--records", "30").returncode == 0
    assert run("--home", home, "backup").returncode == 0
    return home


def database_files(home: Path) -> dict[str, str]:
    # .last-quick-check is bookkeeping (when the database last passed its check), not data
    return {
        p.name: digest(p) for p in sorted(home.iterdir()) if p.is_file() and p.name != ".last-quick-check"
    }


WRITERS = [("export",), ("report",), ("template",)]


@pytest.mark.parametrize("command", ["export", "report", "template"])
@pytest.mark.parametrize("target", ["fieldapp.sqlite3", "fieldapp.sqlite3-wal", "fieldapp.sqlite3-shm"])
def test_no_command_writes_onto_the_database(home, command, target):
    before = database_files(home)
    r = run("--home", home, command, home / target)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "database" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert database_files(home) == before
    assert run("--home", home, "check").returncode == 0


@pytest.mark.parametrize("command", ["export", "report", "template"])
def test_no_command_writes_into_the_backups(home, command):
    backup = sorted((home / "backups").glob("fieldapp-*.sqlite3"))[-1]
    before = digest(backup)
    for target in (backup, backup.with_suffix(".xlsx")):
        r = run("--home", home, command, target)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "backup" in r.stderr
        assert not backup.with_suffix(".xlsx").exists()
    assert digest(backup) == before


OUTPUTS = [("export",), ("report",), ("template",), ("targets", "template"), ("reference", "export")]


@pytest.mark.parametrize("command", OUTPUTS)
@pytest.mark.parametrize("target", ["fieldapp.sqlite3", "fieldapp.sqlite3-wal", "backups/x.xlsx"])
def test_no_output_of_any_command_lands_on_the_database_or_backups(home, command, target):
    before = database_files(home)
    r = run("--home", home, *command, home / target)
    assert r.returncode == 2, r.stdout + r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert database_files(home) == before
    assert run("--home", home, "check").returncode == 0


@pytest.mark.parametrize("command", OUTPUTS)
@pytest.mark.parametrize("where", [".", "tmp", "logs"])
def test_no_output_lands_in_the_data_directory(home, command, where):
    """The data folder is fieldapp's own: a file put in tmp/ is deleted on the next start, and one
    beside the database looks like part of the installation."""
    target = home / where / "out.xlsx"
    r = run("--home", home, *command, target)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "data folder" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not target.exists()


@pytest.mark.parametrize("where", [".", "tmp", "logs"])
def test_no_backup_lands_in_the_data_directory_outside_its_backups(home, where):
    before = set(home.rglob("*.sqlite3"))
    r = run("--home", home, "backup", home / where)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "data folder" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert set(home.rglob("*.sqlite3")) == before
    assert run("--home", home, "backup", home / "backups").returncode == 0


def test_a_symlink_to_the_database_is_the_database(home, tmp_path):
    link = tmp_path / "innocent.xlsx"
    link.symlink_to(home / "fieldapp.sqlite3")
    before = database_files(home)
    r = run("--home", home, "export", link)
    assert r.returncode == 2 and "database" in r.stderr
    assert database_files(home) == before


def test_backup_is_never_written_onto_the_database(home):
    before = database_files(home)
    r = run("--home", home, "backup", home / "fieldapp.sqlite3")
    assert r.returncode == 2, r.stdout + r.stderr
    assert database_files(home) == before


@pytest.mark.parametrize("command", ["export", "report", "template"])
def test_an_existing_file_that_is_not_a_workbook_is_not_overwritten(home, tmp_path, command):
    victim = tmp_path / "thesis.xlsx"  # a .xlsx name, but not a workbook
    victim.write_text("my only copy")
    r = run("--home", home, command, victim)
    assert r.returncode == 2 and "not an Excel workbook" in r.stderr, r.stderr
    assert victim.read_text() == "my only copy"


@pytest.mark.parametrize("command", ["export", "report", "template"])
def test_an_existing_workbook_is_replaced(home, tmp_path, command):
    target = tmp_path / f"{command}.xlsx"
    assert run("--home", home, command, target).returncode == 0
    r = run("--home", home, command, target)
    assert r.returncode == 0, r.stderr
    assert zipfile.is_zipfile(target)


@pytest.mark.parametrize("command", ["export", "report", "template"])
@pytest.mark.parametrize("name", ["x.csv", "x", "x.xls", "x.xlsx.txt"])
def test_only_xlsx_names(home, tmp_path, command, name):
    r = run("--home", home, command, tmp_path / name)
    assert r.returncode == 2, r.stdout + r.stderr
    assert ".xlsx" in r.stderr
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("command", ["export", "report", "template"])
def test_bad_output_paths_exit_2_with_one_line(home, tmp_path, command):
    cases = {
        tmp_path / "no" / "such" / "folder" / "x.xlsx": "does not exist",
        tmp_path: "folder",
        tmp_path / ("x" * 300 + ".xlsx"): "too long",
    }
    for target, words in cases.items():
        r = run("--home", home, command, target)
        assert r.returncode == 2, (target, r.stdout + r.stderr)
        assert words in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
@pytest.mark.parametrize("command", ["export", "report", "template", "backup"])
def test_an_unwritable_folder_exits_2(home, tmp_path, command):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked if command == "backup" else locked / "x.xlsx"
        r = run("--home", home, command, target)
        assert r.returncode == 2 and "cannot write" in r.stderr, r.stderr
    finally:
        locked.chmod(0o700)


def test_backup_to_a_file_or_a_missing_folder_exits_2(home, tmp_path):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    r = run("--home", home, "backup", a_file)
    assert r.returncode == 2 and "not a folder" in r.stderr, r.stderr
    r = run("--home", home, "backup", tmp_path / "no" / "such")
    assert r.returncode == 2 and "does not exist" in r.stderr, r.stderr
    r = run("--home", home, "backup", tmp_path / "new")
    assert r.returncode == 0, r.stderr
    assert list((tmp_path / "new").glob("fieldapp-*.sqlite3"))


@pytest.fixture
def mounted(tmp_path):
    """mount(options, source) -> a mount point; skipped unless root may mount (a container may not)."""
    import contextlib

    points = []

    def mount(*args) -> Path:
        point = tmp_path / f"mnt{len(points)}"
        point.mkdir()
        r = subprocess.run(["mount", *map(str, args), point], capture_output=True, text=True)
        if r.returncode != 0:
            pytest.skip(f"cannot mount here ({r.stderr.strip()}): needs root in a privileged machine")
        points.append(point)
        return point

    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a read-only or a full file system needs root")
    yield mount
    for point in reversed(points):
        with contextlib.suppress(Exception):
            subprocess.run(["umount", "-l", point], capture_output=True)


@pytest.mark.parametrize("command", ["export", "report", "template", "backup"])
def test_a_read_only_disk_exits_2(home, tmp_path, mounted, command):
    source = tmp_path / "src"
    source.mkdir()
    point = mounted("--bind", source)
    r = subprocess.run(["mount", "-o", "remount,bind,ro", point], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot remount read-only: {r.stderr.strip()}")
    target = point if command == "backup" else point / "x.xlsx"
    r = run("--home", home, command, target)
    assert r.returncode == 2 and "cannot write" in r.stderr, r.stdout + r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["export", "report", "template"])  # backup: trust1a (issue 9.7)
def test_a_full_disk_exits_2_and_leaves_no_partial_file(home, mounted, command):
    point = mounted("-t", "tmpfs", "-o", "size=16k", "tmpfs")
    (point / "filler").write_bytes(b"\0" * 12_000)  # what is left is too small for any of them
    target = point if command == "backup" else point / "x.xlsx"
    r = run("--home", home, command, target)
    assert r.returncode == 2 and "disk is full" in r.stderr, r.stdout + r.stderr
    assert sorted(p.name for p in point.iterdir()) == ["filler"], "no partial file left behind"


def test_the_self_test_result_never_lands_on_the_data(home):
    before = database_files(home)
    r = run("--home", home, "--self-test", "--self-test-output", home / "fieldapp.sqlite3")
    assert r.returncode == 2 and "database" in r.stderr, r.stdout + r.stderr
    assert database_files(home) == before
