"""An import's new records inserted by a writer thread while the import reads its next batch (issue 16)."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import TYPE_CHECKING

from fieldapp.storage.bulk_upkeep import insert_rows_sqlite
from fieldapp.storage.db import is_sqlite

if TYPE_CHECKING:
    from fieldapp.domain.record import Activity
    from fieldapp.storage.records import Digests, RecordRoom


class BackgroundInserts:
    """An import's new records inserted by a writer thread while the import reads its next batch.

    Python's sqlite3 lets go of the GIL while SQLite runs a statement, so the insert, the totals and the
    search index upkeep of one batch (`bulk_upkeep`) run on the second core while the main thread parses
    the next: at 100,000 new records ~2 s less CPU on the import's thread (wall time where a core is free).
    It stays one transaction on one connection, used by one thread at a time:

    * the writer uses the connection of the thread that made this object (the import's, inside its open
      write transaction; sqlite3 allows it, the connection is opened with check_same_thread=False);
    * at most one batch is being written; the caller calls `settle()` before anything else it does with
      the database (lookups, history, updates, the end of the import), which waits for that batch and
      raises its error there — so the import fails with the writer's error and its transaction rolls back;
    * `close()` settles and ends the thread; `abandon()` (the import is failing or cancelled) waits for
      the batch and drops its error, so the rollback never meets a statement still running;
    * a killed process leaves the transaction uncommitted, as before.

    Outside a transaction, or on the hub (PostgreSQL), `insert_many` writes at once, in the caller's
    thread, as `RecordRoom.insert_many`.
    """

    def __init__(self, room: RecordRoom):
        self.room = room
        self._job: Future | None = None
        self._pool: ThreadPoolExecutor | None = None
        if is_sqlite(room.db) and room.db.in_transaction():
            self._conn = room.db.connection()
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="fieldapp-import-writer")

    def insert_many(
        self,
        records: Sequence[Activity],
        first_seq: int,
        import_id: int | None = None,
        digests: Digests = None,
        at: int | None = None,
    ) -> int:
        """As `RecordRoom.insert_many` (returns the next free seq); the rows may still be going in."""
        self.settle()
        if self._pool is None:
            return self.room.insert_many(records, first_seq, import_id, digests, at)
        query, rows = self.room._insert_rows(records, first_seq, import_id, digests, at)
        if rows:
            self._job = self._pool.submit(_write, self._conn, query, rows)
        return first_seq + len(records)

    def settle(self) -> None:
        """Wait for the batch being written; its error is raised here."""
        job, self._job = self._job, None
        if job is not None:
            job.result()

    def close(self) -> None:
        try:
            self.settle()
        finally:
            self._end()

    def abandon(self) -> None:
        """Wait for the batch being written and drop its error (the caller is already failing)."""
        job, self._job = self._job, None
        try:
            if job is not None:
                futures_wait([job])
        finally:  # also on a second Ctrl-C: the shutdown still waits for the thread
            self._end()

    def _end(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def _write(conn, query: str, rows: list) -> None:
    cursor = conn.cursor()
    try:
        insert_rows_sqlite(cursor, query, rows)
    finally:
        cursor.close()
