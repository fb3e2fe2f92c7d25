"""A database made by schema version 1 opens under the current code, migrates, keeps every record."""

import json
import sqlite3

import pytest
from peewee import SqliteDatabase

from fieldapp.storage import NotAFieldappDatabase, Store
from fieldapp.storage.backup import list_backups
from fieldapp.storage.migrations import LATEST, m001_initial

V1_ROWS = [
    # uuid, office, kind, start_date, region, settlement, people, children, notes, version, deleted
    ("0b8f5c1e-3d0a-4c55-9a53-1a0f6d2b7e01", "ALA-01", "leaflets", "2020-04-20", "KZ-75", "Медеу", 450, 300,
     "Парақшалар", 1, 0),
    ("0b8f5c1e-3d0a-4c55-9a53-1a0f6d2b7e02", "SHY-02", "kazpost_video", "2020-05-02", "KZ-79", "Абай", 1200,
     400,
     "Видео в отделениях", 3, 0),
    ("0b8f5c1e-3d0a-4c55-9a53-1a0f6d2b7e03", "AST-01", "psychosocial", "2020-06-11", "KZ-71", "", 15, 15,
     "=SUM(A1)", 2, 1),
]  # fmt: skip


def make_v1_database(path):
    """Exactly what version 1 of fieldapp left on disk: the v1 migration, then rows in its columns."""
    db = SqliteDatabase(str(path), pragmas={"journal_mode": "wal"})
    db.connect()
    m001_initial.apply(db)
    db.execute_sql("INSERT INTO meta(key, value) VALUES ('app', 'fieldapp'), ('schema_version', '1')")
    for uuid, office, kind, start, region, site, people, children, notes, version, deleted in V1_ROWS:
        db.execute_sql(
            "INSERT INTO activity (uuid, office, kind, start_date, region, settlement, people_reached,"
            " children_reached, notes, created_at, updated_at, version, deleted, seq, district, site_type,"
            " language, target_groups, partners, entered_by, origin_office, origin_device, updated_device)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1588000000000, 1588000000123, ?, ?,"
            " (SELECT COALESCE(MAX(seq), 0) + 1 FROM activity),"
            " '', '', 'ru', 'parents', '', '', ?, 'dev-1', 'dev-1')",
            (uuid, office, kind, start, region, site, people, children, notes, version, deleted, office),
        )
    db.execute_sql(
        "INSERT INTO history (activity_uuid, version, updated_at, updated_device, deleted, snapshot,"
        " replaced_at, reason)"
        " VALUES (?, 1, 1587000000000, 'dev-1', 0, ?, 1588000000123, 'edit')",
        (V1_ROWS[1][0], json.dumps({"uuid": V1_ROWS[1][0], "kind": "kazpost_video", "version": 1})),
    )
    db.close()


def test_v1_database_migrates_keeping_every_record_and_leaves_a_backup(tmp_path):
    path = tmp_path / "fieldapp.sqlite3"
    make_v1_database(path)

    with Store(path, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version() == LATEST
        records = store.records.get_many([r[0] for r in V1_ROWS])
        assert len(records) == len(V1_ROWS)
        for uuid, office, kind, start, region, site, people, children, notes, version, deleted in V1_ROWS:
            rec = records[uuid]
            assert (rec.office, rec.kind, rec.start_date.isoformat(), rec.region) == (
                office,
                kind,
                start,
                region,
            )
            assert (rec.settlement, rec.people_reached, rec.children_reached, rec.notes) == (
                site, people, children, notes,
            )  # fmt: skip
            assert (rec.version, rec.deleted, rec.updated_at) == (version, bool(deleted), 1588000000123)
        assert len(store.history.of(V1_ROWS[1][0])) == 1
        # what schema 2 added is usable
        assert store.logs.imports() == []

    backups = list_backups(tmp_path / "backups")
    assert len(backups) == 1 and "before-migration-1-to" in backups[0].name
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("1",)
    assert con.execute("SELECT COUNT(*) FROM activity").fetchone() == (3,)
    con.close()


def test_opening_a_current_database_again_does_not_back_up_or_migrate(tmp_path):
    path = tmp_path / "fieldapp.sqlite3"
    Store(path, backup_dir=tmp_path / "b").close()
    with Store(path, backup_dir=tmp_path / "b") as store:
        assert store.last_migration_backup is None
    assert list_backups(tmp_path / "b") == []


def test_a_database_from_a_newer_fieldapp_is_refused_untouched(tmp_path):
    path = tmp_path / "fieldapp.sqlite3"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotAFieldappDatabase, match="newer"):
        Store(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotAFieldappDatabase):
        Store(path)


def test_a_database_without_the_merge_clock_gets_it_and_keeps_its_triggers(tmp_path):
    """A database with every migration but 11 applied (the state before merge version 2) gets m011."""
    import sqlite3 as _sqlite3

    from fieldapp.storage import Store as _Store

    path = tmp_path / "four.sqlite"
    with _Store(path) as store:
        store.set_meta("office_code", "ALA-01")
    con = _sqlite3.connect(path)
    con.execute("DROP INDEX activity_conflicts")
    con.execute("ALTER TABLE activity DROP COLUMN conflicts")
    con.execute("ALTER TABLE activity DROP COLUMN clock")
    from fieldapp.storage.migrations import NUMBERS

    before = sorted(NUMBERS - {11})
    con.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(before[-1]),))
    con.execute("UPDATE meta SET value=? WHERE key='migrations'", (",".join(map(str, before)),))
    con.commit()
    con.close()
    with _Store(path) as store:
        assert store.schema_version() == LATEST == max(NUMBERS)
        assert 11 in store.applied_migrations()
        cols = [r[1] for r in store.db.execute_sql("PRAGMA table_info(activity)").fetchall()]
        assert cols[-2:] == ["clock", "conflicts"] or {"clock", "conflicts"} <= set(cols)
        triggers = {r[0] for r in store.db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert "activity_totals_insert" in triggers  # the schema-4 totals survive the new columns
