"""Run in a fresh process on an offscreen screen of a given size: open every page and report what does
not fit (see test_screens.py). Prints one JSON object: {"problems": [...], "screen": [w, h]}."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(home: str, language: str) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.ui.app import build_context, make_app
    from fieldapp.ui.mainwindow import PAGES, MainWindow
    from fieldapp.ui.tasks import SyncTaskRunner

    app = make_app()
    ctx = build_context(Paths(Path(home)), language, tasks=SyncTaskRunner())
    installation.configure(ctx.workspace.store, "ALA-01", "Алматы кеңсесі", "KZ-75", language)
    room = app.primaryScreen().availableGeometry()
    problems: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def inside_scroll_area(widget) -> bool:
        p = widget.parentWidget()
        while p is not None:
            if isinstance(p, QScrollArea):
                return True
            p = p.parentWidget()
        return False

    def check(window, what: str) -> None:
        settle()
        frame = window.frameGeometry()
        if not room.contains(frame):
            problems.append(
                f"{what}: window {frame.width()}x{frame.height()} on a {room.width()}x{room.height()} screen"
            )
        area = QRect(0, 0, window.width(), window.height())
        for button in window.findChildren(QAbstractButton):
            if not button.isVisible() or inside_scroll_area(button):
                continue
            top_left = button.mapTo(window, button.rect().topLeft())
            rect = QRect(top_left, button.size())
            if not area.contains(rect):
                problems.append(
                    f"{what}: button {button.text()!r} ({button.objectName()}) at {rect.getRect()}"
                )

    from fieldapp.ui.office import SetupDialog

    setup = SetupDialog(ctx)
    setup.show()
    check(setup, "first-run setup")
    setup.done(0)
    w = MainWindow(ctx)
    w.show()
    w.start()
    for name in PAGES:
        w.show_page(name)
        check(w, name)
    w.show_page("activities")
    dialog = w.activities.new_record()
    check(dialog, "entry form")
    dialog.done(0)
    settle()
    print(json.dumps({"problems": problems, "screen": [room.width(), room.height()]}, ensure_ascii=False))
    ctx.tasks.wait()
    ctx.workspace.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
