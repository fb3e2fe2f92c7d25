"""The table sorts by what the user sees: names in the UI language's alphabetical order, blanks last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCollator, Qt

from fieldapp.domain.record import MEASURES
from fieldapp.ui.activities.model import COLUMNS
from fieldapp.ui.i18n import locale_for

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def column(model, name: str) -> list[str]:
    c = COLUMNS.index(name)
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r, c).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("name", ["kind", "region"])
def test_names_sort_in_the_ui_languages_alphabet(qtbot, make_ctx, seed, language, name):
    ctx = make_ctx(language)
    values = {
        "kind": ["leaflets", "posters", "volunteers", "kazpost_video", "psychosocial", "workshop"],
        "region": ["KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-75", "KZ-71", "KZ-63"],
    }[name]
    for v in values:
        no_counts = {m: None for m in MEASURES}  # every kind takes none
        seed(ctx, 1, **{name: v, **no_counts})
    from fieldapp.ui.activities.model import ActivityTableModel

    model = ActivityTableModel(ctx.records, language)
    collator = QCollator(locale_for(language))
    for order in (ASC, DESC):
        model.sort(COLUMNS.index(name), order)
        shown = column(model, name)
        expected = sorted(shown, key=collator.sortKey, reverse=order == DESC)
        assert shown == expected


def test_kazakh_order_puts_the_kazakh_letters_where_kazakh_readers_look(qtbot, make_ctx, seed):
    ctx = make_ctx("kk")
    for region in ("KZ-79", "KZ-39", "KZ-75", "KZ-71"):  # Шымкент, Қостанай, Алматы, Астана
        seed(ctx, 1, region=region)
    from fieldapp.ui.activities.model import ActivityTableModel

    model = ActivityTableModel(ctx.records, "kk")
    model.sort(COLUMNS.index("region"), ASC)
    # Қ follows К in the Kazakh alphabet; by code points it would come after Ш and even Я
    assert column(model, "region") == ["Алматы", "Астана", "Қостанай облысы", "Шымкент"]


@pytest.mark.parametrize("order", [ASC, DESC])
def test_blank_counts_come_last_either_way(qtbot, make_ctx, seed, order):
    ctx = make_ctx("en")
    for people in (5, None, 300, None, 40):
        seed(ctx, 1, people_reached=people, children_reached=None)
    from fieldapp.ui.activities.model import ActivityTableModel

    model = ActivityTableModel(ctx.records, "en")
    model.sort(COLUMNS.index("people_reached"), order)
    shown = column(model, "people_reached")
    assert shown[-2:] == ["", ""]
    numbers = [int(v) for v in shown[:3]]
    assert numbers == sorted(numbers, reverse=order == DESC)


def test_switching_language_re_sorts_by_the_new_names(qtbot, make_ctx, seed):
    ctx = make_ctx("en")
    for region in ("KZ-63", "KZ-10", "KZ-27"):  # East Kazakhstan, Abai, West Kazakhstan
        seed(ctx, 1, region=region)
    from fieldapp.ui.activities.model import ActivityTableModel

    model = ActivityTableModel(ctx.records, "en")
    model.sort(COLUMNS.index("region"), ASC)
    assert column(model, "region") == ["Abai Region", "East Kazakhstan Region", "West Kazakhstan Region"]
    model.set_language("ru")
    assert column(model, "region") == ["Восточно-Казахстанская область", "Западно-Казахстанская область",
                                       "область Абай"]  # fmt: skip
