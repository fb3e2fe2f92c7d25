"""Since-last per scope (outside tester's finding 2): a coordinator's `export --office CODE` sends one
office its records; it must not move the whole-set "since last" marker, and `--office X --since-last`
covers X's changes not yet sent to X.

Real `fieldapp` processes against real homes and real workbooks.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def run(*args) -> subprocess.CompletedProcess:
    r = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    return r


def ok(*args) -> str:
    r = run(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def exported(home: Path, path: Path, *scope: str) -> int:
    """Export with `scope` and return how many records the file holds."""
    out = ok("--home", home, "export", path, *scope)
    return int(re.search(r"exported (\d+) records", out).group(1))


def office(tmp_path: Path, code: str, region: str, seed: int) -> Path:
    home = tmp_path / code
    ok("--home", home, "init", "--training", "--office", code, "--office-name", code, "--region", region)
    ok("--home", home, "demo", "--records", "3", "--seed", str(seed))
    return home


def test_an_office_export_leaves_the_whole_set_marker_where_it_was(tmp_path):
    co = tmp_path / "co"
    ok("--home", co, "init", "--training", "--role", "coordinator", "--office", "KZ-CO",
       "--office-name", "Coord", "--region", "KZ-71")  # fmt: skip
    ala = office(tmp_path, "ALA-01", "KZ-75", 1)
    ast = office(tmp_path, "AST-01", "KZ-71", 2)
    for home in (ala, ast):
        ok("--home", home, "export", "--since-last", tmp_path / f"{home.name}-0.xlsx")
        ok("--home", co, "import", tmp_path / f"{home.name}-0.xlsx")
    assert exported(co, tmp_path / "base.xlsx", "--since-last") == 6

    # both offices log more; the coordinator receives it
    for home, seed in ((ala, 3), (ast, 4)):
        ok("--home", home, "demo", "--records", "2", "--seed", str(seed))
        assert exported(home, tmp_path / f"{home.name}-1.xlsx", "--since-last") == 2
        ok("--home", co, "import", tmp_path / f"{home.name}-1.xlsx")

    # the coordinator sends ALA-01 its records, then makes its since-last for the whole set
    assert exported(co, tmp_path / "to-ala.xlsx", "--office", "ALA-01", "--since-last") == 5
    assert exported(co, tmp_path / "to-ala-again.xlsx", "--office", "ALA-01", "--since-last") == 0
    assert exported(co, tmp_path / "everything.xlsx", "--since-last") == 4  # both offices' new records
    assert exported(co, tmp_path / "nothing.xlsx", "--since-last") == 0
    # nothing was ever sent to AST-01: all its records are "not yet sent to it"
    assert exported(co, tmp_path / "to-ast.xlsx", "--office", "AST-01", "--since-last") == 5

    # a full export to one office counts as sent to that office, and only to it
    ok("--home", ala, "demo", "--records", "1", "--seed", "5")
    ok("--home", ala, "export", "--since-last", tmp_path / "ala-2.xlsx")
    ok("--home", co, "import", tmp_path / "ala-2.xlsx")
    assert exported(co, tmp_path / "full-ast.xlsx", "--office", "AST-01") == 5
    assert exported(co, tmp_path / "to-ast-2.xlsx", "--office", "AST-01", "--since-last") == 0
    assert exported(co, tmp_path / "to-ala-2.xlsx", "--office", "ALA-01", "--since-last") == 1
    assert exported(co, tmp_path / "everything-2.xlsx", "--since-last") == 1


def test_exports_logged_before_schema_12_still_count_for_the_whole_set(tmp_path):
    """An installation upgraded from before the scopes keeps its marker: old exports are whole-set ones."""
    from peewee import SqliteDatabase

    from fieldapp.storage import Store
    from fieldapp.storage.migrations import LATEST, m001_initial, m002_exchange_logs

    path = tmp_path / "fieldapp.sqlite3"
    db = SqliteDatabase(str(path))
    db.connect()
    m001_initial.apply(db)
    m002_exchange_logs.apply(db)
    db.execute_sql("INSERT INTO meta(key, value) VALUES ('app', 'fieldapp'), ('schema_version', '2')")
    db.execute_sql(
        "INSERT INTO export_log (file_name, scope, record_count, sha256, exported_at, max_seq)"
        " VALUES ('old.xlsx', 'since_last', 3, '', 1700000000000, 7)"
    )
    db.close()
    with Store(path, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version() == LATEST
        last = store.logs.last_counted_export()
        assert (last.file_name, last.max_seq, last.for_office) == ("old.xlsx", 7, "")
        assert store.logs.last_counted_export("ALA-01") is None


def test_an_empty_or_malformed_office_code_is_a_usage_error(tmp_path):
    """`--office "$CODE"` with an empty variable must not send one office the whole set."""
    co = tmp_path / "co"
    ok("--home", co, "init", "--training", "--role", "coordinator", "--office", "KZ-CO",
       "--office-name", "Coord", "--region", "KZ-71")  # fmt: skip
    ok("--home", co, "demo", "--records", "2")
    for code in ("", "  ", "ALA 01"):
        r = run("--home", co, "export", "--office", code, tmp_path / "x.xlsx")
        assert r.returncode == 2, (code, r.stdout + r.stderr)
        assert "office code" in r.stderr
        assert not (tmp_path / "x.xlsx").exists()
    assert exported(co, tmp_path / "since.xlsx", "--since-last") == 2  # no export was logged
