"""Report screenshots for docs/reports.md: `python docs/screenshots/make_report_screenshots.py`.

Five offices' demo data (20,000 records in all) imported by a coordinator, a report for April–June 2020
in Kazakh and Russian: each workbook sheet is printed to PNG through LibreOffice (soffice) and pdftoppm,
the one-page summary through pdftoppm. Needs `soffice` (libreoffice-calc-nogui) and poppler-utils.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from openpyxl import load_workbook

from fieldapp.paths import Paths
from fieldapp.services import demo, installation, targets
from fieldapp.services import exchange as ex
from fieldapp.services.reporting import build_report
from fieldapp.services.workspace import Workspace

OUT = Path(__file__).resolve().parent / "report"
PERIOD = (date(2020, 4, 1), date(2020, 6, 30))
OFFICES = [
    ("ALA-01", "KZ-75"),
    ("AST-01", "KZ-71"),
    ("SHY-01", "KZ-79"),
    ("KRG-01", "KZ-35"),
    ("URA-01", "KZ-27"),
]
SHEETS = {"overview": 0, "offices": 1, "by-region": 3, "by-target-group": 6, "targets": 11}


def coordinator(tmp: Path) -> Workspace:
    files = []
    for i, (office, region) in enumerate(OFFICES):
        ws = Workspace(Paths(tmp / office))
        installation.configure(ws.store, office, office, region, "ru")
        if office != "URA-01":  # one expected office sends nothing for the period
            demo.generate(ws.store, 5000, seed=20 + i, end=date(2020, 12, 31))
        files.append(ex.export_workbook(ws, tmp / f"{office}.xlsx").path)
        ws.close()
    co = Workspace(Paths(tmp / "co"))
    installation.configure(co.store, "KZ-CO", "UNICEF Kazakhstan", "KZ-71", "ru")
    ex.commit_import(co, files)
    targets.set_targets(co, [
        {"kind": "leaflets", "region": "", "date_from": PERIOD[0], "date_to": PERIOD[1],
         "measure": "people_reached", "planned": 600_000},
        {"kind": "kazpost_video", "region": "", "date_from": date(2020, 4, 1), "date_to": date(2020, 12, 31),
         "measure": "sites_covered", "planned": 350 * 8},
        {"kind": "social_media", "region": "", "date_from": date(2020, 3, 1), "date_to": date(2020, 12, 31),
         "measure": "people_reached", "planned": 3_500_000},
    ])  # fmt: skip
    return co


def sheet_pngs(book: Path, titles: dict[str, str], language: str, tmp: Path) -> None:
    """Print the whole workbook with LibreOffice (the sheets' own page setup: landscape, page-wide), then
    keep the first page of each sheet named in `titles` (found by the sheet's title on the page)."""
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(book)],
                   check=True, capture_output=True, timeout=600)  # fmt: skip
    pdf = tmp / f"{book.stem}.pdf"
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))  # fmt: skip
    for name, title in titles.items():
        for page in range(1, pages + 1):
            pick = ["-f", str(page), "-l", str(page)]
            text = subprocess.run(["pdftotext", *pick, str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout  # fmt: skip
            if text.strip().splitlines()[:1] == [title]:
                pick = ["-f", str(page), "-l", str(page), "-singlefile"]
                shot = str(OUT / f"{name}-{language}")
                subprocess.run(["pdftoppm", "-r", "80", "-png", *pick, str(pdf), shot], check=True)
                break


def dashboard_png(co: Workspace, language: str) -> None:
    """The dashboard with the region map, the target-group breakdown and the targets (coordinator)."""
    from PySide6.QtWidgets import QApplication

    from fieldapp.ui.app import build_context
    from fieldapp.ui.dashboard.page import DashboardPage
    from fieldapp.ui.tasks import SyncTaskRunner

    app = QApplication.instance()
    ctx = build_context(co.paths, language, tasks=SyncTaskRunner())
    ctx.set_language(language, persist=False)
    page = DashboardPage(ctx)
    page.resize(1280, 2000)
    page.show()
    page.period.set_period(*PERIOD)
    page.breakdown.setCurrentIndex(page.breakdown.findData("target_group"))
    for _ in range(10):
        app.processEvents()
    page.grab().save(str(OUT / f"dashboard-{language}.png"))
    page.close()
    ctx.workspace.close()


def main() -> int:
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        print("needs soffice and pdftoppm", file=sys.stderr)
        return 2
    from fieldapp.ui.app import make_app
    from fieldapp.ui.pdf import write_pdf

    make_app(sys.argv[:1])  # a QApplication (widgets) before the PDF writer would make a bare one

    OUT.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    co = coordinator(tmp)
    for language in ("kk", "ru"):
        book = ex.write_report(co, tmp / f"report-{language}.xlsx", *PERIOD, language=language)
        shutil.copy(book, OUT / f"report-{language}.xlsx")
        wb = load_workbook(book)  # each sheet's title in A1 is how its page is found
        names = wb.sheetnames
        titles = {name: wb[names[index]]["A1"].value for name, index in SHEETS.items()}
        sheet_pngs(book, titles, language, tmp)
        pdf = write_pdf(build_report(co, *PERIOD), OUT / f"summary-{language}.pdf", language)
        dashboard_png(co, language)
        shot = str(OUT / f"summary-{language}")
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf), shot], check=True)
    co.close()
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
