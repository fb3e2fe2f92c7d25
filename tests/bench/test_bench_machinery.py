"""The bench's own machinery: a tiny run writes valid JSON, the docs table renders, the guard decides."""

import json
import os
import subprocess
import sys
from pathlib import Path

from bench import cli, report

ROOT = Path(__file__).resolve().parents[2]


def test_a_tiny_run_writes_json_with_every_field(tmp_path):
    out = tmp_path / "run.json"
    env = {**os.environ, "FIELDAPP_BENCH_CACHE": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--sizes", "300", "--rounds", "1", "--only", "page,totals,save",
         "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr
    saved = json.loads(out.read_text())
    assert saved["sizes"] == [300] and saved["machine"]["cores"]
    works = {r["work"] for r in saved["results"]}
    assert works == {"page", "totals", "save"}
    for r in saved["results"]:
        assert not r.get("error"), r
        assert r["n"] == 300 and r["fieldapp_s"] > 0 and r["baseline_s"] > 0 and r["ratio"] > 0
        assert r["budget"] in (1.5, 2.0) and r["peak_mb"] > 0


def sample(ratio, work="page", n=10_000, budget=2.0):
    return {"work": work, "title": "t", "case": "c", "n": n, "fieldapp_s": ratio / 1000,
            "baseline_s": 0.001, "ratio": ratio, "budget": budget, "peak_mb": 30.0}  # fmt: skip


def test_the_guard_fails_only_past_twice_the_budget():
    assert cli._over_guard([sample(3.9), sample(1.0)]) == []
    assert cli._over_guard([sample(4.1)]) == [sample(4.1)]
    assert report.verdict(sample(2.5)) == "over" and report.verdict(sample(1.9)) == "ok"
    assert report.verdict({**sample(1.0), "ratio": None, "error": "x lacks y (being written)"}) == "pending"


def test_a_goal_not_reached_yet_is_guarded_by_its_regression_ceiling():
    """Import's budget (issue 16) is a goal: CI fails past its ceiling, not past twice the budget."""
    from bench.suite import WORKS

    ceiling = WORKS["import"].guard
    assert ceiling > 2 * WORKS["import"].budget
    row = {**sample(ceiling - 0.5, work="import", budget=2.5), "guard": ceiling}
    assert cli._over_guard([row]) == [] and report.verdict(row) == "over"
    past = {**row, "ratio": ceiling + 0.5}
    assert cli._over_guard([past]) == [past] and report.verdict(past) == "FAIL (past its guard)"


def test_docs_section_is_replaced_in_place(tmp_path):
    doc = tmp_path / "performance.md"
    doc.write_text(f"# Performance\n\nintro\n\n{report.BEGIN}\nOLD-TABLE\n{report.END}\n\n## Notes\nkept\n")
    meta = {"finished": "now", "machine": report.machine(), "command": "python -m bench", "seconds": 1.0,
            "rounds": 3}  # fmt: skip
    results = [sample(1.2, n=10_000), sample(1.3, n=100_000)]
    report.write_docs(results, meta, doc)
    text = doc.read_text()
    assert "intro" in text and "## Notes\nkept" in text and "OLD-TABLE" not in text
    assert text.count(report.BEGIN) == 1 and "| t | c | 100,000 |" in text and "×10 N" in text


def test_import_budgets_are_against_calamine_reading_the_sheet():
    from bench.suite import WORKS

    assert WORKS["import"].budget == 2.5 and WORKS["reimport"].budget == 1.5
    assert "calamine" in WORKS["import"].baseline and "calamine" in WORKS["reimport"].baseline


def large(seconds, mb):
    return {"work": "import", "title": "import new records", "case": "c", "n": 1_000_000,
            "fieldapp_s": seconds, "baseline_s": None, "ratio": None, "budget": 2.5, "peak_mb": mb,
            "limit_s": 150, "limit_mb": 600}  # fmt: skip


def test_a_million_record_import_is_judged_in_seconds_and_megabytes():
    assert report.verdict(large(140, 550)) == "ok"
    assert report.verdict(large(160, 550)) == "over" and report.verdict(large(140, 650)) == "over"
    assert report.verdict(large(310, 550)) == "FAIL (>2× budget)"
    assert cli._over_guard([large(140, 550), large(160, 550)]) == []
    assert cli._over_guard([large(140, 1300)]) == [large(140, 1300)]
    assert "≤ 150 s, ≤ 600 MB" in "\n".join(report.rows_md([large(140, 550)]))
