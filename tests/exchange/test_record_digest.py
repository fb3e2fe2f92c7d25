"""A re-import decides "unchanged" from one stored hash per record (issue 16, migration 7).

Each record keeps the digest of the row whose merge gave its current state (with the file's context
in the hash's seed). A matching row is unchanged without the stored record being read or formatted;
every other way a record changes afterwards (an edit, a deletion, a conflict's resolution, another
import, an undo, a restore, a write by a fieldapp that knows nothing of digests) must make the next
re-import apply what the file says, exactly as parsing every row would."""

from __future__ import annotations

import pickle
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.exchange.columns import COLUMNS
from fieldapp.services import conflicts
from fieldapp.services import exchange as ex
from fieldapp.services.exchange_merge import Merger
from fieldapp.storage import Store
from fieldapp.storage.record_rows import RECORD_COLUMNS
from fieldapp.storage.records import RecordRoom
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot
from tests.exchange.memory_book import open_memory, resave, write_memory
from tests.exchange.test_incoming_seam import RECORDS
from tests.exchange.test_incoming_seam import _edit as _cell_edit

DIGEST_COLUMNS = ("row_digest", "digest_seq", "digest_at")


def _export(ws, path, **kw):
    ex.export_workbook(ws, path, writer=write_memory, **kw)
    return path


def _import(ws, path):
    return ex.commit_import(ws, [path], opener=open_memory)


def _both_ways(ws, path) -> tuple[dict, dict]:
    """The preview with the stored digests, and the preview that parses and merges every row."""
    quick = ex.preview_import(ws, [path], opener=open_memory).as_dict()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Merger, "_digests", lambda self, uuids: {})
        mp.setattr(Merger, "_stored", lambda self, uuids: {})
        full = ex.preview_import(ws, [path], opener=open_memory).as_dict()
    return quick, full


@pytest.fixture
def net(workspace, make_workspace, tmp_path):
    """An office with three records; the coordinator (SQLite file or hub) imported its first export (F1)
    and then its second (F2, one record edited in the office in between)."""
    office = make_workspace("ALA-01", "KZ-75", role="office")
    ids = [
        office.records.create(
            make_activity(people_reached=1000 + i, children_reached=10, notes=f"n{i}")
        ).created[0]
        for i in range(3)
    ]
    f1 = _export(office, tmp_path / "f1.xlsx")
    assert _import(workspace, f1).inserted == 3
    office.records.update(office.records.get(ids[0]).copy(notes="fixed in the office"))
    f2 = _export(office, tmp_path / "f2.xlsx")
    assert _import(workspace, f2).updated == 1
    return office, workspace, ids, f1, f2


def test_a_reimport_decides_unchanged_without_reading_the_stored_records(net, monkeypatch):
    _office, coord, _ids, _f1, f2 = net
    before = snapshot(coord)

    def no_records(self, uuids):
        raise AssertionError("the stored records were read")

    monkeypatch.setattr(RecordRoom, "get_many", no_records)
    monkeypatch.setattr(RecordRoom, "get_many_with_state", no_records)
    result = _import(coord, f2)
    assert (result.unchanged, result.inserted, result.updated) == (3, 0, 0)
    assert snapshot(coord) == before


def test_the_older_file_is_unchanged_and_the_answer_is_the_full_merges(net):
    _office, coord, _ids, f1, f2 = net
    for path in (f1, f2):
        quick, full = _both_ways(coord, path)
        assert quick == full and quick["unchanged"] == 3


def _edit(office, coord, ids, tmp_path):
    coord.records.update(coord.records.get(ids[0]).copy(notes="the coordinator's fix"))


def _delete(office, coord, ids, tmp_path):
    coord.records.delete(ids[1])


def _another_import(office, coord, ids, tmp_path):
    office.records.update(office.records.get(ids[2]).copy(people_reached=700))
    _import(coord, _export(office, tmp_path / "f3.xlsx"))


def _resolved_conflict(office, coord, ids, tmp_path):
    office.records.update(office.records.get(ids[0]).copy(people_reached=501))
    coord.records.update(coord.records.get(ids[0]).copy(people_reached=502))
    assert _import(coord, _export(office, tmp_path / "f3.xlsx")).conflicts == 1
    (c,) = conflicts.list_conflicts(coord.store)
    conflicts.resolve(coord.records, c.id, "theirs")


@pytest.mark.parametrize("change", [_edit, _delete, _another_import, _resolved_conflict])
def test_after_a_change_here_a_reimport_gives_what_parsing_every_row_gives(net, tmp_path, change):
    office, coord, ids, f1, f2 = net
    change(office, coord, ids, tmp_path)
    for path in (f1, f2):
        quick, full = _both_ways(coord, path)
        assert quick == full
        before = snapshot(coord)
        _import(coord, path)
        assert snapshot(coord) == before  # what the file says is in already (the merge is a join)


def test_after_an_undo_the_file_applies_again(net):
    _office, coord, ids, _f1, f2 = net
    ex.undo_last_import(coord)  # F2's edit goes; its row's digest must not survive it
    assert coord.records.get(ids[0]).notes == "n0"
    quick, full = _both_ways(coord, f2)
    assert quick == full and quick["updated"] == 1
    assert _import(coord, f2).updated == 1
    assert coord.records.get(ids[0]).notes == "fixed in the office"


def _rewrite_without_digests(store, record, seq):
    """What a fieldapp from before schema 7 (a second coordinator on the hub) writes: the record's
    columns and a new change number, leaving the digest columns as they were."""
    q = store.db.param
    sets = ", ".join(f'"{c}" = {q}' for c in RECORD_COLUMNS if c != "uuid")
    from fieldapp.storage.record_rows import to_db

    values = to_db(record)
    key = values.pop(RECORD_COLUMNS.index("uuid"))
    with store.atomic():
        store.db.execute_sql(
            f'UPDATE "activity" SET {sets}, "seq" = {q} WHERE "uuid" = {q}', [*values, seq, key]
        )


def test_a_write_by_a_fieldapp_that_knows_no_digests_is_not_hidden(net):
    """A second coordinator on the hub still running a fieldapp from before schema 7 puts the F1 version
    of a record back (its undo of F2): F2 applies again here, not "unchanged" by a stale digest."""
    from fieldapp.services.import_log import undoable_batch

    _office, coord, ids, _f1, f2 = net
    batch_id = min(r.id for r in undoable_batch(coord.store))
    old, _written_by = coord.store.history.overwritten_by_import(batch_id)[ids[0]]
    _rewrite_without_digests(coord.store, old, coord.store.records.next_seq())
    assert coord.records.get(ids[0]).notes == "n0"
    quick, full = _both_ways(coord, f2)
    assert quick == full and quick["updated"] == 1


def test_a_restored_backup_brings_its_own_digests(net):
    """A backup holds its records with the digests of their state then: after a restore the file that
    had come in since applies again, and the one in the backup stays unchanged."""
    from fieldapp.services import maintenance

    _office, coord, ids, _f1, f2 = net
    if coord.paths.database_url:
        pytest.skip("the hub is restored on its server (pg_restore), never by fieldapp")
    ex.undo_last_import(coord)
    before_f2 = maintenance.backup(coord)
    assert _import(coord, f2).updated == 1  # F2's digest on the record now
    maintenance.restore(coord.paths, before_f2, same_device=True)
    assert coord.records.get(ids[0]).notes == "n0"
    quick, full = _both_ways(coord, f2)
    assert quick == full and quick["updated"] == 1
    assert _import(coord, f2).updated == 1
    with_f2 = maintenance.backup(coord)
    ex.undo_last_import(coord)
    maintenance.restore(coord.paths, with_f2, same_device=True)
    quick, full = _both_ways(coord, f2)
    assert quick == full and quick["unchanged"] == 3


def test_migration_7_upgrades_an_existing_database_whose_records_have_no_digest(tmp_path, make_workspace):
    """A database from before schema 7 gets the columns; its records re-import by the full merge."""
    office = make_workspace("ALA-01", "KZ-75", role="office")
    for i in range(3):
        office.records.create(make_activity(notes=f"n{i}"))
    f1 = _export(office, tmp_path / "f1.xlsx")
    coord = make_workspace("UN-KZ", "KZ-71")
    _import(coord, f1)
    path = coord.store.path
    coord.close()
    con = sqlite3.connect(path)  # the same database as schema 11 left it, without migration 7
    for column in DIGEST_COLUMNS:
        con.execute(f'ALTER TABLE "activity" DROP COLUMN "{column}"')
    applied = con.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()[0].split(",")
    later = ",".join(n for n in applied if n != "7")  # every other migration stays applied
    con.execute("UPDATE meta SET value = ? WHERE key = 'migrations'", (later,))
    con.commit()
    con.close()
    with Store(path, backup_dir=tmp_path / "b") as store:
        assert 7 in store.applied_migrations()
        columns = {r[1] for r in store.db.execute_sql('PRAGMA table_info("activity")').fetchall()}
        assert set(DIGEST_COLUMNS) <= columns
        assert (
            store.db.execute_sql('SELECT COUNT(*) FROM "activity" WHERE "row_digest" IS NULL').fetchone()[0]
            == 3
        )


# -- digests written from rows a person or a spreadsheet program changed ---------------------------


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    """Another office's export of RECORDS records (one deleted), as a memory book."""
    from fieldapp.paths import Paths
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    base = tmp_path_factory.mktemp("sent")
    sender = Workspace(Paths(base / "sender"))
    installation.configure(sender.store, "AST-01", "Astana office", "KZ-71", "ru", role="coordinator")
    for i in range(RECORDS):
        sender.records.create(
            make_activity(office="AST-01", region="KZ-71", items_distributed=10 + i, notes=f"n{i}")
        )
    sender.records.delete(next(iter(sender.store.records.iter_records())).uuid)
    path = _export(sender, base / "export.xlsx")
    sender.close()
    return path


NOTES = [c.field for c in COLUMNS].index("notes")


def _edited(path, out, edits, note: bool = False):
    """The file with `edits` (row, column, value); with `note`, each edited row's notes changed too, so
    that the row writes its record (and its digest) rather than being unchanged."""
    data = pickle.loads(path.read_bytes())
    for r, c, v in edits:
        if note:
            data["rows"][r][NOTES] = f"edited in a spreadsheet {r}"
        data["rows"][r][c] = v
    out.write_bytes(pickle.dumps(data))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_cell_edit, max_size=3), st.lists(_cell_edit, max_size=3), st.booleans())
def test_digests_of_edited_rows_give_the_outcome_of_parsing_every_row(
    sent, make_workspace, tmp_path, first, then, resaved
):
    """The receiver merged a file whose cells were edited (its records keep those rows' digests); any
    other edit of the file, re-saved or not, imports as parsing every row would."""
    ws = make_workspace("ALA-01", "KZ-75")
    _import(ws, sent)
    _import(ws, _edited(sent, tmp_path / "first.xlsx", first, note=True))
    again = _edited(sent, tmp_path / "then.xlsx", then)
    if resaved:
        resave(again)
    for path in (tmp_path / "first.xlsx", again, sent):
        quick, full = _both_ways(ws, path)
        assert quick == full


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("region", "KZ-AST"),  # an old code: read as KZ-71, with a warning
        ("region", "Nur-Sultan"),  # an old name
        ("region", ""),  # the region's name column stands in
        ("kind", ""),  # the kind's name column stands in
        ("kind", "Leaflets"),  # a name where the code goes
        ("people_reached", True),  # a boolean cell
        ("items_distributed", 12.0),  # a whole number as a float: the same value
        ("start_date", "2020-04-20"),  # a date as text
    ],
)
def test_a_row_read_with_help_from_outside_its_checksum_cells_is_merged_again(
    sent, make_workspace, tmp_path, field, value
):
    """Rows whose reading depends on more than their checksum text (a name standing in for a code, an
    old region name, a boolean) give the full merge's outcome again, warnings included."""
    ws = make_workspace("ALA-01", "KZ-75")
    _import(ws, sent)
    at = [c.field for c in COLUMNS].index(field)
    first = _edited(sent, tmp_path / "first.xlsx", [(1, at, value)], note=True)
    _import(ws, first)
    quick, full = _both_ways(ws, first)
    assert quick == full


@pytest.mark.parametrize(
    "tamper",
    [
        '"digest_at" = "digest_at" + 864000000',  # written by a clock ten days ahead of this one now
        "\"row_digest\" = 'not a digest'",
        '"digest_seq" = "digest_seq" - 1',
    ],
)
def test_a_digest_not_current_costs_time_only(net, monkeypatch, tamper):
    """A digest from a clock ahead of this machine's (a clock set back since), a damaged one or one
    from before the record's last write is not trusted: the stored records are read and compared."""
    _office, coord, _ids, _f1, f2 = net
    with coord.store.atomic():
        coord.store.db.execute_sql(f'UPDATE "activity" SET {tamper}')
    read: list[int] = []
    real = RecordRoom.get_many
    monkeypatch.setattr(
        RecordRoom, "get_many", lambda self, uuids: read.append(len(uuids)) or real(self, uuids)
    )
    before = snapshot(coord)
    result = _import(coord, f2)
    assert (result.unchanged, result.updated, sum(read)) == (3, 0, 3)
    assert snapshot(coord) == before


def _as_before_schema_7(path) -> None:
    """The database as a fieldapp from before migration 7 left it (schema 11, no digest columns)."""
    con = sqlite3.connect(path)
    for column in DIGEST_COLUMNS:
        con.execute(f'ALTER TABLE "activity" DROP COLUMN "{column}"')
    applied = con.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()[0].split(",")
    later = ",".join(n for n in applied if n != "7")  # every other migration stays applied
    con.execute("UPDATE meta SET value = ? WHERE key = 'migrations'", (later,))
    con.commit()
    con.close()


def test_a_backup_from_before_schema_7_restores_and_migrates_and_so_does_the_upgraded_one(
    make_workspace, tmp_path
):
    """An older backup is restored (checked against the migrations it had, then migrated), and a backup
    of the database that migration 7 upgraded (its new columns last) passes the same checks."""
    from fieldapp.paths import Paths
    from fieldapp.services import maintenance
    from fieldapp.services.workspace import Workspace

    office = make_workspace("ALA-01", "KZ-75", role="office")
    for i in range(3):
        office.records.create(make_activity(notes=f"n{i}"))
    old = maintenance.backup(office)
    _as_before_schema_7(old)
    here = Paths(tmp_path / "restored")
    restored = maintenance.restore(here, old, same_device=True)
    assert restored.active_records == 3
    with Workspace(here) as ws:
        assert 7 in ws.store.applied_migrations()
        upgraded = maintenance.backup(ws)
    again = Paths(tmp_path / "again")
    assert maintenance.restore(again, upgraded, same_device=True).active_records == 3
