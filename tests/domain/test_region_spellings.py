"""Region spellings people type in partner spreadsheets (issue 15, finding 2): accepted, or rejected with
the candidates named when they are truly ambiguous."""

import pytest

from fieldapp.domain.reference import reference

COMMON = [
    ("Туркестанская обл.", "KZ-61"),
    ("Туркестанская область", "KZ-61"),
    ("ВКО", "KZ-63"),
    ("ЗКО", "KZ-27"),
    ("СКО", "KZ-59"),
    ("г.Алматы", "KZ-75"),
    ("г. Алматы", "KZ-75"),
    ("город Алматы", "KZ-75"),
    ("Алматы қаласы", "KZ-75"),
    ("Алматинская обл", "KZ-19"),
    ("Абайская область", "KZ-10"),
    ("Абай облысы", "KZ-10"),
    ("обл. Жетісу", "KZ-33"),
    ("Жетысуская область", "KZ-33"),
    ("Улытауская область", "KZ-62"),
    ("Восточно-Казахстанская обл.", "KZ-63"),
    ("Восточно Казахстанская область", "KZ-63"),
    ("Северо-Казахстанскаяобласть", "KZ-59"),
    ("г.Шымкент", "KZ-79"),
    ("Шымкент қ.", "KZ-79"),
    ("Актюбинская область", "KZ-15"),
    ("Ақтөбе облысы", "KZ-15"),
    ("Мангистауская обл.", "KZ-47"),
    ("Karaganda oblast", "KZ-35"),
    ("Qaraghandy oblysy", "KZ-35"),
    ("Turkestan region", "KZ-61"),
    ("Almaty city", "KZ-75"),
    ("Almaty oblysy", "KZ-19"),
    ("Shygys Qazaqstan", "KZ-63"),
    ("Astana", "KZ-71"),
    ("г. Астана", "KZ-71"),
    ("  kz 75 ", "KZ-75"),
]


@pytest.mark.parametrize(("text", "code"), COMMON)
def test_common_spellings_resolve_without_a_warning(text, code):
    assert reference().resolve_region(text) == (code, False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ЮКО", "KZ-61"),
        ("Южно-Казахстанская обл.", "KZ-61"),
        ("г. Нур-Султан", "KZ-71"),
        ("Нур-Султан", "KZ-71"),
        ("Алма-Ата", "KZ-75"),
        ("Семипалатинская область", "KZ-10"),
        ("Талдыкорганская обл.", "KZ-33"),
        ("Жезказганская область", "KZ-62"),
    ],
)
def test_old_names_resolve_with_a_warning(text, code):
    assert reference().resolve_region(text) == (code, True)


def test_only_truly_ambiguous_names_are_refused_naming_the_candidates():
    ref = reference()
    assert ref.resolve_region("Almaty") == (None, False)
    assert ref.region_candidates("Almaty") == ("KZ-19", "KZ-75")
    assert ref.region_candidates("Алматы обл") == ()  # resolves: not ambiguous
    assert ref.resolve_region("Атлантида") == (None, False)
    assert ref.region_candidates("Атлантида") == ()


def test_a_cell_with_an_ambiguous_region_is_rejected_naming_the_candidates(workspace, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    from fieldapp.services import exchange as ex

    wb = Workbook()
    ws = wb.active
    ws.title = "Activities"
    ws.append(["Office", "Activity", "Start", "Region", "People"])
    ws.append(["#org+code+reporting", "#activity+code", "#date+start", "#adm1+name", "#reached+ind"])
    ws.append(["ALA-01", "leaflets", datetime(2020, 5, 4), "Almaty", 10])
    ws.append(["ALA-01", "leaflets", datetime(2020, 5, 4), "ВКО", 12])
    path = tmp_path / "partner.xlsx"
    wb.save(path)
    report = ex.commit_import(workspace, [path])
    assert (report.inserted, report.rejected_rows) == (1, 1)
    (problem,) = report.rejected
    assert problem.code == "ambiguous_region" and problem.row == 3
    assert "KZ-19" in problem.value and "KZ-75" in problem.value
