"""Migration numbers are reserved per line of work: the runner accepts gaps, and a lower number that
arrives after a higher one was applied still runs (each applied migration is recorded)."""

from __future__ import annotations

import sqlite3

from fieldapp.storage import Store
from fieldapp.storage import migrations as mig
from fieldapp.storage import store as store_module
from tests.storage.test_migrations import make_v1_database


def test_a_gap_in_the_numbers_is_accepted_and_every_applied_migration_recorded(tmp_path):
    path = tmp_path / "fieldapp.sqlite3"
    make_v1_database(path)
    with Store(path, backup_dir=tmp_path / "b") as store:
        assert store.schema_version() == mig.LATEST == max(mig.NUMBERS)
        assert store.applied_migrations() == set(mig.NUMBERS)
        assert store.db.table_exists("reference_version")
    con = sqlite3.connect(path)
    recorded = ",".join(map(str, sorted(mig.NUMBERS)))
    assert con.execute("SELECT value FROM meta WHERE key='migrations'").fetchone() == (recorded,)
    con.close()


def test_a_lower_number_merged_later_still_runs_once(tmp_path, monkeypatch):
    path = tmp_path / "fieldapp.sqlite3"
    Store(path, backup_dir=tmp_path / "b").close()  # a database with every listed migration applied
    later = min(n for n in range(1, mig.LATEST) if n not in mig.NUMBERS)  # a free number below the latest

    def m005(db):
        db.execute_sql("CREATE TABLE later_work (x INTEGER)")

    loaded = list(mig.MIGRATIONS)
    with_later = sorted([*loaded, (later, m005)])
    monkeypatch.setattr(store_module, "MIGRATIONS", with_later)
    monkeypatch.setattr(store_module, "NUMBERS", frozenset(n for n, _ in with_later))
    with Store(path, backup_dir=tmp_path / "b") as store:
        assert store.db.table_exists("later_work")
        assert store.applied_migrations() == {*mig.NUMBERS, later}
        assert store.schema_version() == mig.LATEST
    with Store(path, backup_dir=tmp_path / "b") as store:  # applied once: a second run would fail
        assert store.applied_migrations() == {*mig.NUMBERS, later}


def test_the_backup_before_a_late_lower_migration_is_named_by_it(tmp_path, monkeypatch):
    """The schema number does not move when only a lower migration is added: the backup names the
    migration applied (`before-migration-N`), not `…-11-to-11`."""
    from fieldapp.storage.backup import list_backups

    path = tmp_path / "fieldapp.sqlite3"
    Store(path, backup_dir=tmp_path / "b").close()
    later = min(n for n in range(1, mig.LATEST) if n not in mig.NUMBERS)
    with_later = sorted(
        [*mig.MIGRATIONS, (later, lambda db: db.execute_sql("CREATE TABLE later_work (x INTEGER)"))]
    )
    monkeypatch.setattr(store_module, "MIGRATIONS", with_later)
    monkeypatch.setattr(store_module, "NUMBERS", frozenset(n for n, _ in with_later))
    with Store(path, backup_dir=tmp_path / "b") as store:
        assert store.last_migration_backup is not None
    (backup,) = list_backups(tmp_path / "b")
    assert backup.name.endswith(f"-before-migration-{later}.sqlite3")
