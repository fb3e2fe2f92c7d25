"""Targets (issue 14 §5): a coordinator plans per kind × region × period, typed or from a Targets sheet,
and sees planned against achieved — on the command line, in the report and on the dashboard."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from fieldapp.domain.errors import BadInput
from fieldapp.services import exchange as ex
from fieldapp.services import targets
from fieldapp.storage import Store
from fieldapp.storage.migrations import _MODULES, LATEST
from tests.cli.test_cli import run
from tests.conftest import make_activity
from tests.storage.test_migrations import make_v1_database

Q2 = (date(2020, 4, 1), date(2020, 6, 30))


def _target(**kw) -> dict:
    row = {"kind": "leaflets", "region": "KZ-75", "date_from": Q2[0], "date_to": Q2[1],
           "measure": "people_reached", "planned": 1000}  # fmt: skip
    return {**row, **kw}


def test_the_migration_numbers_may_have_a_gap_and_an_older_database_gets_the_targets_table(tmp_path):
    numbers = [n for n, _m in _MODULES]
    assert numbers == sorted(numbers) and 6 in numbers and max(numbers) == LATEST
    assert numbers != list(range(1, LATEST + 1))  # numbers are reserved per line of work: there are gaps
    path = tmp_path / "fieldapp.sqlite3"
    make_v1_database(path)  # an older installation's database, before targets existed
    with Store(path, backup_dir=tmp_path / "b") as store:
        assert store.schema_version() == LATEST
        assert store.db.table_exists("target")
        assert store.last_migration_backup is not None


def test_planned_against_achieved_counts_the_targets_own_period_kind_and_region(workspace):
    def rec(activity):
        workspace.records.create(activity.copy(children_reached=0))

    rec(make_activity(kind="leaflets", region="KZ-75", start_date=date(2020, 5, 1), people_reached=300))
    rec(make_activity(kind="leaflets", region="KZ-75", start_date=date(2020, 6, 30), people_reached=200))
    rec(make_activity(kind="leaflets", region="KZ-75", start_date=date(2020, 7, 1), people_reached=999))
    rec(make_activity(kind="leaflets", region="KZ-71", start_date=date(2020, 5, 1), people_reached=999))
    rec(make_activity(kind="posters", region="KZ-75", start_date=date(2020, 5, 1), people_reached=999))
    targets.set_targets(workspace, [_target(), _target(region="", planned=2000)])
    [national, almaty] = sorted(targets.progress(workspace, *Q2), key=lambda t: t.region)
    assert (almaty.planned, almaty.achieved, almaty.percent) == (1000, 500, 50.0)
    assert (national.planned, national.achieved) == (2000, 1499)
    assert targets.progress(workspace, date(2021, 1, 1), date(2021, 12, 31)) == []  # no overlap, not shown
    targets.set_targets(workspace, [_target(planned=800)])  # the same key changes the figure
    assert [t.planned for t in targets.progress(workspace, *Q2) if t.region] == [800]
    targets.set_targets(workspace, [_target(planned=None)])  # None removes it
    assert [t.region for t in targets.progress(workspace, *Q2)] == [""]


@pytest.mark.parametrize(
    ("change", "message"),
    [({"kind": "rockets"}, "unknown activity kind"), ({"region": "Narnia"}, "unknown region"),
     ({"measure": "volunteers"}, "does not record"), ({"date_to": date(2020, 3, 1)}, "ends"),
     ({"planned": "1,000"}, "whole number"), ({"planned": -5}, "whole number"),
     ({"date_from": "31.12.2020"}, "not a date")],
)  # fmt: skip
def test_a_wrong_target_is_refused_with_its_reason_and_nothing_is_written(workspace, change, message):
    with pytest.raises(BadInput, match=message):
        targets.set_targets(workspace, [_target(kind="posters"), _target(**change)])
    assert targets.list_targets(workspace) == []


def test_old_region_names_are_accepted_in_a_target(workspace):
    targets.set_targets(workspace, [_target(region="Нур-Султан")])
    assert targets.list_targets(workspace)[0]["region"] == "KZ-71"


def test_a_targets_workbook_round_trips_and_a_bad_row_is_named(workspace, tmp_path):
    targets.set_targets(workspace, [_target(), _target(kind="posters", planned=5)])
    path = targets.write_template(workspace, tmp_path / "targets.xlsx", "kk")
    wb = load_workbook(path)
    ws = wb["Targets"]
    assert ws["A1"].value == "Іс-шара коды" and ws["F2"].value == "#indicator+num+planned"
    ws.append(["workshop", "Шымкент", date(2020, 4, 1), date(2020, 12, 31), "sessions", 40])
    wb.save(path)
    targets.set_targets(workspace, [_target(planned=None), _target(kind="posters", planned=None)])
    assert targets.import_workbook(workspace, path) == (3, 0)
    assert {(t["kind"], t["region"], t["planned"]) for t in targets.list_targets(workspace)} == {
        ("leaflets", "KZ-75", 1000), ("posters", "KZ-75", 5), ("workshop", "KZ-79", 40)}  # fmt: skip
    ws.append(["workshop", "KZ-79", date(2020, 4, 1), date(2020, 12, 31), "sessions", "many"])
    wb.save(path)
    with pytest.raises(BadInput, match="Targets row 6: the planned figure"):
        targets.import_workbook(workspace, path)


def test_the_report_shows_planned_against_achieved_with_percentages(workspace, tmp_path):
    workspace.records.create(
        make_activity(start_date=date(2020, 5, 1), people_reached=250, children_reached=9)
    )
    targets.set_targets(workspace, [_target()])
    wb = load_workbook(ex.write_report(workspace, tmp_path / "r.xlsx", *Q2, language="ru"))
    ws = wb["Цели"]
    assert ws["A2"].value == "Период: 2020-04-01 – 2020-06-30"
    row = [c for c in ws[8]]
    assert [c.value for c in row[:2]] == ["Распространение листовок", "г. Алматы"]
    assert (row[5].value, row[6].value, row[7].value, row[7].number_format) == (1000, 250, 0.25, "0%")


def test_targets_from_the_command_line(tmp_path):
    home = str(tmp_path / "h")
    assert (
        run(
            "--home", home, "init", "--office", "KZ-CO", "--office-name", "CO", "--region", "KZ-71"
        ).returncode
        == 0
    )
    ok = run("--home", home, "targets", "set", "leaflets", "--region", "KZ-75", "--from", "2020-04-01",
             "--to", "2020-06-30", "--measure", "people_reached", "--planned", "1000")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    listed = run("--home", home, "targets", "list")
    assert "planned        1,000  achieved            0  0%" in listed.stdout
    bad = run("--home", home, "targets", "set", "leaflets", "--from", "2020-04-01", "--to", "2020-06-30",
              "--measure", "people_reached", "--planned", "1,000")  # fmt: skip
    assert bad.returncode == 2 and "whole number" in bad.stderr and "Traceback" not in bad.stderr
    missing = run("--home", home, "targets", "import", str(tmp_path / "nope.xlsx"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_a_year_target_in_a_quarter_report_counts_achieved_within_the_quarter(workspace, tmp_path):
    """Issue 14 retest: the Targets sheet was headed with the report's period but counted each target's own
    period. Achieved now counts the part of the target's period inside the report's period, the row shows
    those dates, and a note on the sheet says so."""
    made = [(date(2020, 1, 15), 111), (date(2020, 4, 1), 300), (date(2020, 6, 30), 200),
            (date(2020, 7, 1), 999), (date(2020, 12, 31), 77)]  # fmt: skip
    for start, people in made:
        workspace.records.create(make_activity(start_date=start, people_reached=people, children_reached=0))
    year = (date(2020, 1, 1), date(2020, 12, 31))
    may_on = (date(2020, 5, 1), date(2021, 3, 31))  # begins inside the quarter, ends after it
    targets.set_targets(workspace, [
        _target(date_from=year[0], date_to=year[1], planned=4000),
        _target(date_from=may_on[0], date_to=may_on[1], planned=100),
    ])  # fmt: skip

    def within(lo, hi):  # independent of fieldapp's totals
        return sum(p for d, p in made if lo <= d <= hi)

    rows = {t.date_from: t for t in targets.progress(workspace, *Q2)}
    assert (rows[year[0]].achieved, rows[year[0]].counted_from, rows[year[0]].counted_to) == (
        within(*Q2),
        *Q2,
    )
    assert (rows[may_on[0]].achieved, rows[may_on[0]].counted_from, rows[may_on[0]].counted_to) == (
        within(may_on[0], Q2[1]),
        may_on[0],
        Q2[1],
    )
    everything = {t.date_from: t for t in targets.progress(workspace)}  # no period: the target's own
    assert everything[year[0]].achieved == within(*year) and everything[year[0]].counted_to == year[1]

    ws = load_workbook(ex.write_report(workspace, tmp_path / "r.xlsx", *Q2, language="en"))["Targets"]
    notes = " ".join(str(ws.cell(row=r, column=1).value) for r in range(3, 7))
    assert "inside the report's period" in notes
    heads = [c.value for c in ws[7]]
    counted = heads.index("Achieved counted for")
    table = {row[2].value.date(): row for row in ws.iter_rows(min_row=8) if row[0].value}
    assert table[year[0]][heads.index("Achieved")].value == within(*Q2) == 500
    assert table[year[0]][counted].value == "2020-04-01 – 2020-06-30"
    assert table[may_on[0]][heads.index("Achieved")].value == within(may_on[0], Q2[1]) == 200
    assert table[may_on[0]][counted].value == "2020-05-01 – 2020-06-30"
    ru = load_workbook(ex.write_report(workspace, tmp_path / "r.xlsx", *Q2, language="ru"))["Цели"]
    assert "внутри периода отчёта" in " ".join(str(ru.cell(row=r, column=1).value) for r in range(3, 7))


def test_a_targets_workbook_with_two_rows_for_one_target_is_refused_naming_both_rows(workspace, tmp_path):
    """Issue 14 retest: two rows with the same kind × region × period × measure were both imported and the
    last silently won. The whole file is refused and both rows are named; nothing is written."""
    path = targets.write_template(workspace, tmp_path / "targets.xlsx", "en")
    wb = load_workbook(path)
    ws = wb["Targets"]
    ws.append(["leaflets", "KZ-75", date(2020, 4, 1), date(2020, 6, 30), "people_reached", 1000])  # row 3
    ws.append(["posters", "KZ-75", date(2020, 4, 1), date(2020, 6, 30), "people_reached", 10])  # row 4
    ws.append(["leaflets", "г. Алматы", date(2020, 4, 1), date(2020, 6, 30), "people_reached", 2000])  # 5
    wb.save(path)
    with pytest.raises(BadInput, match=r"Targets rows 3 and 5 .*same target"):
        targets.import_workbook(workspace, path)
    assert targets.list_targets(workspace) == []
    wb = load_workbook(path)
    wb["Targets"]["B5"].value = "KZ-71"  # another region: a different target
    wb.save(path)
    assert targets.import_workbook(workspace, path) == (3, 0)


def test_targets_are_checked_against_the_installation_s_reference_data(tmp_path):
    """A kind the coordinator added is a kind; a measure the coordinator took off a kind is not its measure
    any more — on `targets set` and `targets import`, as a user runs them."""
    from fieldapp.paths import Paths
    from fieldapp.services import reference as rd
    from fieldapp.services.workspace import Workspace

    home = tmp_path / "co"
    made = run("--home", str(home), "init", "--office", "KZ-CO", "--office-name", "CO", "--region", "KZ-71",
               "--role", "coordinator")  # fmt: skip
    assert made.returncode == 0, made.stderr
    with Workspace(Paths(home)) as ws:
        names = {"en": "Peer mentoring", "ru": "Наставничество", "kk": "Тәлімгерлік"}
        rd.add_kind(ws, "peer_mentoring", names, ["sessions", "people_reached"])
        posters = next(k for k in rd.current_data(ws)["kinds"] if k["code"] == "posters")
        names = {lang: posters[lang] for lang in ("en", "ru", "kk")}
        rd.add_kind(ws, "posters", names, ["sites_covered", "people_reached"])  # no items_distributed now
    year = ("--from", "2020-01-01", "--to", "2020-12-31")
    added = run("--home", str(home), "targets", "set", "peer_mentoring", *year, "--measure", "sessions",
                "--planned", "10")  # fmt: skip
    assert added.returncode == 0, added.stderr
    removed = run("--home", str(home), "targets", "set", "posters", *year, "--measure", "items_distributed",
                  "--planned", "3000")  # fmt: skip
    assert removed.returncode == 2 and "posters does not record items_distributed" in removed.stderr
    assert "Traceback" not in removed.stderr
    book = tmp_path / "targets.xlsx"
    assert run("--home", str(home), "targets", "template", str(book)).returncode == 0
    wb = load_workbook(book)
    lists = " ".join(str(v) for row in wb["Lists"].iter_rows(values_only=True) for v in row if v)
    assert "peer_mentoring" in lists
    year_dates = (date(2020, 1, 1), date(2020, 12, 31))
    wb["Targets"].append(["peer_mentoring", "KZ-75", *year_dates, "people_reached", 90])
    wb.save(book)
    took = run("--home", str(home), "targets", "import", str(book))
    assert took.returncode == 0, took.stderr
    wb["Targets"].append(["posters", "", *year_dates, "items_distributed", 3000])
    wb.save(book)
    refused = run("--home", str(home), "targets", "import", str(book))
    assert refused.returncode == 2 and "does not record items_distributed" in refused.stderr
    listed = run("--home", str(home), "targets", "list", "--json").stdout
    assert "peer_mentoring" in listed and "items_distributed" not in listed
