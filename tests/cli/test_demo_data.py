"""Demo data for training (outside tester): several training offices' demo records never share IDs, and
the demo is the 2020 campaign whatever today's date. Real `fieldapp` processes and real workbooks."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from fieldapp.services.demo import iter_demo_records
from tests.cli.test_training import count, init, run


def _rows(home: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(home / "fieldapp.sqlite3")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_training_offices_with_the_same_seed_send_a_coordinator_all_their_records(tmp_path):
    exports = []
    for office in ("ALA-01", "AST-01", "SHY-01"):
        home = tmp_path / office
        assert init(home, "--training", office=office).returncode == 0
        assert run("--home", home, "demo", "--records", "40").returncode == 0  # the default seed, 1
        exports.append(tmp_path / f"{office}.xlsx")
        assert run("--home", home, "export", exports[-1]).returncode == 0
    coordinator = tmp_path / "coordinator"
    assert init(coordinator, "--training", "--role", "coordinator", office="UNICEF-KZ").returncode == 0
    r = run("--home", coordinator, "import", *exports)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "inserted 120" in r.stdout, r.stdout
    assert count(coordinator) == 120
    offices = _rows(coordinator, "SELECT office, COUNT(*) FROM activity GROUP BY office ORDER BY office")
    assert offices == [("ALA-01", 40), ("AST-01", 40), ("SHY-01", 40)]


def test_the_same_installation_and_seed_give_the_same_records_and_another_installation_other_ids():
    def ids(device):
        return [r.uuid for r in iter_demo_records(50, 1, "ALA-01", device, date(2020, 12, 31))]

    assert ids("device-a") == ids("device-a")
    assert not set(ids("device-a")) & set(ids("device-b"))
    same = [r.as_dict() for r in iter_demo_records(5, 1, "ALA-01", "device-a", date(2020, 12, 31))]
    other = [r.as_dict() for r in iter_demo_records(5, 1, "ALA-01", "device-b", date(2020, 12, 31))]
    strip = ("uuid", "origin_device", "updated_device")
    assert [{k: v for k, v in d.items() if k not in strip} for d in same] == [
        {k: v for k, v in d.items() if k not in strip} for d in other
    ]  # the same story, told under other IDs


def test_demo_records_are_the_2020_campaign_by_default(tmp_path):
    home = tmp_path / "t"
    assert init(home, "--training").returncode == 0
    assert run("--home", home, "demo", "--records", "600").returncode == 0
    first, last = _rows(home, "SELECT MIN(start_date), MAX(start_date) FROM activity")[0]
    assert str(first) >= "2020-03-01" and str(last) <= "2020-12-31", (first, last)
    [(latest_end,)] = _rows(home, "SELECT MAX(end_date) FROM activity")
    assert latest_end is None or str(latest_end) <= "2021-01-06"


def test_demo_takes_another_period_when_told(tmp_path):
    home = tmp_path / "t"
    assert init(home, "--training").returncode == 0
    r = run("--home", home, "demo", "--records", "200", "--from", "2021-01-01", "--to", "2021-06-30")
    assert r.returncode == 0, r.stdout + r.stderr
    first, last = _rows(home, "SELECT MIN(start_date), MAX(start_date) FROM activity")[0]
    assert str(first) >= "2021-01-01" and str(last) <= "2021-06-30", (first, last)
    bad = run("--home", home, "demo", "--records", "5", "--from", "2021-06-30", "--to", "2021-01-01")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    assert count(home) == 200


def test_demo_twice_in_one_installation_adds_both_runs(tmp_path):
    home = tmp_path / "t"
    assert init(home, "--training").returncode == 0
    for _ in range(2):  # the same seed again: once an internal error (the same IDs twice)
        r = run("--home", home, "demo", "--records", "30")
        assert r.returncode == 0, r.stdout + r.stderr
    assert count(home) == 60
