"""Who an office's report expects to report (finding 10): the coordinator's office, known from the files
it sent (Metadata `role = coordinator`), is not an office that failed to report when it logs nothing."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.cli.test_cli import run


def _init(home: Path, office: str, region: str, *extra: str) -> None:
    r = run("--home", str(home), "init", "--office", office, "--office-name", office, "--region", region,
            "--training", *extra)  # fmt: skip
    assert r.returncode == 0, r.stderr


def _overview(path: Path) -> str:
    ws = load_workbook(path)["Overview"]
    label = "Offices reporting in the period"
    return next(str(r[1]) for r in ws.iter_rows(values_only=True) if r[0] == label)


def _offices(path: Path) -> list[str]:
    ws = load_workbook(path)["Offices"]
    return [str(r[0]) for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]


def test_an_office_s_report_does_not_expect_the_coordinator_that_logs_nothing(tmp_path):
    co, ala = tmp_path / "co", tmp_path / "ala"
    _init(co, "KZ-CO", "KZ-71", "--role", "coordinator")
    _init(ala, "ALA-01", "KZ-75")
    assert run("--home", str(ala), "demo", "--records", "5", "--seed", "1").returncode == 0
    assert run("--home", str(ala), "export", str(tmp_path / "a0.xlsx")).returncode == 0
    assert run("--home", str(co), "import", str(tmp_path / "a0.xlsx")).returncode == 0
    back = tmp_path / "back.xlsx"
    assert run("--home", str(co), "export", "--office", "ALA-01", str(back)).returncode == 0
    assert run("--home", str(ala), "import", str(back)).returncode == 0
    report = tmp_path / "ala.xlsx"
    r = run("--home", str(ala), "report", str(report), "--language", "en")
    assert r.returncode == 0, r.stderr
    assert _overview(report).startswith("1 of 1 expected")
    assert "KZ-CO" not in _offices(report)
    # at the coordinator, the office that sent its workbook is expected as before
    r = run("--home", str(co), "report", str(tmp_path / "co.xlsx"), "--language", "en")
    assert r.returncode == 0 and _overview(tmp_path / "co.xlsx").startswith("1 of 1 expected")


def test_a_coordinator_that_logs_activities_of_its_own_is_an_office_like_any_other(tmp_path):
    co, ala = tmp_path / "co", tmp_path / "ala"
    _init(co, "KZ-CO", "KZ-71", "--role", "coordinator")
    _init(ala, "ALA-01", "KZ-75")
    assert run("--home", str(co), "demo", "--records", "3", "--seed", "2").returncode == 0
    assert run("--home", str(co), "export", str(tmp_path / "co.xlsx")).returncode == 0
    assert run("--home", str(ala), "import", str(tmp_path / "co.xlsx")).returncode == 0
    report = tmp_path / "ala.xlsx"
    assert run("--home", str(ala), "report", str(report), "--language", "en").returncode == 0
    assert "KZ-CO" in _offices(report)
