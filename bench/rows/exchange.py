"""Export and import of the exchange workbook against plain writers and readers of the same cells.

Import and re-import are measured against python-calamine reading the same sheet into Python values.

Export's baseline is xlsxwriter in constant-memory mode writing the cells of the exported file;
`--export-candidates` also times openpyxl write-only and rustpy-xlsxwriter (a Rust writer) on them.

Each side runs in its own process (so peak memory is its own); the timed span starts once modules
are imported and ends when the call returns. At 1,000,000 records the baselines are skipped by
default (they take minutes and are linear in N): the point there is time per record and memory.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from bench import data
from bench.harness import BenchError, median, run_child

ACTIVITIES = "Activities"


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


def _source_cells(source: str) -> list[tuple[str, list[list]]]:
    """Every sheet of `source` as rows of Python values (read with calamine before any clock starts)."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(source)
    sheets = []
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        sheets.append((name, [[_cell(v) for v in row] for row in rows]))
    return sheets


def _write_openpyxl(sheets, path: str) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)


def _write_xlsxwriter(sheets, path: str) -> None:
    """xlsxwriter in constant-memory mode (rows streamed to disk, inline strings), text as text."""
    import datetime

    import xlsxwriter

    wb = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_formulas": False})
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets:
        ws = wb.add_worksheet(name)
        write_string, write_number = ws.write_string, ws.write_number
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, str):
                    write_string(r, c, v)
                elif isinstance(v, bool):
                    ws.write_boolean(r, c, v)
                elif isinstance(v, int | float):
                    write_number(r, c, v)
                elif isinstance(v, datetime.date):
                    ws.write_datetime(r, c, v, date_format)
                else:
                    write_string(r, c, str(v))
    wb.close()


def _write_rustpy(sheets, path: str) -> None:
    """rustpy-xlsxwriter (Rust, from PyPI): rows as dicts; its header row stands for our first row."""
    from rustpy_xlsxwriter import write_worksheets

    def records(rows):
        width = max((len(r) for r in rows), default=0)
        first = (rows[0] + [None] * width)[:width]
        keys = [str(v) if v is not None else f"col{i}" for i, v in enumerate(first)]
        keys = [k if keys.index(k) == i else f"{k} {i}" for i, k in enumerate(keys)]
        for row in rows[1:]:
            yield dict(zip(keys, row, strict=False))

    write_worksheets([(name, records(rows)) for name, rows in sheets], path, datetime_format="yyyy-mm-dd")


WRITERS = {"xlsxwriter": _write_xlsxwriter, "openpyxl": _write_openpyxl, "rustpy": _write_rustpy}


def child_write_baseline(source: str, path: str, writer: str = "xlsxwriter") -> dict:
    """A plain writer (`WRITERS`) writing the cells of every sheet of `source` (read first, not timed)."""
    sheets = _source_cells(source)
    write = WRITERS[writer]
    t0 = time.perf_counter()
    write(sheets, path)
    took = time.perf_counter() - t0
    cells = sum(v is not None for _, rows in sheets for r in rows for v in r)
    return {"baseline_s": took, "cells": cells, "writer": writer}


def child_read_baseline(path: str) -> dict:
    """python-calamine reading the Activities sheet into Python values (DESIGN §6: the import and
    re-import baseline; the fastest reader we have, though it holds the whole sheet in memory)."""
    import python_calamine

    t0 = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(path)
    name = ACTIVITIES if ACTIVITIES in book.sheet_names else book.sheet_names[0]
    rows = book.get_sheet_by_name(name).to_python()
    took = time.perf_counter() - t0
    book.close()
    return {"baseline_s": took, "rows": len(rows)}


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


def _write_other(xlsx: Path, tmp: Path, writer: str) -> dict:
    other = tmp / f"baseline-{writer}.xlsx"
    args = {"source": str(xlsx), "path": str(other), "writer": writer}
    got = run_child("exchange:child_write_baseline", args)
    other.unlink(missing_ok=True)
    return got


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
    if not plan.wants("export"):  # only the import is timed: the export of this demo home, cached
        try:
            xlsx = data.cached_export(
                data.demo_home(n, log=plan.log)[0],
                lambda path: run_child("exchange:child_export", {"home": str(home), "path": str(path)}),
            )
            plan.log(f"  importing {xlsx.name} ({xlsx.stat().st_size >> 20} MB, cached export)")
        except BenchError as e:
            out.append(failed("export", n, "full, Russian", e))
            plan.log(_line(out[-1]))
            return out
        return out + _imports(plan, n, xlsx, tmp, rounds, baselines, again)
    try:
        samples = []
        others: dict[str, list[dict]] = {}
        for _ in range(rounds):
            got = run_child("exchange:child_export", {"home": str(home), "path": str(xlsx)})
            if baselines:
                base = _write_other(xlsx, tmp, "xlsxwriter")
                got["baseline_s"], got["baseline_peak_mb"] = base["baseline_s"], base["peak_mb"]
                for writer in plan.export_candidates:
                    others.setdefault(writer, []).append(_write_other(xlsx, tmp, writer))
            samples.append(got)
        extra = {
            w: {"seconds": median([r["baseline_s"] for r in rs]), "peak_mb": max(r["peak_mb"] for r in rs)}
            for w, rs in others.items()
        }
        if baselines:
            extra["xlsxwriter"] = {
                "seconds": median([s["baseline_s"] for s in samples]),
                "peak_mb": max(s["baseline_peak_mb"] for s in samples),
            }
        out.append(result("export", n, "full, Russian", samples, bytes=samples[-1]["bytes"], writers=extra))
        for w, m in extra.items():
            plan.log(f"    {w:<10} {m['seconds']:.2f} s  {m['peak_mb']:.0f} MB")
    except BenchError as e:
        out.append(failed("export", n, "full, Russian", e))
    plan.log(_line(out[-1]))
    if not xlsx.exists() or not (plan.wants("import") or plan.wants("reimport")):
        return out
    return out + _imports(plan, n, xlsx, tmp, rounds, baselines, again)


def _imports(plan, n: int, xlsx: Path, tmp: Path, rounds: int, baselines: bool, again: bool) -> list[dict]:
    """The import (and re-import) rows for the workbook `xlsx`."""
    from bench.suite import LARGE, LARGE_IMPORT_MB, LARGE_IMPORT_S, _line, failed, result

    out: list[dict] = []
    empty = data.init_home(tmp / "empty-home")
    imports, reimports = [], []
    try:
        for _ in range(rounds):
            got = run_child(
                "exchange:child_import",
                # at 1,000,000 an import takes minutes: import once, no re-import
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
            reimports.append({"fieldapp_s": got["second_s"], "baseline_s": base, "peak_mb": peak,
                              "rows_written_again": got["rows_written_again"]})  # fmt: skip
            shutil.rmtree(tmp / "import-home", ignore_errors=True)
        # at 1,000,000 the import is judged in seconds and peak memory (DESIGN §6)
        limits = {"limit_s": LARGE_IMPORT_S, "limit_mb": LARGE_IMPORT_MB} if n >= LARGE else {}
        out.append(
            result(
                "import", n, "new records into an empty installation", imports, counts=got["first"], **limits
            )
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
    for r in out:
        plan.log(_line(r))
    return out
