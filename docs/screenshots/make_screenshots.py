"""Render the main screens in Russian and Kazakh at 1366×768 and 1024×600:
`python docs/screenshots/make_screenshots.py`.

Deterministic: the data folder has a fixed name, the demo data a fixed seed and period, and "today" is
a fixed day, so running it again without a change to the app changes no file. Each size runs in its
own process on an offscreen screen of that size (what a window may use there is what it gets).

`python docs/screenshots/make_screenshots.py conflicts` renders only the Conflicts view.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

OUT = Path(__file__).resolve().parent
SIZES = ((1366, 768), (1024, 600))
LANGUAGES = ("ru", "kk")
TODAY = date(2020, 12, 15)  # the screens show the demo campaign as if on this day
TASKBAR = 40  # what a Windows taskbar leaves of the screen's height


def shoot(width: int, height: int, home_dir: Path) -> None:
    from fieldapp.paths import Paths
    from fieldapp.services import demo, installation
    from fieldapp.ui.app import build_context, make_app
    from fieldapp.ui.form.dialog import EntryDialog
    from fieldapp.ui.mainwindow import MainWindow
    from fieldapp.ui.tasks import SyncTaskRunner

    app = make_app(sys.argv[:1])
    home = Paths(home_dir)
    for language in LANGUAGES:
        ctx = build_context(home, language, tasks=SyncTaskRunner())
        if ctx.workspace.installation is None:
            installation.configure(ctx.workspace.store, "ALA-01", "Алматы", "KZ-75", language)
            demo.generate(ctx.workspace.store, 3000, seed=5, end=date(2020, 12, 31))
        ctx.set_language(language)
        window = MainWindow(ctx)
        window.resize(width, height - TASKBAR)
        window.show()
        window.start()
        app.processEvents()
        for page in ("activities", "dashboard", "exchange", "settings"):
            built = window.show_page(page)
            _fix_today(built)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"{page}-{language}-{width}x{height}.png"))
        window.show_page("activities")
        dialog = EntryDialog(ctx, parent=window, today=lambda: TODAY)
        dialog.open()
        dialog.fields.kind.set_code("kazpost_video")
        dialog.fields.settlement.setText("Алматы, 050000 бөлімшесі")
        dialog.fields.measures["people_reached"].setText("10")
        dialog.fields.measures["children_reached"].setText("25")
        dialog.save()  # shows the messages under the fields
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / f"entry-form-{language}-{width}x{height}.png"))
        dialog.dirty = False
        dialog.reject()
        window.close()
        ctx.workspace.close()


def _fix_today(page) -> None:
    """Period selectors show dates counted from today; count them from TODAY instead."""
    from fieldapp.ui.widgets.period import PeriodSelector

    if page is None:
        return
    for selector in page.findChildren(PeriodSelector):
        selector._today = lambda: TODAY
        selector._apply_preset()


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--size":
        width, height = (int(v) for v in sys.argv[2].split("x"))
        shoot(width, height, Path(sys.argv[3]))
        return 0
    for width, height in SIZES:
        # a fixed folder name: the Settings page shows the data folder's path
        home = Path(tempfile.gettempdir()) / "fieldapp"
        shutil.rmtree(home, ignore_errors=True)
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screen.json"
            screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
            config.write_text(json.dumps({"screens": [screen]}))
            env = {k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR", "FIELDAPP_HOME")}
            env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
            done = subprocess.run(
                [sys.executable, __file__, "--size", f"{width}x{height}", str(home)], env=env, check=False
            )
        shutil.rmtree(home, ignore_errors=True)
        if done.returncode != 0:
            return done.returncode
    print(f"screenshots written to {OUT}")
    return 0


def conflicts_shots() -> int:
    """Two installations edit the same fields of a few records concurrently; the office's view of it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fieldapp.paths import Paths
    from fieldapp.services import demo, exchange, installation
    from fieldapp.services.workspace import Workspace
    from fieldapp.ui.app import build_context, make_app
    from fieldapp.ui.conflicts import ConflictsDialog
    from fieldapp.ui.tasks import SyncTaskRunner

    app = make_app(sys.argv[:1])
    root = Path(tempfile.mkdtemp())
    office = Workspace(Paths(root / "office"))
    installation.configure(office.store, "ALA-01", "Алматы", "KZ-75", "ru")
    demo.generate(office.store, 40, seed=5, end=date(2020, 12, 31))
    coord = Workspace(Paths(root / "coord"))
    installation.configure(coord.store, "UN-KZ", "Координатор", "KZ-71", "ru", role="coordinator")
    exchange.export_workbook(office, root / "a.xlsx")
    exchange.commit_import(coord, [root / "a.xlsx"])
    records = [r for r in office.store.iter_records() if not r.deleted and r.people_reached][:3]
    edits = [
        ("people_reached", 1234, 1300),
        ("notes", "Плакаты в 12 школах", "Плакаты в 14 школах (уточнено)"),
        ("settlement", "Медеуский район", "Медеу ауданы"),
    ]
    for rec, (field, mine, theirs) in zip(records, edits, strict=True):
        extra = {"children_reached": 0} if field == "people_reached" else {}
        office.records.update(office.records.get(rec.uuid).copy(**{field: mine}, **extra))
        coord.records.update(coord.records.get(rec.uuid).copy(**{field: theirs}, **extra))
    exchange.export_workbook(coord, root / "c.xlsx", office="ALA-01")
    exchange.commit_import(office, [root / "c.xlsx"])
    office.close()
    coord.close()
    for language in ("ru", "kk"):
        ctx = build_context(Paths(root / "office"), language, tasks=SyncTaskRunner())
        ctx.set_language(language)
        dialog = ConflictsDialog(ctx)
        dialog.resize(1100, 420)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / f"conflicts-{language}.png"))
        dialog.close()
        ctx.workspace.close()
    print(f"conflict screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(conflicts_shots() if sys.argv[1:] == ["conflicts"] else main())
