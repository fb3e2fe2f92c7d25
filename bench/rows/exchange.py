"""Export and import of the exchange workbook against openpyxl writing and reading the same cells.

Each side runs in its own process (so peak memory is its own); the timed span starts once modules
are imported and ends when the call returns. At 1,000,000 records the baselines are skipped by
default (they take minutes and are linear in N): the point there is time per record and memory.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from bench import data
from bench.harness import BenchError, run_child

ACTIVITIES = "Activities"


def _sheet(book):
    return book[ACTIVITIES] if ACTIVITIES in book.sheetnames else book.worksheets[0]


def _counts(report) -> dict:
    """inserted/updated/unchanged/rejected from whatever commit_import returns (object, dict or list)."""
    if hasattr(report, "files"):
        report = report.files
    if isinstance(report, list | tuple):
        totals: dict = {}
        for r in report:
            for k, v in _counts(r).items():
                totals[k] = totals.get(k, 0) + v
        return totals
    get = report.get if isinstance(report, dict) else lambda k, d=None: getattr(report, k, d)
    out = {}
    for k in ("inserted", "updated", "unchanged", "rejected", "conflicts"):
        v = get(k)
        if isinstance(v, int):
            out[k] = v
        elif v is not None and hasattr(v, "__len__"):
            out[k] = len(v)
    return out


def child_export(home: str, path: str) -> dict:
    import fieldapp.exchange.export  # noqa: F401 (imported before the clock starts, as openpyxl is for the baseline)
    from fieldapp.paths import Paths
    from fieldapp.services.exchange import export_workbook
    from fieldapp.services.workspace import Workspace

    ws = Workspace(Paths(Path(home)))
    t0 = time.perf_counter()
    export_workbook(ws, Path(path), scope="full", language="ru")
    took = time.perf_counter() - t0
    ws.close()
    return {"fieldapp_s": took, "bytes": Path(path).stat().st_size}


def _cell(value):
    """A value as the export wrote it: empty cells stay empty, whole numbers are integers."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def child_write_baseline(source: str, path: str) -> dict:
    """openpyxl write-only writing the cells of every sheet of `source` (read first, not timed)."""
    import python_calamine
    from openpyxl import Workbook

    book = python_calamine.CalamineWorkbook.from_path(source)
    sheets = []
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        sheets.append((name, [[_cell(v) for v in row] for row in rows]))
    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    took = time.perf_counter() - t0
    cells = sum(v is not None for _, rows in sheets for r in rows for v in r)
    return {"baseline_s": took, "cells": cells}


def child_read_baseline(path: str) -> dict:
    """openpyxl read-only merely iterating the activities sheet of the file."""
    from openpyxl import load_workbook

    t0 = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    rows = 0
    for _ in _sheet(wb).iter_rows(values_only=True):
        rows += 1
    wb.close()
    return {"baseline_s": time.perf_counter() - t0, "rows": rows}


def child_import(empty_home: str, home: str, path: str, again: bool = True) -> dict:
    """Import into a fresh installation, then (if `again`) the same file again; check it wrote nothing."""
    import python_calamine  # noqa: F401

    import fieldapp.exchange.reader  # noqa: F401 (imported before the clock starts, as openpyxl is for the baseline)
    from fieldapp.paths import Paths
    from fieldapp.services.exchange import commit_import
    from fieldapp.services.workspace import Workspace

    data.working_copy(Path(empty_home), Path(home))
    ws = Workspace(Paths(Path(home)))
    t0 = time.perf_counter()
    first = commit_import(ws, [Path(path)])
    first_s = time.perf_counter() - t0
    store = ws.store
    room = store.records
    before = (room.max_seq(), room.count(_all()))
    if not again:
        ws.close()
        return {"first_s": first_s, "first": _counts(first), "records": before[1]}
    t0 = time.perf_counter()
    second = commit_import(ws, [Path(path)])
    second_s = time.perf_counter() - t0
    after = (room.max_seq(), room.count(_all()))
    ws.close()
    c2 = _counts(second)
    written = (after[0] - before[0]) + c2.get("inserted", 0) + c2.get("updated", 0)
    return {"first_s": first_s, "second_s": second_s, "first": _counts(first), "second": c2,
            "records": after[1], "rows_written_again": written}  # fmt: skip


def _all():
    from fieldapp.domain.query import RecordFilter

    return RecordFilter(deleted=None)


def _service_ready() -> str | None:
    try:
        from fieldapp.services import exchange as svc
    except ImportError as e:
        return f"fieldapp.services.exchange not importable yet ({e})"
    missing = [n for n in ("export_workbook", "commit_import") if not hasattr(svc, n)]
    return f"fieldapp.services.exchange lacks {', '.join(missing)} (being written)" if missing else None


def run(plan, n: int, home: Path, tmp: Path) -> list[dict]:
    from bench.suite import LARGE, _line, failed, result

    missing = _service_ready()
    if missing:
        out = [failed(w, n, "", BenchError(missing)) for w in ("export", "import", "reimport")]
        for r in out:
            plan.log(_line(r))
        return out
    baselines = n < LARGE or plan.large_baselines
    again = n < LARGE or plan.large_baselines
    rounds = plan.rounds if n < LARGE else 1
    xlsx = tmp / f"export-{n}.xlsx"
    out = []
    try:
        samples = []
        for _ in range(rounds):
            got = run_child("exchange:child_export", {"home": str(home), "path": str(xlsx)})
            if baselines:
                other = tmp / f"baseline-{n}.xlsx"
                got["baseline_s"] = run_child(
                    "exchange:child_write_baseline", {"source": str(xlsx), "path": str(other)}
                )["baseline_s"]
                other.unlink()
            samples.append(got)
        out.append(result("export", n, "full, Russian", samples, bytes=samples[-1]["bytes"]))
    except BenchError as e:
        out.append(failed("export", n, "full, Russian", e))
    plan.log(_line(out[-1]))
    if not xlsx.exists():
        return out

    empty = data.init_home(tmp / "empty-home")
    imports, reimports = [], []
    try:
        for _ in range(rounds):
            got = run_child(
                "exchange:child_import",
                # at 1,000,000 the file streams through openpyxl (minutes): import once, no re-import
                {
                    "empty_home": str(empty),
                    "home": str(tmp / "import-home"),
                    "path": str(xlsx),
                    "again": again,
                },
            )
            peak = got["peak_mb"]
            base = (
                run_child("exchange:child_read_baseline", {"path": str(xlsx)})["baseline_s"]
                if baselines
                else None
            )
            imports.append({"fieldapp_s": got["first_s"], "baseline_s": base, "peak_mb": peak})
            if not again:
                shutil.rmtree(tmp / "import-home", ignore_errors=True)
                continue
            reimports.append({"fieldapp_s": got["second_s"], "baseline_s": got["first_s"], "peak_mb": peak,
                              "rows_written_again": got["rows_written_again"]})  # fmt: skip
            shutil.rmtree(tmp / "import-home", ignore_errors=True)
        out.append(
            result("import", n, "new records into an empty installation", imports, counts=got["first"])
        )
        if reimports:
            written = max(r["rows_written_again"] for r in reimports)
            out.append(
                result(
                    "reimport",
                    n,
                    f"same file again: {written} rows written",
                    reimports,
                    counts=got["second"],
                    rows_written_again=written,
                )
            )
            if written:
                out[-1]["error"] = f"re-import wrote {written} rows (must write none)"
    except BenchError as e:
        out.append(failed("import", n, "new records into an empty installation", e))
    for r in out[1:]:
        plan.log(_line(r))
    return out
