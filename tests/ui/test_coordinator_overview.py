"""The coordinator sees first who has not reported, including offices never heard from."""

from __future__ import annotations

from fieldapp.ui.dashboard.offices import COL_OFFICE, COL_STATUS


def test_reporting_status_is_at_the_top_of_the_dashboard(qtbot, window, seed):
    seed(window.ctx, 2)  # this office's own records
    seed(window.ctx, 1, office="SHY-02")  # an office seen in the records, that never sent a workbook
    window.ctx.announce_records_reload()
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.offices_box.isVisible())
    box_top = page.offices_box.mapTo(page, page.offices_box.rect().topLeft()).y()
    cards_top = min(c.mapTo(page, c.rect().topLeft()).y() for c in page.cards.values())
    assert box_top < cards_top, "reporting status comes before the totals"
    model = page.offices_model
    rows = {
        model.index(r, COL_OFFICE).data(): model.index(r, COL_STATUS).data() for r in range(model.rowCount())
    }
    assert rows["SHY-02"] == "never sent a workbook"
    assert "SHY-02" in page.offices_summary.text()
