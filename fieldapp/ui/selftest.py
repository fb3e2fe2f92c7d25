"""`fieldapp --self-test`: the real window offscreen in a temporary home, one record saved through the
entry form, exported and re-imported; prints (and optionally writes) one line starting with the verdict."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path

OK = "fieldapp self-test OK"
FAILED = "fieldapp self-test FAILED"


def _emit(line: str, output: str | None) -> None:
    stream = sys.stdout if line.startswith(OK) else sys.stderr
    if stream is not None:  # a windowed exe has no console
        with contextlib.suppress(OSError):
            print(line, file=stream, flush=True)
    if output:
        Path(output).write_text(line + "\n", encoding="utf-8")


def run_self_test(output: str | None = None) -> int:
    started = time.monotonic()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="fieldapp-selftest-"))
    os.environ["FIELDAPP_HOME"] = str(tmp / "home")
    try:
        detail = _run(tmp)
    except BaseException as e:  # report every failure as one line and a non-zero status
        _emit(f"{FAILED}: {type(e).__name__}: {e}", output)
        traceback.print_exc(file=sys.stderr) if sys.stderr else None
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _emit(f"{OK} ({detail}; {time.monotonic() - started:.1f} s)", output)
    return 0


def _run(tmp: Path) -> str:
    from fieldapp import logs
    from fieldapp.paths import Paths
    from fieldapp.services import exchange
    from fieldapp.services.workspace import Workspace
    from fieldapp.ui.app import build_context, make_app
    from fieldapp.ui.mainwindow import MainWindow
    from fieldapp.ui.tasks import SyncTaskRunner

    app = make_app([sys.argv[0] if sys.argv else "fieldapp"])
    paths = Paths(tmp / "home").ensure()
    logs.setup(paths.logs)
    ctx = build_context(paths, "kk", tasks=SyncTaskRunner())
    try:
        ctx.workspace.configure("TEST-01", "Self-test office", "KZ-71", "kk")
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        window.start()
        # save one record through the entry form's own code path
        dialog = window.activities.new_record()
        fields = dialog.fields
        fields.kind.set_code("leaflets")
        fields.start_date.setDate(date.today())
        fields.region.set_code("KZ-71")
        fields.settlement.setText("Self-test school")
        fields.measures["items_distributed"].setText("120")
        fields.measures["people_reached"].setText("80")
        fields.measures["children_reached"].setText("50")
        if not dialog.save():
            raise RuntimeError(
                f"the form refused the record: {dialog.banner_message()} {fields.error_texts()}"
            )
        app.processEvents()
        count = ctx.records.count()
        if count != 1:
            raise RuntimeError(f"expected 1 record after saving, found {count}")
        if window.activities.model.rowCount() != 1:
            raise RuntimeError("the saved record is not in the table")
        # export, then import into a second installation, then re-import (changes nothing)
        book = tmp / "selftest.xlsx"
        result = exchange.export_workbook(ctx.workspace, book, language="kk")
        if result.record_count != 1 or not book.exists():
            raise RuntimeError("the export did not write the record")
        other = Workspace(Paths(tmp / "other").ensure())
        try:
            other.configure("TEST-02", "Coordinator", "KZ-71", "ru", role="coordinator")
            first = exchange.commit_import(other, [book])
            again = exchange.commit_import(other, [book])
            if first.inserted != 1 or again.inserted or again.updated:
                raise RuntimeError(f"import gave {first.as_dict()} then {again.as_dict()}")
            if other.records.count() != 1:
                raise RuntimeError("the imported installation does not hold the record")
        finally:
            other.close()
        window.close()
        app.processEvents()
    finally:
        ctx.workspace.close()
    return "window, form save, export, import, re-import"
