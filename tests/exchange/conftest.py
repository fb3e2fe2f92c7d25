"""Fixtures for exchange tests: a second installation (another office), and database snapshots.

The coordinator's `workspace` runs on both engines: an SQLite file and the hub (PostgreSQL); the other
offices made by `make_workspace` stay on SQLite files, as offices do."""

from __future__ import annotations

import pytest

from fieldapp.paths import Paths
from fieldapp.services import installation
from fieldapp.services.workspace import Workspace
from tests.conftest import ENGINES


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    return request.param


@pytest.fixture
def workspace(workspace):
    """The installation that imports other offices' files is the coordinator's (merge version 2: an
    office installation refuses other offices' records; tests of that set the role back)."""
    installation.set_role(workspace.store, "coordinator")
    return workspace


@pytest.fixture
def make_workspace(tmp_path):
    """Open another initialised installation: make_workspace("AST-01", "KZ-71", role="office").

    The role is coordinator unless asked, so that tests of other things exchange freely."""
    opened: list[Workspace] = []

    def make(office: str = "AST-01", region: str = "KZ-71", role: str = "coordinator") -> Workspace:
        ws = Workspace(Paths(tmp_path / f"home-{office}-{len(opened)}"))
        installation.configure(ws.store, office, f"{office} office", region, "ru", role=role)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


def snapshot(ws: Workspace) -> dict:
    """Every record (as dicts, by UUID) and the number of history rows: what 'nothing changed' compares."""
    records = {r.uuid: r.as_dict() for r in ws.store.records.iter_records()}
    history = ws.store.db.execute_sql("SELECT COUNT(*) FROM history").fetchone()[0]
    seq = ws.store.db.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM activity").fetchone()[0]
    return {"records": records, "history": history, "max_seq": seq}
