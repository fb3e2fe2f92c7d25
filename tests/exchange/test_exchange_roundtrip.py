"""Export and import end to end: round trip, idempotence, text safety, scopes, template, report, undo."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from fieldapp.domain.errors import BadInput
from fieldapp.services import conflicts, demo
from fieldapp.services import exchange as ex
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot


def test_demo_data_round_trips_into_an_empty_installation_field_for_field(
    workspace, make_workspace, tmp_path
):
    demo.generate(workspace.store, 400, seed=3)
    source = snapshot(workspace)
    assert any(r["deleted"] for r in source["records"].values())  # tombstones travel too
    path = tmp_path / "out.xlsx"
    result = ex.export_workbook(workspace, path)
    assert result.record_count == 400

    coordinator = make_workspace()
    first = ex.commit_import(coordinator, [path])
    assert (first.inserted, first.updated, first.rejected_rows, first.conflicts) == (400, 0, 0, 0)
    assert snapshot(coordinator)["records"] == source["records"]
    assert not [w for w in first.warnings if w.code == "checksum_mismatch"]

    before = snapshot(coordinator)
    again = ex.commit_import(coordinator, [path])
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 400)
    assert snapshot(coordinator) == before  # no record, history row or sequence number written


def test_text_that_looks_like_a_formula_is_written_as_text_and_cyrillic_is_exact(
    workspace, make_workspace, tmp_path
):
    notes = [
        '=HYPERLINK("http://x","y")',
        "+7 701 000 00 00",
        "-5 детей",
        "@SUM(A1)",
        "#N/A",
        "Қазақ тілі: әғқңөұүһі ё",
    ]
    for n in notes:
        workspace.records.create(make_activity(notes=n, partners="=cmd|' /C calc'!A0"))
    path = tmp_path / "out.xlsx"
    ex.export_workbook(workspace, path)

    ws = load_workbook(path)["Activities"]
    tags = [c.value for c in ws[2]]
    col = tags.index("#description") + 1
    cells = [ws.cell(row=r, column=col) for r in range(3, 3 + len(notes))]
    assert sorted(c.value for c in cells) == sorted(notes)
    assert all(c.data_type == "s" for c in cells)
    partner_cells = [
        ws.cell(row=r, column=tags.index("#org+name+impl") + 1) for r in range(3, 3 + len(notes))
    ]
    assert all(c.data_type == "s" for c in partner_cells)

    other = make_workspace()
    ex.commit_import(other, [path])
    assert sorted(r.notes for r in other.store.records.iter_records()) == sorted(notes)


def test_workbook_has_the_four_sheets_metadata_and_two_charts(workspace, tmp_path):
    for i in range(3):
        workspace.records.create(make_activity(start_date=date(2020, 4 + i, 1)))
    path = tmp_path / "out.xlsx"
    result = ex.export_workbook(workspace, path, language="kk")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Activities", "Summary", "Lists", "Metadata"]
    meta = {r[0]: r[1] for r in wb["Metadata"].iter_rows(min_row=2, values_only=True)}
    assert meta["format"] == "fieldapp-activities" and meta["format_version"] == 2
    assert meta["office_code"] == "ALA-01" and meta["record_count"] == 3
    assert meta["content_sha256"] == result.sha256 and len(result.sha256) == 64
    assert meta["exported_at"].endswith("Z") and meta["scope"] == "full"
    assert wb["Activities"]["A1"].value == "Жазба ID"  # Kazakh headers
    assert isinstance(wb["Activities"].cell(row=3, column=5).value, datetime)  # a real date cell
    with zipfile.ZipFile(path) as z:
        assert len([n for n in z.namelist() if n.startswith("xl/charts/chart")]) >= 2
    lists = [r for r in wb["Lists"].iter_rows(min_row=2, values_only=True)]
    assert ("region", "KZ-75") in {(r[0], r[1]) for r in lists}


def test_since_last_exports_only_what_changed_and_period_filters_by_start_date(workspace, tmp_path):
    a = workspace.records.create(make_activity(start_date=date(2020, 4, 1))).created[0]
    workspace.records.create(make_activity(start_date=date(2020, 6, 1)))
    assert ex.export_workbook(workspace, tmp_path / "1.xlsx", scope="since_last").record_count == 2
    assert ex.export_workbook(workspace, tmp_path / "2.xlsx", scope="since_last").record_count == 0
    workspace.records.delete(a)
    assert ex.export_workbook(workspace, tmp_path / "3.xlsx", scope="since_last").record_count == 1
    period = ex.export_workbook(
        workspace, tmp_path / "4.xlsx", scope="period", date_from=date(2020, 5, 1), date_to=date(2020, 7, 1)
    )
    assert period.record_count == 1
    assert workspace.records.pending_export_count() == 0


def test_default_export_name_tells_the_office_and_the_time(workspace):
    name = ex.default_export_name(workspace.installation, datetime(2026, 11, 26, 9, 50))
    assert name == "fieldapp-ALA-01-20261126-0950.xlsx"


def test_rows_typed_into_the_template_import_once_as_new_records(workspace, tmp_path):
    path = ex.write_template(tmp_path / "t.xlsx", language="ru")
    wb = load_workbook(path)
    ws = wb["Activities"]
    assert ws.data_validations.dataValidation  # drop-downs and checks are there
    tags = [c.value for c in ws[2]]
    typed = [
        {"#activity+code": "leaflets", "#date+start": datetime(2020, 5, 4), "#adm1+code": "Нур-Султан",
         "#reached+ind": 40, "#output+num+items": 100, "#description": "вручную"},
        {"#activity+code": "Размещение плакатов", "#date+start": "05.05.2020", "#adm1+code": "KZ-75",
         "#reached+ind": 10, "#beneficiary+code": "parents; youth"},
    ]  # fmt: skip
    for r, row in enumerate(typed, 3):
        for tag, value in row.items():
            ws.cell(row=r, column=tags.index(tag) + 1, value=value)
    wb.save(path)

    first = ex.commit_import(workspace, [path])
    assert (first.inserted, first.rejected_rows) == (2, 0)
    assert {w.code for w in first.warnings} >= {"old_region_name", "no_metadata"}
    recs = sorted(workspace.store.records.iter_records(), key=lambda r: r.kind)
    assert [r.kind for r in recs] == ["leaflets", "posters"]
    assert recs[0].region == "KZ-71" and recs[0].office == "ALA-01"
    assert recs[1].target_groups == ("parents", "youth") and recs[1].start_date == date(2020, 5, 5)
    again = ex.commit_import(workspace, [path])
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)


def test_report_has_totals_by_office_region_kind_month_with_charts(workspace, make_workspace, tmp_path):
    demo.generate(workspace.store, 60, seed=5)
    path = ex.write_report(workspace, tmp_path / "report.xlsx", language="en")
    wb = load_workbook(path)
    assert wb.sheetnames[:6] == [
        "Overview",
        "Offices",
        "By office",
        "By region",
        "By activity",
        "Region × activity",
    ]
    region_rows = [r for r in wb["By region"].iter_rows(min_row=8, values_only=True) if r[0]]
    assert sum(r[1] for r in region_rows[:-1]) == region_rows[-1][1] == workspace.records.count()
    with zipfile.ZipFile(path) as z:
        assert len([n for n in z.namelist() if n.startswith("xl/charts/chart")]) == 4


def _two_offices(workspace, make_workspace, tmp_path):
    ast = make_workspace()
    rec = ast.records.create(make_activity(office="AST-01", region="KZ-71")).created[0]
    path = tmp_path / "ast.xlsx"
    ex.export_workbook(ast, path)
    return ast, rec, path


def test_concurrent_edits_conflict_the_loser_is_listed_and_older_files_never_resurrect(
    workspace, make_workspace, tmp_path
):
    ast, uuid, v1 = _two_offices(workspace, make_workspace, tmp_path)
    ex.commit_import(workspace, [v1])
    ex.export_workbook(workspace, tmp_path / "ala-sent.xlsx")  # the exchange point
    workspace.records.update(workspace.records.get(uuid).copy(notes="изменено в Алматы"))
    ast.records.update(ast.records.get(uuid).copy(notes="изменено в Астане"))
    v2 = tmp_path / "ast2.xlsx"
    ex.export_workbook(ast, v2)

    result = ex.commit_import(workspace, [v2])
    assert (result.conflicts, result.conflict_uuids) == (1, [uuid])
    (c,) = conflicts.list_conflicts(workspace.store)
    assert c.field == "notes"
    assert {c.kept, c.other} == {"изменено в Алматы", "изменено в Астане"}
    assert workspace.records.get(uuid).notes == c.kept

    workspace.records.delete(uuid)
    stale = ex.commit_import(workspace, [v1])  # an old file, sent again
    assert (stale.updated, stale.unchanged) == (0, 1)
    assert workspace.records.get(uuid).deleted


def test_several_files_give_the_same_result_in_any_order(workspace, make_workspace, tmp_path):
    ast, uuid, v1 = _two_offices(workspace, make_workspace, tmp_path)
    ast.records.update(ast.records.get(uuid).copy(people_reached=999))
    v2 = tmp_path / "ast2.xlsx"
    ex.export_workbook(ast, v2)
    a, b = make_workspace("C1", "KZ-75"), make_workspace("C2", "KZ-75")
    ex.commit_import(a, [v1, v2])
    ex.commit_import(b, [v2, v1])
    assert snapshot(a)["records"] == snapshot(b)["records"]
    assert a.records.get(uuid).people_reached == 999


def test_undo_last_import_removes_inserted_and_restores_overwritten(workspace, make_workspace, tmp_path):
    ast, uuid, v1 = _two_offices(workspace, make_workspace, tmp_path)
    ex.commit_import(workspace, [v1])
    before = snapshot(workspace)["records"]
    ast.records.update(ast.records.get(uuid).copy(notes="v2"))
    new = ast.records.create(make_activity(office="AST-01", region="KZ-71")).created[0]
    v2 = tmp_path / "ast2.xlsx"
    ex.export_workbook(ast, v2)
    ex.commit_import(workspace, [v2])

    changed = ex.undo_last_import(workspace)
    assert changed.deleted == (new,) and changed.updated == (uuid,)
    after = snapshot(workspace)["records"]
    assert set(after) == set(before)
    assert after[uuid]["notes"] == before[uuid]["notes"]


def test_undo_is_refused_after_a_local_change_and_when_there_is_nothing(workspace, make_workspace, tmp_path):
    with pytest.raises(ex.UndoImpossible) as e:
        ex.undo_last_import(workspace)
    assert e.value.code == "nothing_to_undo"
    _ast, uuid, v1 = _two_offices(workspace, make_workspace, tmp_path)
    ex.commit_import(workspace, [v1])
    workspace.records.update(workspace.records.get(uuid).copy(notes="local"))
    with pytest.raises(BadInput):
        ex.undo_last_import(workspace)
    assert workspace.records.get(uuid).notes == "local"


def test_preview_and_cancel_change_nothing(workspace, make_workspace, tmp_path):
    ast = make_workspace()
    demo.generate(ast.store, 3000, seed=2)
    path = tmp_path / "ast.xlsx"
    ex.export_workbook(ast, path)
    before = snapshot(workspace)
    preview = ex.preview_import(workspace, [path])
    assert preview.inserted == 3000
    assert snapshot(workspace) == before
    seen = []
    with pytest.raises(ex.Cancelled):
        ex.commit_import(
            workspace, [path], progress=lambda d, t: seen.append((d, t)), cancel=lambda: bool(seen)
        )
    assert snapshot(workspace) == before
    assert workspace.store.logs.imports() == []


def test_every_import_is_logged(workspace, make_workspace, tmp_path):
    _ast, _uuid, v1 = _two_offices(workspace, make_workspace, tmp_path)
    result = ex.commit_import(workspace, [v1])
    log = workspace.store.logs.imports()[0]
    assert log.id == result.import_id and log.file_name == "ast.xlsx"
    assert log.office == "AST-01" and log.inserted == 1 and len(log.sha256) == 64


def test_records_beyond_a_sheet_continue_on_further_sheets_and_import_back(
    workspace, make_workspace, tmp_path
):
    from fieldapp.exchange.export import write_export

    for i in range(5):
        workspace.records.create(make_activity(people_reached=400 + i))
    path = tmp_path / "split.xlsx"
    written = write_export(
        path, workspace.store.records.iter_records(), {"office_code": "ALA-01"}, rows_per_sheet=2
    )
    assert written.sheets == 3
    assert load_workbook(path, read_only=True).sheetnames[:3] == [
        "Activities",
        "Activities 2",
        "Activities 3",
    ]
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert (result.inserted, result.rejected_rows) == (5, 0)
    assert result.files[0].checksum_ok is True


def test_a_table_moved_down_and_right_reports_true_excel_rows(workspace, make_workspace, tmp_path):
    workspace.records.create(make_activity())
    workspace.records.create(make_activity(people_reached=401))
    path = tmp_path / "out.xlsx"
    ex.export_workbook(workspace, path)
    wb = load_workbook(path)
    ws = wb["Activities"]
    ws.insert_rows(1, 2)
    ws.insert_cols(1)
    ws["B1"] = "Отчёт офиса"  # a title a person typed above the table
    tags = [c.value for c in ws[4]]
    ws.cell(
        row=6, column=tags.index("#activity+code") + 1, value="Ракеты!"
    )  # not a name or a code (a new code would be kept)
    wb.save(path)
    other = make_workspace()
    result = ex.commit_import(other, [path])
    assert result.inserted == 1
    [problem] = result.rejected
    assert (problem.row, problem.column, problem.code) == (6, "D", "unknown_kind")
