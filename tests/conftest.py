"""Shared fixtures: a temporary fieldapp home with a real SQLite file, and offscreen Qt."""

from __future__ import annotations

import itertools
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


# -- the engines: an SQLite file everywhere; the storage, services and exchange tests also run every test
# that uses `workspace` on the coordinators' hub (PostgreSQL), through their conftest's `engine` ----------

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


PG_SLOW_ENV = "FIELDAPP_PG_SLOW"  # also run the hub variants of slow tests (CI keeps them out: 30 min)


def pytest_collection_modifyitems(config, items):
    """The hub variant of a test marked sqlite_only (it is about the file) is not collected, nor that of a
    slow test unless FIELDAPP_PG_SLOW is set: the whole CI run stays under 30 minutes."""
    keep, drop = [], []
    for item in items:
        spec = getattr(item, "callspec", None)
        on_hub = spec is not None and spec.params.get("engine") == "postgresql"
        slow = item.get_closest_marker("slow") is not None and not os.environ.get(PG_SLOW_ENV)
        (drop if on_hub and (slow or item.get_closest_marker("sqlite_only")) else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture
def engine() -> str:
    """Which database `workspace` opens: "sqlite" here; parametrised over both where a conftest says so."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL cluster for the session (initdb in a temp dir, a free port).

    Skipped, with the reason, only where no PostgreSQL is installed; CI sets FIELDAPP_REQUIRE_POSTGRES
    (.ci/test) so that there a missing PostgreSQL fails instead of skipping."""
    from tests import pgcluster

    try:
        cluster = pgcluster.start_cluster()
    except FileNotFoundError as e:
        if os.environ.get(pgcluster.REQUIRE_ENV):
            pytest.fail(f"{pgcluster.REQUIRE_ENV} is set but PostgreSQL is missing: {e}")
        pytest.skip(f"PostgreSQL is not installed on this machine ({e}); `.ci/setup test` installs it")
    yield cluster
    pgcluster.remove(cluster)


@pytest.fixture
def hub_url(pg_cluster, request):
    """A fresh, empty database in the session's cluster (dropped afterwards): a postgresql:// URL."""
    import psycopg

    name = f"t{os.getpid()}_{next(_DB_NUMBERS)}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as con:
        con.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    yield pg_cluster.url(name)
    with psycopg.connect(pg_cluster.url(), autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_DB_NUMBERS = itertools.count(1)


@pytest.fixture
def workspace(home, engine, request, monkeypatch):
    """An initialised installation (office ALA-01 in Almaty) on a real database file, or on a real
    PostgreSQL database where `engine` is "postgresql" (the home remembers it, as `fieldapp hub use`
    does, so that a `fieldapp --home` the test runs works on the same hub)."""
    if engine == "postgresql":
        url = request.getfixturevalue("hub_url")
        home.ensure()
        home.shared_database_file.write_text(url, encoding="utf-8")
        home = Paths(home.home, url)
    ws = Workspace(home, create_hub=True)
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
