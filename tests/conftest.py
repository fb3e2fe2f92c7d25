"""Shared fixtures: a temporary fieldapp home with a real SQLite file, and offscreen Qt."""

from __future__ import annotations

import os
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldapp.domain.record import Activity
from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.workspace import Workspace


@pytest.fixture
def home(tmp_path, monkeypatch) -> Paths:
    """A fresh data directory; FIELDAPP_HOME points at it so nothing touches the real one."""
    paths = Paths(tmp_path / "home")
    monkeypatch.setenv("FIELDAPP_HOME", str(paths.home))
    return paths


@pytest.fixture
def workspace(home):
    """An initialised installation (office ALA-01 in Almaty) on a real database file."""
    ws = Workspace(home)
    installation.configure(ws.store, "ALA-01", "Almaty field office", "KZ-75", "ru")
    yield ws
    ws.close()


def make_activity(**overrides) -> Activity:
    """A valid leaflet-distribution record; override any field."""
    values = dict(
        office="ALA-01",
        kind="leaflets",
        start_date=date(2020, 4, 20),
        region="KZ-75",
        settlement="Алмалинский район",
        site_type="school",
        language="kk_ru",
        target_groups=("migrant_children", "parents"),
        partners="Казпочта",
        items_distributed=500,
        sites_covered=4,
        people_reached=450,
        children_reached=300,
        notes="Парақшалар таратылды",
        entered_by="Айгерім С.",
    )
    values.update(overrides)
    return Activity(**values)


@pytest.fixture
def activity_factory():
    return make_activity


# -- every workbook fieldapp writes during the suite is scanned for formulas (issue 10, point 7) ----

_FORMULA_OR_ERROR = re.compile(rb"""<(?:\w+:)?f[\s>/]|<(?:\w+:)?c\b[^>]*\bt=["']e["']""")


def formula_cells(path: Path) -> list[str]:
    """Sheets of the workbook holding a formula (`<f>`) or an error value in any `<c>`."""
    found = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                data = z.read(name)
                # data validations hold <formula1>, not <f>: only cells matter
                if _FORMULA_OR_ERROR.search(data):
                    found.append(name)
    return found


@pytest.fixture(autouse=True, scope="session")
def _workbooks_fieldapp_writes_hold_no_formulas():
    """Watch the three services that write workbooks (export, report, template) for the whole session:
    every file they write is scanned as soon as it is written (tests may then edit it into a hostile
    one): no `<f>` and no error value in any cell of any sheet."""
    from fieldapp.services import exchange

    bad: dict[str, list[str]] = {}
    originals = {
        name: getattr(exchange, name) for name in ("export_workbook", "write_report", "write_template")
    }

    def watch(name):
        original = originals[name]

        def watched(*args, **kwargs):
            result = original(*args, **kwargs)
            path = Path(getattr(result, "path", result))
            if kwargs.get("writer") is not None:  # a test's stand-in writer (not a workbook) wrote it
                return result
            if path.stat().st_size < 50_000_000 and (cells := formula_cells(path)):
                bad[str(path)] = cells
            return result

        return watched

    for name in originals:
        setattr(exchange, name, watch(name))
    yield bad
    for name, original in originals.items():
        setattr(exchange, name, original)
    assert not bad, f"workbooks written by fieldapp hold formulas or error values: {bad}"
