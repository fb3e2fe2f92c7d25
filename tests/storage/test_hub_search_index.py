"""Case-insensitive search on the hub uses PostgreSQL's trigram index (pg_trgm) where the server has it,
finds exactly what the scan finds, and falls back to the scan where the extension is refused (issue 17)."""

from __future__ import annotations

import os

import psycopg
import pytest

from fieldapp.domain.query import RecordFilter, Sort
from fieldapp.paths import Paths
from fieldapp.services import demo, installation
from fieldapp.services.workspace import Workspace
from fieldapp.storage import pg_schema
from tests.cli.test_hub_cli import run
from tests.conftest import make_activity
from tests.storage.test_text_search import NEEDLES

pytestmark = pytest.mark.postgresql

RARE = "Жаңаөзен-7781"


def has_index(url: str) -> bool:
    with psycopg.connect(url) as con:
        return bool(
            con.execute(
                "SELECT 1 FROM pg_indexes WHERE indexname = %s", (pg_schema.TRIGRAM_INDEX,)
            ).fetchone()
        )


def grow(url: str, doublings: int) -> None:
    """Double the records `doublings` times (new uuids): a realistic table size in seconds, then ANALYZE
    as autovacuum would."""
    with psycopg.connect(url, autocommit=True) as con:
        cols = [
            c
            for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'activity' "
                "AND column_name NOT IN ('pk', 'uuid') ORDER BY ordinal_position"
            )
        ]
        names = ", ".join(f'"{c}"' for c in cols)
        for _ in range(doublings):
            copy = f"SELECT gen_random_uuid()::text, {names} FROM activity"
            con.execute(f'INSERT INTO activity ("uuid", {names}) {copy}')
        con.execute("ANALYZE")


@pytest.fixture(scope="module")
def hub(pg_cluster, tmp_path_factory):
    """One hub of ~96,000 records for the module (each test leaves the index as it found it)."""
    name = f"search_{os.getpid()}"
    pg_cluster.psql(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    url = pg_cluster.url(name)
    home = tmp_path_factory.mktemp("hub") / "c"
    with Workspace(Paths(home, url), create_hub=True) as ws:
        installation.configure(ws.store, "ALA-01", "Almaty field office", "KZ-75", "ru")
        demo.generate(ws.store, 1500, seed=5)
        for site in ("Қаскелең ауылы", "Школа №5", 'Say "hi" club', "100%_done"):
            ws.records.create(make_activity(settlement=site))
    grow(url, 6)  # 1,504 × 64 = 96,256 records
    with Workspace(Paths(home, url)) as ws:
        ws.records.create(make_activity(notes=f"встреча в {RARE.upper()}"))
    yield url
    pg_cluster.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_hub_init_creates_the_trigram_index_and_the_planner_uses_it(hub, tmp_path):
    assert has_index(hub), "the hub (set up by its owner, pg_trgm in Debian's contrib) has no trigram index"
    with Workspace(Paths(tmp_path / "c", hub)) as ws:
        room = ws.store.records
        f = RecordFilter(text=RARE.lower())
        query, params = room.page_sql(f, Sort(), None, 51)
        plan = "\n".join(r[0] for r in ws.store.db.execute_sql("EXPLAIN " + query, params).fetchall())
        assert pg_schema.TRIGRAM_INDEX in plan, plan
        assert [r.notes for r in room.page(f).records] == [f"встреча в {RARE.upper()}"]
        assert room.count(f) == 1
        frequent = RecordFilter(text="КАЗПОЧТА")  # in ~8 % of the demo records
        assert room.count(frequent) > room.SEARCH_CAP
        assert room.use_search_index(frequent) is False, "a frequent needle: the ordered walk is sooner"
        assert len(room.page(frequent, Sort(), None, 50).records) == 50


def found(ws, needle: str, pages: int = 4) -> tuple[list[str], int]:
    """The first pages of 50 (keyset, in the table's order) and the count."""
    f = RecordFilter(text=needle)
    seen, after = [], None
    for _ in range(pages):
        page = ws.store.records.page(f, Sort(), after, 50)
        seen += [r.uuid for r in page.records]
        if page.next is None:
            break
        after = page.next
    return seen, ws.store.records.count(f)


def test_results_are_identical_with_and_without_the_index(hub, tmp_path):
    needles = [*NEEDLES, RARE, "ауыл", "ШКОЛА"]
    with Workspace(Paths(tmp_path / "c", hub)) as ws:
        with_index = {n: found(ws, n) for n in needles}
    with psycopg.connect(hub, autocommit=True) as con:
        con.execute(f'DROP INDEX "{pg_schema.TRIGRAM_INDEX}"')
    try:
        with Workspace(Paths(tmp_path / "c", hub)) as ws:
            assert not ws.store.records.has_search_index()
            for n in needles:
                assert found(ws, n) == with_index[n], n
    finally:
        run("--home", str(tmp_path / "owner"), "--database", hub, "hub", "init")
        assert has_index(hub)
    assert with_index[RARE][1] == 1 and with_index["ауыл"][1] == 64  # 1 record doubled 6 times
    assert max(count for _, count in with_index.values()) > 10_000


def test_hub_init_adds_the_index_to_a_hub_set_up_without_it(hub, tmp_path):
    with psycopg.connect(hub, autocommit=True) as con:
        con.execute(f'DROP INDEX "{pg_schema.TRIGRAM_INDEX}"')
    r = run("--home", str(tmp_path / "owner"), "--database", hub, "hub", "init")
    assert r.returncode == 0, r.stderr
    assert has_index(hub)


def test_an_owner_who_may_not_create_the_extension_gets_a_hub_that_scans(pg_cluster, hub_url, tmp_path):
    """pg_trgm is a trusted extension: creating it needs CREATE on the database. An owner of the tables
    without it still gets a working hub; search scans as before."""
    name = hub_url.rsplit("/", 1)[1].split("?")[0]
    login = f"noext_{name}"
    pg_cluster.psql(f'CREATE ROLE "{login}" LOGIN CREATEROLE')
    pg_cluster.psql(
        f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC; GRANT CREATE ON SCHEMA public TO "{login}"', name
    )
    url = pg_cluster.url(name, user=login)
    r = run("--home", str(tmp_path / "owner"), "--database", url, "hub", "init")
    assert r.returncode == 0, r.stderr
    assert not has_index(url)
    with Workspace(Paths(tmp_path / "owner", url)) as ws:
        installation.configure(ws.store, "ALA-01", "Almaty field office", "KZ-75", "ru")
        ws.records.create(make_activity(settlement="Қаскелең ауылы"))
        assert ws.store.records.count(RecordFilter(text="ҚАСКЕЛЕҢ")) == 1
