"""The report a programme officer reads (issue 14): every sheet for the period and saying so, breakdowns,
"not applicable" not 0, thousands separators, the counting method, offices reporting, and the map.

The numbers are checked against sums computed here, straight from the five offices' exchange workbooks
read with openpyxl, not through fieldapp's own totals code.
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from fieldapp.services import demo
from fieldapp.services import exchange as ex
from tests.conftest import make_activity

MEASURE_TAGS = {
    "items_distributed": "#output+num+items",
    "sites_covered": "#output+num+sites",
    "sessions": "#output+num+sessions",
    "volunteers": "#output+num+volunteers",
    "volunteer_hours": "#output+num+hours+volunteers",
    "people_reached": "#reached+ind",
    "children_reached": "#reached+ind+children",
}
MEASURES = list(MEASURE_TAGS)
PERIOD = (date(2020, 4, 1), date(2020, 6, 30))
OFFICES = [("ALA-01", "KZ-75", 11), ("AST-01", "KZ-71", 12), ("SHY-01", "KZ-79", 13),
           ("KRG-01", "KZ-35", 14), ("PVL-01", "KZ-55", 15)]  # fmt: skip


def _source_rows(path) -> list[dict]:
    """The records of an exchange workbook, read by HXL tag (row 2), one dict per row from row 3."""
    ws = load_workbook(path, read_only=True)["Activities"]
    rows = ws.iter_rows(values_only=True)
    next(rows)
    tags = list(next(rows))
    out = []
    for values in rows:
        d = dict(zip(tags, values, strict=False))
        if d.get("#meta+id"):
            out.append(d)
    return out


def _independent_sums(files) -> dict[str, dict[tuple, dict]]:
    """Record counts and measure sums per breakdown, from the workbooks alone (None where no value)."""
    sums: dict[str, dict[tuple, dict]] = defaultdict(lambda: defaultdict(lambda: {"records": 0}))
    for path in files:
        for d in _source_rows(path):
            if str(d["#meta+deleted"]) in ("1", "True"):
                continue
            start = d["#date+start"]
            start = start.date() if isinstance(start, datetime) else date.fromisoformat(str(start)[:10])
            if not PERIOD[0] <= start <= PERIOD[1]:
                continue
            keys = {
                "office": [(d["#org+code+reporting"],)],
                "region": [(d["#adm1+code"],)],
                "kind": [(d["#activity+code"],)],
                "region_kind": [(d["#adm1+code"], d["#activity+code"])],
                "target_group": [(g,) for g in (d["#beneficiary+code"] or "").split()],
                "language": [(d["#output+lang+code"] or "",)],
                "partner": [(p.strip(),) for p in (d["#org+name+impl"] or "").split(";") if p.strip()],
                "site_type": [(d["#loc+type+code"] or "",)],
                "month": [(start.isoformat()[:7],)],
                "total": [()],
            }
            for name, ks in keys.items():
                for k in ks:
                    s = sums[name][k]
                    s["records"] += 1
                    for m, tag in MEASURE_TAGS.items():
                        v = d.get(tag)
                        if v not in (None, ""):
                            s[m] = (s.get(m) or 0) + int(v)
                        else:
                            s.setdefault(m, None)
    return sums


def _sheet_rows(ws, keys: int) -> tuple[dict[tuple, dict], dict]:
    """A breakdown sheet's rows by the codes in its last column, and its total row."""
    heads = [c.value for c in ws[7]]
    assert heads[-1] in ("Code", "Код", "Коды")
    rows, total = {}, None
    for values in ws.iter_rows(min_row=8, values_only=True):
        if values[0] is None:
            break
        numbers = values[keys : keys + 1 + len(MEASURES)]
        values_by_measure = zip(MEASURES, numbers[1:], strict=True)
        d = {"records": numbers[0], **{m: (None if v == "—" else v) for m, v in values_by_measure}}
        if values[0] in ("Total", "Итого", "Барлығы"):
            total = d
        else:
            rows[tuple(str(values[-1]).split(" / ")) if keys else ()] = d
    return rows, total


@pytest.fixture(scope="module")
def five_offices(tmp_path_factory):
    """Five offices' workbooks (demo data, one with several partners), imported by a coordinator."""
    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    tmp = tmp_path_factory.mktemp("five")
    files = []
    for office, region, seed in OFFICES:
        ws = Workspace(Paths(tmp / office))
        installation.configure(ws.store, office, f"{office} office", region, "ru")
        demo.generate(ws.store, 500, seed=seed, end=date(2020, 12, 31))
        several = make_activity(office=office, region=region, start_date=date(2020, 5, 5), people_reached=77,
                                children_reached=7, partners="Казпочта; ЮНИСЕФ, Казахстан")  # fmt: skip
        ws.records.create(several)
        path = tmp / f"{office}.xlsx"
        ex.export_workbook(ws, path)
        files.append(path)
        ws.close()
    late = Workspace(Paths(tmp / "URA-01"))  # an expected office with nothing in the period
    installation.configure(late.store, "URA-01", "Uralsk", "KZ-27", "ru")
    late.records.create(make_activity(office="URA-01", region="KZ-27", start_date=date(2021, 2, 1)))
    ex.export_workbook(late, tmp / "URA-01.xlsx")
    late.close()
    coord = Workspace(Paths(tmp / "coordinator"))
    installation.configure(coord.store, "KZ-CO", "Country office", "KZ-71", "en", role="coordinator")
    ex.commit_import(coord, [*files, tmp / "URA-01.xlsx"])
    yield coord, files, tmp
    coord.close()


@pytest.mark.parametrize("language", ["en", "kk"])
def test_every_report_number_matches_sums_computed_from_the_source_workbooks(five_offices, language):
    coord, files, tmp = five_offices
    path = ex.write_report(coord, tmp / f"report-{language}.xlsx", *PERIOD, language=language)
    expected = _independent_sums(files)
    wb = load_workbook(path)
    sheets = wb.sheetnames
    # Overview, Offices, then the breakdowns in this order
    names = [
        "office",
        "region",
        "kind",
        "region_kind",
        "target_group",
        "language",
        "partner",
        "site_type",
        "month",
    ]
    for i, name in enumerate(names):
        keys = 2 if name == "region_kind" else 1
        rows, total = _sheet_rows(wb[sheets[2 + i]], keys)
        for key in expected[name]:
            assert rows.get(key) == expected[name][key], (name, key)
        assert set(rows) == set(expected[name]), name
        assert total == expected["total"][()], name
    assert ("Казпочта",) in expected["partner"] and ("ЮНИСЕФ, Казахстан",) in expected["partner"]


def test_every_sheet_states_the_period_and_a_period_report_does_not_contradict_itself(five_offices):
    coord, _files, tmp = five_offices
    path = ex.write_report(coord, tmp / "report.xlsx", *PERIOD, language="en")
    wb = load_workbook(path)
    overview = wb["Overview"]
    assert overview["B2"].value == "2020-04-01 – 2020-06-30"
    for ws in wb.worksheets:
        if ws.title != "Lists":
            assert "2020-04-01 – 2020-06-30" in " ".join(str(c.value) for c in (ws["A2"], ws["B2"])), ws.title
    offices = {
        r[0]: r for r in wb["Offices"].iter_rows(min_row=8, values_only=True) if r[0] and r[1] is not None
    }
    by_office, _ = _sheet_rows(wb["By office"], 1)
    for office, _region, _seed in OFFICES:
        assert offices[office][1] == by_office[(office,)]["records"]  # the same count on both sheets
        assert offices[office][7] > offices[office][1]  # all dates, shown as such
    assert offices["URA-01"][1] == 0 and offices["URA-01"][5] == "no"
    assert "KZ-CO" not in offices  # the coordinator logs nothing and is not expected to


def test_not_applicable_is_a_dash_and_numbers_carry_thousands_separators(five_offices):
    coord, _files, tmp = five_offices
    wb = load_workbook(ex.write_report(coord, tmp / "r.xlsx", *PERIOD, language="ru"))
    ws = wb["По мероприятиям"]
    heads = [c.value for c in ws[7]]
    volunteers = heads.index("Волонтёров")
    rows = {r[-1]: r for r in ws.iter_rows(min_row=8, values_only=True) if r[0]}
    assert rows["leaflets"][volunteers] == "—"  # leaflets do not count volunteers: not 0
    assert isinstance(rows["volunteers"][volunteers], int)
    numeric = [c for row in ws.iter_rows(min_row=8) for c in row if isinstance(c.value, int)]
    assert numeric and all(c.number_format == "#,##0" for c in numeric)
    assert "—" in ws["A4"].value  # the dash is explained on the sheet


def test_the_overview_states_the_method_and_the_share_of_offices_reporting(five_offices):
    coord, _files, tmp = five_offices
    wb = load_workbook(ex.write_report(coord, tmp / "r.xlsx", *PERIOD, language="en"))
    text = " ".join(str(c.value) for row in wb["Overview"].iter_rows(max_row=10) for c in row if c.value)
    assert "not a count of unique people" in text
    assert "5 of 6 expected (83%)" in text
    kk = load_workbook(ex.write_report(coord, tmp / "r.xlsx", *PERIOD, language="kk"))["Шолу"]
    assert "бірегей адамдар саны емес" in " ".join(
        str(c.value) for row in kk.iter_rows(max_row=10) for c in row
    )


def test_the_report_workbook_carries_the_map_picture(five_offices):
    coord, _files, tmp = five_offices
    path = ex.write_report(coord, tmp / "r.xlsx", *PERIOD, language="en")
    with zipfile.ZipFile(path) as z:
        pictures = [n for n in z.namelist() if n.startswith("xl/media/")]
        assert len(pictures) == 1
        assert z.read(pictures[0])[:8] == b"\x89PNG\r\n\x1a\n"
        assert len([n for n in z.namelist() if n.startswith("xl/charts/chart")]) == 4


def _range(text: str) -> tuple[int, int]:
    lo, hi = (int("".join(ch for ch in part if ch.isdigit())) for part in text.split("–"))
    return lo, hi


def test_the_map_legend_shows_for_each_range_the_colour_its_regions_are_painted(five_offices):
    """Issue 14 retest: each legend row showed the next class's colour and ranges overlapped at their ends.
    Here every region's value (from the sheet's own table) falls in exactly one legend row, and a region
    painted in the picture at its label point has that row's colour."""
    from fieldapp.domain.geo import label_points
    from fieldapp.domain.reference import reference
    from fieldapp.exchange.mappng import pixel

    coord, _files, tmp = five_offices
    path = ex.write_report(coord, tmp / "legend.xlsx", *PERIOD, language="en")
    ws = load_workbook(path)["Overview"]
    names = {r.name("en"): r.code for r in reference().regions}
    values = {}
    for row in ws.iter_rows(min_col=1, max_col=2):
        if row[0].value in names:
            values[names[row[0].value]] = row[1].value if isinstance(row[1].value, int) else None
    assert len(values) == 20
    legend = [(_range(c.value), c.fill.fgColor.rgb[-6:]) for c in ws["D"]
              if isinstance(c.value, str) and "–" in c.value]  # fmt: skip
    assert len(legend) >= 2
    for (_lo, hi), ((lo2, _hi2), _c) in zip([r for r, _c in legend], legend[1:], strict=False):
        assert lo2 == hi + 1, legend
    assert len({c for _r, c in legend}) == len(legend)  # no two rows alike
    with zipfile.ZipFile(path) as z:
        png = z.read(next(n for n in z.namelist() if n.startswith("xl/media/")))
    for code, (x, y) in label_points(600, 350).items():
        if values[code] is None:
            continue
        rows = [c for (lo, hi), c in legend if lo <= values[code] <= hi]
        assert len(rows) == 1, (code, values[code], legend)
        assert "{:02X}{:02X}{:02X}".format(*pixel(png, int(x), int(y))) == rows[0], code
