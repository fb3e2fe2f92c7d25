"""Reference data: the 20 regions by code, in three languages, and old names mapped with a flag."""

import pytest

from fieldapp.domain.reference import reference


def test_twenty_regions_each_named_in_three_languages():
    ref = reference()
    assert len(ref.regions) == 20
    assert ref.region("KZ-75").name("kk") == "Алматы"
    assert ref.region("KZ-19").name("ru") == "Алматинская область"
    assert all(r.name(lang) for r in ref.regions for lang in ("kk", "ru", "en"))


@pytest.mark.parametrize(
    ("text", "code", "alias"),
    [
        ("KZ-71", "KZ-71", False),
        ("kz-71", "KZ-71", False),
        ("Nur-Sultan", "KZ-71", True),
        ("KZ-AST", "KZ-71", True),
        ("South Kazakhstan", "KZ-61", True),
        ("KZ-YUZ", "KZ-61", True),
        ("г. Алматы", "KZ-75", False),
        ("Алматинская область", "KZ-19", False),
        ("Атлантида", None, False),
    ],
)
def test_region_names_and_old_names_resolve_to_codes(text, code, alias):
    assert reference().resolve_region(text) == (code, alias)


def test_every_kind_uses_known_measures():
    ref = reference()
    assert {k.code for k in ref.kinds} >= {
        "leaflets",
        "posters",
        "volunteers",
        "kazpost_video",
        "psychosocial",
    }
    for kind in ref.kinds:
        assert kind.measures and set(kind.measures) <= set(ref.measure_codes)
        assert all(kind.name(lang) for lang in ("kk", "ru", "en"))


def test_the_campaign_s_later_kinds_ship_in_the_default_reference_data():
    """Hotline calls, violence-prevention and child-protection sessions, #LearningAtHome (issue 15)."""
    ref = reference()
    for code, word in (
        ("hotline", "Hotline"),
        ("violence_prevention", "child-protection"),
        ("distance_learning", "#LearningAtHome"),
    ):
        kind = ref.kind(code)
        assert kind is not None and word in kind.name("en")
        assert all(kind.name(lang) for lang in ("kk", "ru", "en"))
        assert "people_reached" in kind.measures and set(kind.measures) <= set(ref.measure_codes)
    assert ref.kinds[-1].code == "other"  # "other" stays last in every list
