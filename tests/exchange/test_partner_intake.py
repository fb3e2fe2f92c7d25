"""Partners' spreadsheets read forgivingly (issue 15): target-group lists whose names hold commas, stable
row ids in the template so a corrected re-send updates, and drop-downs that offer names, not codes."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from openpyxl import Workbook, load_workbook

from fieldapp.domain.reference import reference
from fieldapp.exchange.columns import parse_codes
from fieldapp.services import exchange as ex


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("Дети, затронутые миграцией; Беженцы", ("migrant_children", "refugees")),
        ("Беженцы; Дети, затронутые миграцией", ("refugees", "migrant_children")),
        ("Дети, затронутые миграцией", ("migrant_children",)),
        ("Дети, затронутые миграцией, Беженцы", ("migrant_children", "refugees")),
        (
            "Беженцы, Дети, затронутые миграцией, Родители и опекуны",
            ("refugees", "migrant_children", "parents"),
        ),
        ("Дети, затронутые миграцией\nПодростки и молодёжь", ("migrant_children", "youth")),
        ("parents; youth", ("parents", "youth")),
        ("parents youth", ("parents", "youth")),
        ("Children affected by migration, Refugees", ("migrant_children", "refugees")),
    ],
)
def test_target_group_lists_keep_names_that_contain_commas(cell, codes):
    assert parse_codes(reference().target_groups, cell, reference()) == codes


def _partner_file(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Activities"
    ws.append(["Офис", "Мероприятие", "Дата начала", "Регион", "Охвачено людей", "Целевые группы"])
    ws.append(["#org+code+reporting", "#activity+name", "#date+start", "#adm1+name", "#reached+ind",
               "#beneficiary+code"])  # fmt: skip
    for row in rows:
        ws.append(["ALA-01", *row])
    wb.save(path)
    return path


def test_a_partner_file_listing_groups_with_commas_imports_every_row(workspace, tmp_path):
    rows = [
        ["Распространение листовок", datetime(2020, 5, 4), "Туркестанская обл.", 10 + i,
         "Дети, затронутые миграцией; Наиболее уязвимые семьи"]
        for i in range(5)
    ]  # fmt: skip
    report = ex.commit_import(workspace, [_partner_file(tmp_path / "p.xlsx", rows)])
    assert (report.inserted, report.rejected_rows) == (5, 0)
    assert {r.target_groups for r in workspace.store.records.iter_records()} == {
        ("migrant_children", "vulnerable_families")
    }


def _fill_template(path, rows):
    """Type rows into a template as a partner would: by header tag, leaving the pre-filled ids alone."""
    wb = load_workbook(path)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    for r, row in enumerate(rows, 3):
        for tag, value in row.items():
            ws.cell(row=r, column=tags.index(tag) + 1, value=value)
    wb.save(path)


def test_every_template_row_has_a_stable_pre_filled_id(tmp_path):
    a = ex.write_template(tmp_path / "a.xlsx", language="ru")
    ws = load_workbook(a)["Activities"]
    tags = [c.value for c in ws[2]]
    assert "#meta+id" in tags
    col = tags.index("#meta+id") + 1
    ids = [ws.cell(row=r, column=col).value for r in range(3, 103)]
    assert all(uuid.UUID(i) for i in ids) and len(set(ids)) == 100


def test_a_corrected_re_send_of_a_filled_template_updates_instead_of_duplicating(workspace, tmp_path):
    path = ex.write_template(tmp_path / "partner.xlsx", language="ru")
    first_rows = [
        {"#activity+code": "Распространение листовок", "#date+start": datetime(2020, 5, 4),
         "#adm1+code": "ВКО", "#reached+ind": 100, "#description": "school fair"},
        {"#activity+code": "Размещение плакатов", "#date+start": datetime(2020, 5, 5),
         "#adm1+code": "г.Алматы", "#reached+ind": 40},
    ]  # fmt: skip
    _fill_template(path, first_rows)
    first = ex.commit_import(workspace, [path])
    assert (first.inserted, first.rejected_rows) == (2, 0)

    first_rows[0]["#reached+ind"] = 110  # the partner corrects one number and sends the file again
    _fill_template(path, first_rows)
    again = ex.commit_import(workspace, [path])
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 1)
    people = sorted(r.people_reached for r in workspace.store.records.iter_records() if not r.deleted)
    assert people == [40, 110]  # not 100 + 110 = 210

    third = ex.commit_import(workspace, [path])
    assert (third.inserted, third.updated, third.unchanged) == (0, 0, 2)


def test_template_drop_downs_offer_names_in_the_sheet_language_and_both_are_accepted(workspace, tmp_path):
    path = ex.write_template(tmp_path / "kk.xlsx", language="kk")
    wb = load_workbook(path)
    ws, lists = wb["Activities"], wb["Lists"]
    tags = [c.value for c in ws[2]]
    offered = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list":
            continue
        assert dv.errorStyle == "warning"  # a code or another spelling may still be typed
        column = next(iter(dv.sqref.ranges)).min_col
        area = dv.formula1.split("!")[1]
        first, last = area.replace("$", "").split(":")
        offered[tags[column - 1]] = [c.value for row in lists[f"{first}:{last}"] for c in row]
    assert "Парақшалар тарату" in offered["#activity+code"]
    assert "leaflets" not in offered["#activity+code"]
    assert "Алматы" in offered["#adm1+code"] and "KZ-75" not in offered["#adm1+code"]
    assert "Мектеп" in offered["#loc+type+code"]
    assert "Қазақ тілі" in offered["#output+lang+code"]
    _fill_template(
        path,
        [
            {"#activity+code": "Парақшалар тарату", "#date+start": datetime(2020, 5, 4),
             "#adm1+code": "Алматы", "#loc+type+code": "Мектеп", "#output+lang+code": "Қазақ тілі",
             "#reached+ind": 5},
            {"#activity+code": "posters", "#date+start": datetime(2020, 5, 4), "#adm1+code": "KZ-19",
             "#loc+type+code": "school", "#output+lang+code": "kk_ru", "#reached+ind": 6},
        ],
    )  # fmt: skip
    report = ex.commit_import(workspace, [path])
    assert (report.inserted, report.rejected_rows) == (2, 0)
    got = sorted((r.kind, r.region, r.site_type, r.language) for r in workspace.store.records.iter_records())
    assert got == [("leaflets", "KZ-75", "school", "kk"), ("posters", "KZ-19", "school", "kk_ru")]


def test_a_re_send_that_reaches_another_installation_keeps_the_record_s_office(
    workspace, make_workspace, tmp_path
):
    path = ex.write_template(tmp_path / "partner.xlsx", language="ru")
    row = {"#activity+code": "leaflets", "#date+start": datetime(2020, 5, 4), "#adm1+code": "ВКО",
           "#reached+ind": 100}  # fmt: skip
    _fill_template(path, [row])
    assert ex.commit_import(workspace, [path]).inserted == 1  # at the office ALA-01
    coordinator = make_workspace("UNICEF-KZ", "KZ-71")
    ex.commit_import(coordinator, [ex.export_workbook(workspace, tmp_path / "ala.xlsx").path])

    row["#reached+ind"] = 110  # the partner sends the corrected file straight to the coordinator
    _fill_template(path, [row])
    again = ex.commit_import(coordinator, [path])
    assert (again.inserted, again.updated) == (0, 1)
    [rec] = coordinator.store.records.iter_records()
    assert (rec.office, rec.people_reached) == ("ALA-01", 110)
