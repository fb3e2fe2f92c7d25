"""One cancellation type: every long task that the user (or a newer load) stops raises
`fieldapp.domain.errors.Cancelled`, and nothing was changed or left behind."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import Cancelled
from fieldapp.exchange.export import write_export
from fieldapp.services import demo
from fieldapp.services import exchange as ex
from tests.conftest import make_activity


def test_a_stopped_export_writer_raises_the_one_cancelled(tmp_path):
    records = (make_activity() for _ in range(2500))
    with pytest.raises(Cancelled):
        write_export(tmp_path / "x.xlsx", records, {"office_code": "ALA-01"}, cancel=lambda: True)


def test_a_cancelled_export_leaves_no_file_and_no_log(workspace, tmp_path):
    demo.generate(workspace.store, 1200, seed=4)
    target = tmp_path / "out.xlsx"
    with pytest.raises(Cancelled):
        ex.export_workbook(workspace, target, cancel=lambda: True)
    assert not target.exists() and not list(tmp_path.glob("*.partial*"))
    assert workspace.store.logs.exports() == []


def test_a_cancelled_import_and_report_raise_the_one_cancelled(workspace, make_workspace, tmp_path):
    ast = make_workspace()
    demo.generate(ast.store, 3000, seed=2)
    path = tmp_path / "ast.xlsx"
    ex.export_workbook(ast, path)
    seen = []
    with pytest.raises(Cancelled):
        ex.commit_import(workspace, [path], progress=lambda d, t: seen.append(d), cancel=lambda: bool(seen))
    assert workspace.store.records.count() == 0
    with pytest.raises(Cancelled):
        ex.write_report(workspace, tmp_path / "report.xlsx", cancel=lambda: True)
    assert ex.Cancelled is Cancelled  # the services' name is the domain's type, not a fourth one
