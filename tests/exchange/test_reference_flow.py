"""Reference data the coordinator manages (issue 15), end to end with real databases and workbooks:
a kind added at the coordinator travels in the reference workbook to an office, a record of it comes
back and is in the report, and an office without the new reference passes such a record on untouched."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from fieldapp.domain.errors import BadInput
from fieldapp.services import exchange as ex
from fieldapp.services import reference as rd
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot

MENTORING = {"en": "Peer mentoring", "ru": "Наставничество сверстников", "kk": "Құрдастар тәлімгерлігі"}


@pytest.fixture
def coordinator(make_workspace):
    ws = make_workspace("UNICEF-KZ", "KZ-71")
    rd.set_role(ws, "coordinator")
    return ws


def _mentoring_record(office):
    rec = make_activity(
        office=office.installation.office_code, kind="peer_mentoring", items_distributed=None,
        sites_covered=None, sessions=12, people_reached=90, children_reached=60,
    )  # fmt: skip
    uid = office.records.create(rec).created[0]
    return office.store.records.get(uid)


def test_a_kind_added_at_the_coordinator_reaches_an_office_and_its_record_comes_back_into_the_report(
    coordinator, make_workspace, tmp_path
):
    change = rd.add_kind(
        coordinator, "peer_mentoring", MENTORING, ["sessions", "people_reached", "children_reached"]
    )
    assert (change.old_version, change.new_version, change.added) == (1, 2, {"kinds": ["peer_mentoring"]})
    workbook = rd.export_workbook(coordinator, tmp_path / "reference-v2.xlsx")

    office = make_workspace("ALA-01", "KZ-75")
    preview = rd.preview_import(office, workbook)
    assert preview.added == {"kinds": ["peer_mentoring"]} and not preview.written
    assert office.reference.kind("peer_mentoring") is None  # the preview wrote nothing
    assert rd.commit_import(office, workbook).new_version == 2
    assert office.reference.kind("peer_mentoring").name("kk") == MENTORING["kk"]
    assert rd.commit_import(office, workbook).unchanged  # the same workbook again changes nothing

    rec = _mentoring_record(office)
    template = ex.write_template(tmp_path / "t.xlsx", "ru", ws=office)
    assert MENTORING["ru"] in [c.value for c in load_workbook(template)["Lists"]["D"]]
    sent = ex.export_workbook(office, tmp_path / "office.xlsx").path
    meta = dict(load_workbook(sent)["Metadata"].iter_rows(min_row=2, values_only=True))
    assert int(meta["reference_version"]) == 2

    lagging = make_workspace("SHY-01", "KZ-79")  # has not imported the reference workbook yet
    got = ex.commit_import(lagging, [sent])
    assert (got.inserted, got.rejected_rows) == (1, 0)
    assert "newer_reference_data" in {w.code for w in got.warnings}
    passed_on = ex.export_workbook(lagging, tmp_path / "lagging.xlsx").path

    back = ex.commit_import(coordinator, [passed_on])
    assert (back.inserted, back.rejected_rows) == (1, 0)
    assert snapshot(coordinator)["records"][rec.uuid] == snapshot(office)["records"][rec.uuid]  # untouched
    report = ex.write_report(coordinator, tmp_path / "report.xlsx", language="en")
    by_kind = {
        r[0]: r[1] for r in load_workbook(report)["By activity"].iter_rows(min_row=2, values_only=True)
    }
    assert by_kind["Peer mentoring"] == 1


def test_a_retired_kind_still_names_old_records_and_is_no_longer_offered(coordinator, tmp_path):
    rd.add_kind(coordinator, "peer_mentoring", MENTORING, ["sessions", "people_reached", "children_reached"])
    rec = _mentoring_record(coordinator)
    change = rd.retire_kind(coordinator, "peer_mentoring")
    assert change.retired == ["peer_mentoring"] and change.new_version == 3
    ref = coordinator.reference
    assert ref.kind("peer_mentoring").name("en") == "Peer mentoring"
    assert "peer_mentoring" not in {k.code for k in ref.offered_kinds}
    assert coordinator.store.records.get(rec.uuid).kind == "peer_mentoring"
    template = ex.write_template(tmp_path / "t.xlsx", "en", ws=coordinator)
    wb = load_workbook(template)
    kind_list = next(
        dv for dv in wb["Activities"].data_validations.dataValidation if "Lists!$E$2" in dv.formula1
    )
    first, last = kind_list.formula1.split("!")[1].replace("$", "").split(":")
    assert "Peer mentoring" not in [c.value for row in wb["Lists"][f"{first}:{last}"] for c in row]


def test_a_reference_workbook_with_a_problem_changes_nothing_and_says_what(
    coordinator, make_workspace, tmp_path
):
    workbook = rd.export_workbook(coordinator, tmp_path / "ref.xlsx")
    wb = load_workbook(workbook)
    kinds = wb["Kinds"]
    kinds.append(["hotline", "a", "b", "c", "people_reached", 1, 0])  # a duplicate code
    kinds.append(["quiz_night", "Викторина", "Викторина", "Quiz night", "people_reached laughs", 1, 0])
    wb["Metadata"]["B4"] = 5
    assert wb["Metadata"]["A4"].value == "reference_version"
    wb.save(workbook)
    office = make_workspace("ALA-01", "KZ-75")
    before = snapshot(office)
    with pytest.raises(BadInput) as caught:
        rd.commit_import(office, workbook)
    text = str(caught.value)
    assert "duplicate_code (hotline)" in text and "unknown_measure (quiz_night: laughs)" in text
    assert office.reference.version == 1 and snapshot(office) == before


def test_an_office_cannot_pass_off_an_edited_copy_as_the_coordinator_s_version(
    coordinator, make_workspace, tmp_path
):
    workbook = rd.export_workbook(coordinator, tmp_path / "ref.xlsx")
    wb = load_workbook(workbook)
    wb["Kinds"]["D2"] = "Leaflets!!"
    wb.save(workbook)
    with pytest.raises(BadInput, match="edited after the coordinator sent it"):
        rd.commit_import(make_workspace("ALA-01", "KZ-75", role="office"), workbook)
    # at the coordinator the same edit is an edit: the next version
    assert rd.commit_import(coordinator, workbook).new_version == 2
    assert coordinator.reference.kind("leaflets").name("en") == "Leaflets!!"


def test_undo_goes_back_to_the_previous_version_and_records_stay(coordinator, make_workspace, tmp_path):
    rd.add_kind(coordinator, "peer_mentoring", MENTORING, ["sessions", "people_reached", "children_reached"])
    workbook = rd.export_workbook(coordinator, tmp_path / "ref.xlsx")
    office = make_workspace("ALA-01", "KZ-75")
    rd.commit_import(office, workbook)
    rec = _mentoring_record(office)
    dry = rd.undo_last(office, dry_run=True)
    assert dry.added == {"kinds": ["peer_mentoring"]} and office.reference.version == 2
    rd.undo_last(office)
    assert office.reference.version == 1 and office.reference.kind("peer_mentoring") is None
    assert office.store.records.get(rec.uuid).people_reached == 90  # the record stays, its kind unknown here
    with pytest.raises(BadInput):
        rd.undo_last(office)


def test_offices_expected_to_report_are_listed_even_before_their_first_workbook(coordinator):
    data = rd.current_data(coordinator)
    data["offices"] = [{"code": "KAR-01", "name": "Karaganda office", "region": "Карагандинская обл."}]
    rd.save_edit(coordinator, data)
    assert coordinator.reference.offices[0].region == "KZ-35"  # a name becomes the code
    rows = {r["office"]: r for r in coordinator.records.offices()}
    assert rows["KAR-01"]["records"] == 0 and rows["KAR-01"]["overdue"]  # expected, never reported


def test_a_reference_workbook_given_to_the_activities_import_is_named_as_such(
    coordinator, make_workspace, tmp_path
):
    from fieldapp.exchange.problems import UnusableWorkbook

    workbook = rd.export_workbook(coordinator, tmp_path / "ref.xlsx")
    office = make_workspace("ALA-01", "KZ-75")
    with pytest.raises(UnusableWorkbook) as caught:
        ex.preview_import(office, [workbook])
    assert caught.value.code == "reference_workbook"
    assert not rd.is_reference_workbook(ex.export_workbook(office, tmp_path / "a.xlsx").path)


def test_a_record_measured_under_an_older_version_of_its_kind_is_still_accepted(
    coordinator, make_workspace, tmp_path
):
    office = make_workspace("ALA-01", "KZ-75")  # still on the shipped data: leaflets count sites
    uid = office.records.create(make_activity(office="ALA-01", sites_covered=4)).created[0]
    data = rd.current_data(coordinator)
    for kind in data["kinds"]:
        if kind["code"] == "leaflets":
            kind["measures"] = [m for m in kind["measures"] if m != "sites_covered"]
    rd.save_edit(coordinator, data)
    got = ex.commit_import(coordinator, [ex.export_workbook(office, tmp_path / "ala.xlsx").path])
    assert (got.inserted, got.rejected_rows) == (1, 0)
    assert coordinator.store.records.get(uid).sites_covered == 4


EXPECTED = [{"code": "KAR-01", "name": "Karaganda office", "region": "KZ-35"},
            {"code": "PVL-01", "name": "Pavlodar office", "region": "KZ-55"},
            {"code": "URA-01", "name": "Uralsk office", "region": "KZ-27"}]  # fmt: skip


def _offices_rows(path) -> list[str]:
    return [row[0] for row in load_workbook(path)["Offices"].iter_rows(min_row=2, values_only=True) if row[0]]


def test_an_office_removed_from_the_reference_workbook_is_no_longer_expected(
    coordinator, make_workspace, tmp_path
):
    """Issue 15 retest: removing offices from the Offices sheet and importing said "reference data
    unchanged" and kept them. An office is dropped from the expected list like an item the coordinator
    edits out: the import names it, the next version goes without it, and offices that import it follow.
    Its records (if any) stay."""
    rd.save_edit(coordinator, {**rd.current_data(coordinator), "offices": EXPECTED})
    office = make_workspace("ALA-01", "KZ-75")
    rd.commit_import(office, rd.export_workbook(coordinator, tmp_path / "v2.xlsx"))
    assert [o.code for o in office.reference.offices] == ["KAR-01", "PVL-01", "URA-01"]

    workbook = rd.export_workbook(coordinator, tmp_path / "ref.xlsx")
    wb = load_workbook(workbook)
    sheet = wb["Offices"]
    gone = ("PVL-01", "URA-01")
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=1).value in gone]
    for r in reversed(rows):
        sheet.delete_rows(r)
    wb.save(workbook)
    assert _offices_rows(workbook) == ["KAR-01"]
    preview = rd.preview_import(coordinator, workbook)
    assert not preview.unchanged and preview.removed == {"offices": ["PVL-01", "URA-01"]}
    change = rd.commit_import(coordinator, workbook)
    assert change.new_version == 3 and [o.code for o in coordinator.reference.offices] == ["KAR-01"]
    assert "PVL-01" not in {r["office"] for r in coordinator.records.offices()}

    sent = rd.export_workbook(coordinator, tmp_path / "v3.xlsx")
    assert _offices_rows(sent) == ["KAR-01"]
    at_office = rd.commit_import(office, sent)
    assert at_office.removed == {"offices": ["PVL-01", "URA-01"]}
    assert [o.code for o in office.reference.offices] == ["KAR-01"]
    undone = rd.undo_last(office)  # undo brings them back: what the undone version removed
    assert undone.removed == {"offices": ["PVL-01", "URA-01"]}
    assert [o.code for o in office.reference.offices] == ["KAR-01", "PVL-01", "URA-01"]


def test_the_report_says_what_expected_means_with_and_without_the_reference_list(coordinator, tmp_path):
    """Issue 15 retest: the note said "every office this installation has records or workbooks from" even
    when the coordinator's list decides. With a list, the expected offices are the list's; without, the
    offices seen."""
    coordinator.records.create(make_activity(office="UNICEF-KZ", region="KZ-71"))
    period = (date(2020, 1, 1), date(2020, 12, 31))
    seen = load_workbook(ex.write_report(coordinator, tmp_path / "a.xlsx", *period, language="en"))
    seen = seen["Overview"]
    assert "1 of 1 expected" in seen["B5"].value and "records or workbooks from" in seen["B6"].value
    rd.save_edit(coordinator, {**rd.current_data(coordinator), "offices": EXPECTED[:2]})
    listed = load_workbook(ex.write_report(coordinator, tmp_path / "b.xlsx", *period, language="en"))
    overview = listed["Overview"]
    assert "0 of 2 expected" in overview["B5"].value  # KAR-01 and PVL-01; this office is not on the list
    assert "reference list" in overview["B6"].value and "records or workbooks" not in overview["B6"].value
    notes = " ".join(str(c.value) for row in listed["Offices"].iter_rows(max_row=6) for c in row if c.value)
    assert "reference list" in notes
    codes = [row[0].value for row in listed["Offices"].iter_rows(min_row=8) if row[0].value]
    assert {"KAR-01", "PVL-01", "UNICEF-KZ (not on the list)"} <= set(codes)
    ru = load_workbook(ex.write_report(coordinator, tmp_path / "c.xlsx", *period, language="ru"))["Обзор"]
    assert "справочн" in ru["B6"].value


def test_an_exported_row_naming_a_renamed_kind_by_its_old_name_is_read_as_that_kind(
    workspace, make_workspace, tmp_path
):
    """Finding 13 through the exported-row reader: an office's workbook whose kind cell was typed with the
    kind's old Russian name (after the coordinator renamed it) is read as that kind, with a warning."""
    office = make_workspace("ALA-01", "KZ-75", role="office")
    rec = make_activity(kind="hotline", items_distributed=None, sites_covered=None, sessions=3)
    uid = office.records.create(rec).created[0]
    path = tmp_path / "ala.xlsx"
    ex.export_workbook(office, path)
    hotline = next(k for k in rd.current_data(workspace)["kinds"] if k["code"] == "hotline")
    old_ru = hotline["ru"]
    rd.add_kind(workspace, "hotline", {"en": "Helpline", "ru": "Телефон доверия", "kk": "Сенім телефоны"},
                hotline["measures"])  # fmt: skip
    wb = load_workbook(path)
    ws = wb["Activities"]
    column = next(c.column for c in ws[2] if c.value == "#activity+code")
    ws.cell(3, column).value = old_ru
    wb.save(path)
    result = ex.commit_import(workspace, [path])
    assert not result.rejected and result.inserted == 1
    [warning] = [w for w in result.warnings if w.code == "old_kind_name"]
    assert warning.detail == f"{old_ru} → hotline"
    assert workspace.store.records.get(uid).kind == "hotline"
