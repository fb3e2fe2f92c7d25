"""Render the main screens offscreen in Russian and Kazakh: `python docs/screenshots/make_screenshots.py`."""

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


if __name__ == "__main__":
    raise SystemExit(main())
