"""A subprocess for the bulk-insert kill test: stops in the middle of a bulk insert (its triggers set
aside) and waits there to be killed."""

import sys
import time
from pathlib import Path

from fieldapp.storage import Store
from fieldapp.storage.record_rows import to_db
from fieldapp.storage.records import RECORD_COLUMNS, statement
from tests.conftest import make_activity


class _Stalling(list):
    """Rows that tell the parent, halfway through, that the insert is under way, then wait."""

    def __iter__(self):
        for i, row in enumerate(list.__iter__(self)):
            if i == len(self) // 2:
                sys.stdout.write("inside\n")
                sys.stdout.flush()
                time.sleep(600)
            yield row


def main(path: str) -> None:
    from fieldapp.storage.bulk_upkeep import insert_rows

    store = Store(Path(path))
    rows = _Stalling([*to_db(make_activity(notes=f"пакет {i}")), i + 1, None] for i in range(500))
    query = statement(store.db, "INSERT", "activity", (*RECORD_COLUMNS, "seq", "import_id"))
    with store.atomic():
        insert_rows(store.db, query, rows)


if __name__ == "__main__":
    main(sys.argv[1])
