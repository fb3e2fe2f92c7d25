"""The one-page printable summary (issue 14 §7): Qt's PDF writer in kk, ru, en; from the app and the CLI."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from fieldapp.services.reporting import build_report
from fieldapp.ui.context import AppContext
from fieldapp.ui.exchange.page import ExchangePage
from fieldapp.ui.pdf import write_pdf
from fieldapp.ui.settings import Settings
from fieldapp.ui.tasks import SyncTaskRunner

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
EXPECTED = {  # words the page must carry in each language: title, method note, a region, a kind
    "kk": ("Қамту туралы жиынтық есеп", "бірегей адамдар саны емес", "Алматы", "Парақшалар тарату"),
    "ru": ("Сводный отчёт по охвату", "а не число уникальных", "г. Алматы", "Распространение листовок"),
    "en": ("Consolidated outreach report", "not a count of unique", "Almaty (city)", "Leaflet distribution"),
}


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout.decode("utf-8")).split())  # "ﬂ" → "fl"


@pytest.fixture
def records(workspace, activity_factory):
    workspace.records.create(activity_factory(people_reached=1450, children_reached=300))
    workspace.records.create(activity_factory(kind="posters", region="KZ-71", start_date=date(2020, 6, 1)))
    workspace.records.create(activity_factory(start_date=date(2021, 1, 5), people_reached=99_999))
    return workspace


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_one_page_in_each_language_with_period_method_map_and_breakdowns(qapp, records, tmp_path, language):
    model = build_report(records, date(2020, 4, 1), date(2020, 6, 30))
    path = write_pdf(model, tmp_path / f"summary-{language}.pdf", language)
    assert path.read_bytes()[:5] == b"%PDF-"
    assert pages(path) == 1
    assert not list(tmp_path.glob(".*partial"))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the text was not checked")
    text = text_of(path)
    for words in EXPECTED[language]:
        assert " ".join(words.split()) in text, words
    assert "2020-04-01 – 2020-06-30" in text
    assert "99" not in text.replace("2020", "")  # the January 2021 record is outside the period


def test_the_command_line_writes_the_summary_without_a_display(records, tmp_path):
    hidden = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["PYTHONPATH"] = str(ROOT)
    home = str(records.paths.home)
    records.close()
    out = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", home, "report", str(tmp_path / "s.pdf"), "--language",
         "kk"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert pages(tmp_path / "s.pdf") == 1
    bad = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", home, "report", str(tmp_path / "no" / "s.pdf")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 2 and "does not exist" in bad.stderr and "Traceback" not in bad.stderr


def test_the_exchange_page_offers_the_summary(qtbot, records, tmp_path, qapp, monkeypatch):
    ctx = AppContext(records.paths, records, Settings(tmp_path / "settings.ini"), SyncTaskRunner(), "ru")
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.show()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "svodka"), ""))
    page.pdf_button.click()
    assert pages(tmp_path / "svodka.pdf") == 1
    assert "svodka.pdf" in page.notice.text()


RENAMED = {"en": "Helpline (renamed)", "ru": "Телефон доверия", "kk": "Сенім телефоны"}
ADDED = {"en": "Peer mentoring", "ru": "Наставничество сверстников", "kk": "Құрдастар тәлімгерлігі"}


@pytest.fixture
def own_reference(workspace, activity_factory):
    """A coordinator who renamed `hotline` and added `peer_mentoring`, with one record of each."""
    from fieldapp.services import reference as rd

    rd.set_role(workspace, "coordinator")
    measures = ["sessions", "people_reached", "children_reached"]
    rd.add_kind(workspace, "hotline", RENAMED, measures)
    rd.add_kind(workspace, "peer_mentoring", ADDED, measures)
    workspace.reference_changed()
    for kind in ("hotline", "peer_mentoring"):
        rec = activity_factory(kind=kind, items_distributed=None, sites_covered=None, sessions=2)
        workspace.records.create(rec)
    return workspace


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_summary_names_kinds_as_the_installation_s_reference_data_does(own_reference, tmp_path, language):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the text cannot be read")
    home = str(own_reference.paths.home)
    own_reference.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--home", home, "report", str(tmp_path / "s.pdf"), "--language",
         language],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    text = text_of(tmp_path / "s.pdf")
    assert RENAMED[language] in text
    assert ADDED[language] in text
    assert "peer_mentoring" not in text
