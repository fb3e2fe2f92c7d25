"""`python -m bench.hub_import [--records N] [--rounds R] [--database URL]`: hub import beside SQLite.

Issue 17's budget: importing N new records (read, validate, merge, commit) into the coordinators' hub
(PostgreSQL) within 2× of the same import into an SQLite file, on the same machine, in the same run.
One workbook of N demo records is exported once; each round imports it into a fresh SQLite installation
and into a fresh database on the hub, interleaved, each in its own process; the ratio is the median of
the per-round ratios. Without --database a throwaway local cluster is started (tests/pgcluster.py) —
then client and server share the machine's cores, as they do on a one-box hub.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 2.0


def _child(kind: str, home: str, url: str | None, book: str) -> None:
    from fieldapp.paths import Paths
    from fieldapp.services import exchange as ex
    from fieldapp.services import installation
    from fieldapp.services.workspace import Workspace

    with Workspace(Paths(Path(home), url), create_hub=True) as ws:  # as `fieldapp init` on a new hub
        installation.configure(ws.store, "UNICEF", "UNICEF", "KZ-71", "en", role="coordinator")
        start = time.perf_counter()
        result = ex.commit_import(ws, [Path(book)])
        took = time.perf_counter() - start
    print(json.dumps({"kind": kind, "seconds": took, "inserted": result.inserted}))


def _run_child(kind: str, home: Path, url: str | None, book: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.hub_import", "--child", kind, str(home), url or "", str(book)],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=3600,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def _make_book(n: int, folder: Path) -> Path:
    from fieldapp.paths import Paths
    from fieldapp.services import demo, installation
    from fieldapp.services import exchange as ex
    from fieldapp.services.workspace import Workspace

    with Workspace(Paths(folder / "office")) as ws:
        installation.configure(ws.store, "AST-01", "Astana office", "KZ-71", "ru")
        demo.generate(ws.store, n, seed=1)
        book = folder / f"office-{n}.xlsx"
        ex.export_workbook(ws, book)
    return book


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], sys.argv[4] or None, sys.argv[5])
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench.hub_import")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database", metavar="URL", help="a hub to use (default: a throwaway local cluster)")
    args = parser.parse_args(argv)
    cluster = None
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="fieldapp-bench-hub-") as tmp:
        folder = Path(tmp)
        book = _make_book(args.records, folder)
        if args.database:
            base = args.database
        else:
            from tests import pgcluster

            cluster = pgcluster.start_cluster()
            base = cluster.url()
        import psycopg

        ratios, rows = [], []
        try:
            for r in range(args.rounds):
                name = f"bench_{r}"
                with psycopg.connect(base, autocommit=True) as con:
                    con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    con.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
                url = base.replace("/postgres?", f"/{name}?") if cluster else base
                lite = _run_child("sqlite", folder / f"lite-{r}", None, book)
                hub = _run_child("hub", folder / f"hub-{r}", url, book)
                assert lite["inserted"] == hub["inserted"] == args.records, (lite, hub)
                rows.append((lite["seconds"], hub["seconds"]))
                ratios.append(hub["seconds"] / lite["seconds"])
                print(f"round {r + 1}: SQLite {lite['seconds']:.2f} s, hub {hub['seconds']:.2f} s, "
                      f"ratio {ratios[-1]:.2f}")  # fmt: skip
        finally:
            if cluster:
                pgcluster.remove(cluster)
    ratio = statistics.median(ratios)
    print(
        f"import of {args.records:,} records: SQLite {statistics.median(a for a, _ in rows):.2f} s, "
        f"hub {statistics.median(b for _, b in rows):.2f} s, ratio {ratio:.2f} (budget {BUDGET}x)"
    )
    return 0 if ratio <= 2 * BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
