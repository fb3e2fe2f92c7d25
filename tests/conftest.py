"""Shared fixtures: a temporary fieldapp home with a real SQLite file, and offscreen Qt."""

from __future__ import annotations

import os
from datetime import date

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
