"""An SQLite Store opens and reads on plain sqlite3 and brings peewee in on first need (start-up time):
nothing a person relies on may differ — the same connection per thread before and after (a
transaction reads what it wrote), the same errors, the same functions and pragmas."""

from __future__ import annotations

import subprocess
import sys
import threading

import peewee
import pytest

from fieldapp.storage import Store
from fieldapp.storage.db import LazySqlite


@pytest.fixture
def store(tmp_path):
    Store(tmp_path / "f.sqlite3").close()  # created and migrated (through peewee)
    with Store(tmp_path / "f.sqlite3") as s:  # opened again: up to date, plain sqlite3
        yield s


def test_opening_and_reading_a_page_need_no_peewee(tmp_path):
    path = tmp_path / "f.sqlite3"
    Store(path).close()  # created (and migrated) through peewee
    code = (
        "import sys\n"
        "from fieldapp.storage import Store\n"
        f"s = Store({str(path)!r})\n"
        "print(len(s.records.page().records), s.get_meta('app'), 'peewee' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "fieldapp", "False"]


def test_a_transaction_reads_what_it_wrote_through_the_connection_that_read_before(store):
    assert isinstance(store.db, LazySqlite)
    assert store.records.page().records == []  # plain sqlite3 so far
    assert store.get_meta("note") is None
    assert store.db._peewee is None
    with store.atomic():  # peewee from here: it takes over this thread's connection
        store.set_meta("note", "written")
        assert store.get_meta("note") == "written"  # uncommitted, read on the same connection
    assert store.db._peewee is not None
    assert store.get_meta("note") == "written"


def test_another_thread_keeps_its_own_connection_across_the_switch(store):
    seen = []

    def worker():
        seen.append(store.get_meta("x"))  # before peewee: this thread's own sqlite3 connection
        ready.set()
        go.wait(10)
        with store.atomic():
            store.set_meta("y", "2")
            seen.append(store.get_meta("y"))  # inside its transaction, on the connection it had
        seen.append(store.db.is_closed())

    ready, go = threading.Event(), threading.Event()
    t = threading.Thread(target=worker)
    t.start()
    ready.wait(10)
    store.set_meta("x", "1")  # the main thread brings peewee in
    go.set()
    t.join(10)
    assert seen == [None, "2", False]
    assert store.get_meta("x") == "1" and store.get_meta("y") == "2"


def test_errors_are_peewees_before_and_after(store):
    with pytest.raises(peewee.OperationalError):
        store.db.execute_sql("SELECT nope FROM nowhere")
    assert store.db._peewee is None  # the error is named in peewee's terms; the database stays plain
    store.db.peewee()
    with pytest.raises(peewee.OperationalError):
        store.db.execute_sql("SELECT nope FROM nowhere")


def test_functions_and_pragmas_are_the_same_on_every_connection(store):
    def read():
        return [
            store.db.execute_sql("SELECT fa_fold('ӘЛЕМ')").fetchone()[0],
            store.db.execute_sql("PRAGMA journal_mode").fetchone()[0],
            store.db.execute_sql("PRAGMA synchronous").fetchone()[0],
            store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0],
        ]

    before = read()
    assert before[1:] == ["wal", 2, 1]
    store.db.peewee()
    results = []
    t = threading.Thread(target=lambda: results.append(read()))  # a new connection, peewee's own
    t.start()
    t.join(10)
    assert results == [before]


def test_peewee_imported_later_still_comes_without_the_postgresql_drivers(tmp_path):
    """Where psycopg is installed, `import peewee` imported it (0.1–0.25 s); the lazy import keeps it out."""
    code = (
        "import sys\n"
        "import fieldapp.storage\n"
        "import peewee\n"
        "print(sorted(m for m in sys.modules if m.startswith('psycopg')), peewee.psycopg)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "None"]
