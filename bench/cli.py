"""`python -m bench`: measure every budget of DESIGN §6, print the table, write JSON (and the docs)."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bench import report, suite
from bench.harness import ROOT


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--quick", action="store_true", help="10,000 records only (the CI guard), ~2 minutes")
    p.add_argument("--sizes", help="comma-separated record counts (default 10000,100000,1000000)")
    p.add_argument("--rounds", type=int, help="rounds per measurement (default 3)")
    p.add_argument("--only", help="comma-separated works: " + ",".join(suite.WORKS))
    p.add_argument(
        "--large-baselines",
        action="store_true",
        help="also run the baselines at 1,000,000 records (adds ~10 minutes)",
    )
    p.add_argument(
        "--export-candidates",
        default="",
        help="other writers to time on the export's cells, e.g. openpyxl,rustpy (for docs/performance.md)",
    )
    p.add_argument("--write-docs", action="store_true", help="regenerate the table in docs/performance.md")
    p.add_argument("--json", type=Path, help="where to write the JSON (default bench/results/)")
    p.add_argument(
        "--from-json",
        type=Path,
        action="append",
        help="print (with --write-docs: render) saved runs, merged",
    )
    p.add_argument("--workdir", type=Path, help="scratch directory (default: the system's temporary one)")
    return p.parse_args(argv)


def _over_guard(results: list[dict]) -> list[dict]:
    return [
        r
        for r in results
        if (r.get("ratio") is not None and r["ratio"] > report.guard(r)) or (report.limit_factor(r) or 0) > 2
    ]


def _confirm(plan: suite.Plan, results: list[dict], guard: list[dict]) -> list[dict]:
    """Re-measure each (work, size) that crossed the guard with more rounds; keep the new figures."""
    for work, n in sorted({(r["work"], r["n"]) for r in guard}):
        print(f"\nconfirming {work} at {n:,} (past its guard) with more rounds...")
        again = [r for r in suite.run_size(replace(plan, only={work}, rounds=max(5, plan.rounds)), n)
                 if r["work"] == work]  # fmt: skip
        for r in again:
            r["confirmation"] = True
        at = next(i for i, r in enumerate(results) if r["work"] == work and r["n"] == n)
        rest = [r for r in results if not (r["work"] == work and r["n"] == n)]
        results = rest[:at] + again + rest[at:]
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.from_json:
        runs = [json.loads(p.read_text()) for p in args.from_json]  # several runs (e.g. by size) merge
        saved = runs[0]
        merged: dict[tuple, dict] = {}  # a later run's figure for the same row wins, in place
        for run in runs:
            for r in run["results"]:
                merged[(r["work"], r["case"], r["n"])] = r
        results = sorted(merged.values(), key=lambda r: r["n"])
        if len(runs) > 1:
            saved["command"] = " + ".join(run["command"] for run in runs)
            saved["seconds"] = sum(run["seconds"] for run in runs)
            saved["sizes"] = sorted({n for run in runs for n in run["sizes"]})
        report.print_table(results)
        if args.write_docs:
            doc = report.write_docs(results, saved)
            print(
                f"docs: {doc.relative_to(ROOT)} regenerated from {', '.join(p.name for p in args.from_json)}"
            )
        return 0
    if args.sizes:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    else:
        sizes = [suite.SMALL] if args.quick else [suite.SMALL, suite.MEDIUM, suite.LARGE]
    only = {s.strip() for s in args.only.split(",")} if args.only else set()
    unknown = only - set(suite.WORKS)
    if unknown:
        print(f"bench: unknown work(s) {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fieldapp-bench-", dir=args.workdir) as tmp:
        plan = suite.Plan(
            sizes=sizes,
            rounds=args.rounds or 3,
            quick=args.quick,
            only=only,
            workdir=Path(tmp),
            large_baselines=args.large_baselines,
            export_candidates=tuple(w for w in args.export_candidates.split(",") if w),
        )
        results = []
        name = datetime.now(UTC).strftime("bench-%Y%m%d-%H%M%S") + ("-quick" if args.quick else "") + ".json"
        target = args.json or ROOT / "bench" / "results" / name
        partial = target.with_name(target.stem + ".partial.json")
        for n in sizes:
            results += suite.run_size(plan, n)
            # after each size, so that a long run stopped midway keeps what it measured
            report.write_json(results, {"command": "(partial)", "sizes": sizes, "machine": {}}, partial)
        guard = _over_guard(results)
        if guard:  # a guard failure must be real, not a burst of load: measure those works again
            results = _confirm(plan, results, guard)
            guard = _over_guard(results)
    meta = {
        "command": "python -m bench " + shlex.join(argv if argv is not None else sys.argv[1:]),
        "finished": report.stamp(),
        "seconds": time.perf_counter() - started,
        "sizes": sizes,
        "rounds": plan.rounds,
        "machine": report.machine(),
        "budgets": {
            k: {"title": w.title, "budget": w.budget, "baseline": w.baseline} for k, w in suite.WORKS.items()
        },
    }
    report.print_table(results)
    path = report.write_json(results, meta, target)
    partial.unlink(missing_ok=True)
    print(
        f"\nJSON: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  ({meta['seconds']:.0f} s)"
    )
    if args.write_docs:
        print(f"docs: {report.write_docs(results, meta).relative_to(ROOT)} regenerated")
    for r in guard:
        print(f"GUARD: {r['work']} '{r['case']}' at {r['n']:,}: {r['ratio']:.2f}× is past its guard "
              f"({report.guard(r):g}×; budget {r['budget']}×)", file=sys.stderr)  # fmt: skip
    over = [r for r in results if report.verdict(r) == "over"]
    if over:
        print(f"{len(over)} ratio(s) over budget but within the guard (see the table)")
    return 1 if guard else 0
