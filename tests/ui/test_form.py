"""The entry form driven by the keyboard: save, save-and-new, validation, duplicates, defaults, drafts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from fieldapp.domain.query import RecordFilter
from fieldapp.ui.activities.model import COLUMNS
from fieldapp.ui.form.dialog import EntryDialog
from fieldapp.ui.form.drafts import Drafts


def focused():
    return QApplication.focusWidget()


def type_into_focus(qtbot, text: str) -> None:
    """Key events carrying each character (QTest.keyClicks only knows ASCII; staff type Cyrillic)."""
    widget = focused()
    assert widget is not None
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def open_new_form(qtbot, window) -> EntryDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.activities.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    # the activity, or the first measure when the activity is remembered from the last record
    qtbot.waitUntil(lambda: focused() in (dialog.fields.kind, dialog.fields.first_measure()))
    return dialog


def test_fill_and_save_by_keyboard_then_find_it_in_the_table(qtbot, window):
    dialog = open_new_form(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first kind: leaflet distribution
    assert dialog.fields.kind.code() == "leaflets"
    tab(qtbot, 2)  # start date (today) → "ended on"
    tab(qtbot)  # the end date is disabled and skipped: region (the office's, pre-filled)
    assert focused() is dialog.fields.region and dialog.fields.region.code() == "KZ-75"
    tab(qtbot)
    type_into_focus(qtbot, "Бостандыкский")
    tab(qtbot)
    type_into_focus(qtbot, "Школа №5")
    tab(qtbot, 3)  # site type, language → partners
    type_into_focus(qtbot, "Казпочта")
    tab(qtbot)
    type_into_focus(qtbot, "Айгерім С.")
    tab(qtbot)  # the first measure leaflets use: items distributed
    assert focused() is dialog.fields.measures["items_distributed"]
    for value in ("300", "4", "120", "80"):  # items, sites, people, of them children
        type_into_focus(qtbot, value)
        tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save and new
    assert "Saved" in dialog.banner_message()
    # the next record keeps everything but the measures and starts at the first measure
    assert dialog.isVisible() and focused() is dialog.fields.measures["items_distributed"]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # nothing typed since: closes without a question
    qtbot.waitUntil(lambda: not dialog.isVisible())

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.activities.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is window.activities.filters.text)
    type_into_focus(qtbot, "школа №5")  # case-insensitive search
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    model = window.activities.model
    assert model.rowCount() == 1
    assert model.index(0, COLUMNS.index("kind")).data() == "Leaflet distribution"
    assert model.index(0, COLUMNS.index("people_reached")).data() == "120"
    rec = model.record_at(0)
    assert (rec.items_distributed, rec.sites_covered, rec.children_reached) == (300, 4, 80)
    assert rec.district == "Бостандыкский" and rec.partners == "Казпочта" and rec.office == "ALA-01"


def test_inline_messages_name_the_field_and_nothing_is_saved(qtbot, window):
    dialog = open_new_form(qtbot, window)
    dialog.fields.kind.set_code("leaflets")
    dialog.fields.measures["people_reached"].setText("10")
    dialog.fields.measures["children_reached"].setText("20")
    dialog.fields.region.set_code("")
    qtbot.keyClick(dialog.fields.kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    errors = dialog.fields.error_texts()
    assert errors["region"] == "Region is required."
    assert errors["children_reached"] == "Children reached cannot exceed people reached."
    assert focused() is dialog.fields.region
    assert window.ctx.records.count() == 0


def test_measures_follow_the_kind(qtbot, window):
    dialog = open_new_form(qtbot, window)
    dialog.fields.kind.set_code("psychosocial")
    visible = {m for m, w in dialog.fields.measures.items() if w.isVisibleTo(dialog)}
    assert visible == {"sessions", "people_reached", "children_reached"}
    dialog.fields.kind.set_code("volunteers")
    assert dialog.fields.measures["volunteer_hours"].isVisibleTo(dialog)


def test_probable_duplicate_asks_first(qtbot, window, activity_factory):
    existing = activity_factory(start_date=date.today())
    window.ctx.records.create(existing)
    dialog = open_new_form(qtbot, window)
    dialog.fields.set_activity(existing.copy(uuid=dialog.base.uuid))
    dialog.fields.edited.emit()
    assert not dialog.save()
    assert "similar record" in dialog.banner_message() and dialog.save_anyway.isVisible()
    assert window.ctx.records.count() == 1
    qtbot.keyClick(dialog.save_anyway, Qt.Key.Key_Space)
    assert window.ctx.records.count() == 2


def test_defaults_are_remembered_for_the_next_record(qtbot, window):
    dialog = open_new_form(qtbot, window)
    f = dialog.fields
    f.kind.set_code("posters")
    f.region.set_code("KZ-19")
    f.district.setText("Талгарский район")
    f.partners.setText("акимат")
    f.measures["items_distributed"].setText("40")
    assert dialog.save()
    nxt = open_new_form(qtbot, window)
    assert nxt.fields.kind.code() == "posters" and nxt.fields.region.code() == "KZ-19"
    assert nxt.fields.district.text() == "Талгарский район" and nxt.fields.partners.text() == "акимат"
    assert nxt.fields.measures["items_distributed"].text() == ""


def test_a_draft_survives_a_crash_and_comes_back(qtbot, window, app_ctx):
    dialog = open_new_form(qtbot, window)
    dialog.fields.kind.set_code("workshop")
    dialog.fields.settlement.setText("Лицей 12")
    dialog.fields.settlement.textEdited.emit("Лицей 12")
    drafts = Drafts(app_ctx.paths.drafts)
    qtbot.waitUntil(lambda: len(drafts.pending()) == 1)  # written shortly after typing
    # the laptop dies here: no save, no cancel. At the next start the entry comes back.
    from fieldapp.ui.mainwindow import MainWindow

    again = MainWindow(app_ctx)
    qtbot.addWidget(again)
    again.show()
    again.start()
    recovered = again.findChild(EntryDialog)
    assert recovered is not None and recovered.fields.settlement.text() == "Лицей 12"
    assert "recovered" in recovered.banner_message()
    assert recovered.save()
    assert drafts.pending() == []
    assert app_ctx.records.count(RecordFilter(text="Лицей 12")) == 1
