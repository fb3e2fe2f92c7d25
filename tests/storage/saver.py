"""A subprocess for the durability test: saves records in a loop, printing each id once committed."""

import sys
from datetime import date

from fieldapp.domain.record import Activity
from fieldapp.paths import Paths
from fieldapp.services.workspace import Workspace


def main(home: str) -> None:
    ws = Workspace(Paths(__import__("pathlib").Path(home)))
    n = 0
    while True:
        n += 1
        rec = Activity(
            office="ALA-01",
            kind="psychosocial",
            start_date=date(2020, 4, 1),
            region="KZ-75",
            sessions=n % 7 + 1,
            people_reached=n % 50 + 1,
            notes=f"сессия {n}",
        )
        changed = ws.records.create(rec)
        # create() returned: the transaction is committed. Only now do we tell the parent.
        sys.stdout.write(changed.created[0] + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
