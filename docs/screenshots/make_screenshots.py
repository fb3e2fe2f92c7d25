"""Render the main screens offscreen in Russian and Kazakh: `python docs/screenshots/make_screenshots.py`.

`python docs/screenshots/make_screenshots.py conflicts` renders only the Conflicts view.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.ui.app import build_context, make_app
from fieldapp.ui.mainwindow import MainWindow
from fieldapp.ui.tasks import SyncTaskRunner

OUT = Path(__file__).resolve().parent


def main() -> int:
    app = make_app(sys.argv[:1])
    home = Paths(Path(tempfile.mkdtemp()) / "home")
    for language in ("ru", "kk"):
        ctx = build_context(home, language, tasks=SyncTaskRunner())
        if ctx.workspace.installation is None:
            installation.configure(ctx.workspace.store, "ALA-01", "Алматы", "KZ-75", language)
            demo.generate(ctx.workspace.store, 3000, seed=5, end=date(2020, 12, 31))
        ctx.set_language(language)
        window = MainWindow(ctx)
        window.resize(1280, 760)
        window.show()
        window.start()
        app.processEvents()
        shots = {"activities": window, "dashboard": window, "exchange": window, "settings": window}
        for page in shots:
            window.show_page(page)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"{page}-{language}.png"))
        window.show_page("activities")
        dialog = window.activities.new_record()
        dialog.fields.kind.set_code("kazpost_video")
        dialog.fields.settlement.setText("Алматы, 050000 бөлімшесі")
        dialog.fields.measures["people_reached"].setText("10")
        dialog.fields.measures["children_reached"].setText("25")
        dialog.save()
        app.processEvents()
        dialog.grab().save(str(OUT / f"entry-form-{language}.png"))
        dialog.dirty = False
        dialog.reject()
        window.close()
        ctx.workspace.close()
    print(f"screenshots written to {OUT}")
    return 0


def conflicts_shots() -> int:
    """Two installations edit the same fields of a few records concurrently; the office's view of it."""
    from fieldapp.services import exchange
    from fieldapp.services.workspace import Workspace
    from fieldapp.ui.conflicts import ConflictsDialog

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
