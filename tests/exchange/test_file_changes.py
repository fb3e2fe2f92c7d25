"""A workbook moved, deleted or replaced while it is being imported (outside tester): the import is
refused with the file's own message, exit 2, and nothing is stored — never an internal error, never rows
of one file logged under another file's SHA-256."""

from __future__ import annotations

import os
import shutil

import pytest

from fieldapp.exchange import backends, guard, reader
from fieldapp.exchange import problems as p
from fieldapp.paths import Paths
from fieldapp.services import demo, exchange_merge, installation
from fieldapp.services import exchange as ex
from fieldapp.services.workspace import Workspace
from tests.exchange import test_sliced_reader as base
from tests.exchange.conftest import snapshot

source, target = base.source, base.target  # the same fixtures


@pytest.fixture
def other(tmp_path):
    """Another office's export, to swap in."""
    ws = Workspace(Paths(tmp_path / "other"))
    try:
        installation.configure(ws.store, "SHY-01", "Shymkent office", "KZ-79", "ru", role="coordinator")
        demo.generate(ws.store, 30, seed=9)
        path = tmp_path / "other.xlsx"
        ex.export_workbook(ws, path)
    finally:
        ws.close()
    return path


def test_a_file_deleted_after_its_check_is_not_found_and_nothing_changes(
    source, tmp_path, monkeypatch, target
):
    path = tmp_path / "in.xlsx"
    shutil.copyfile(source, path)
    real = guard.inspect

    def inspect_then_delete(p_, keep_xml=False):
        out = real(p_, keep_xml=keep_xml)
        os.unlink(p_)
        return out

    monkeypatch.setattr(reader.guard, "inspect", inspect_then_delete)
    before = snapshot(target)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [path])
    assert e.value.code == p.NOT_FOUND, str(e.value)
    assert "moved or deleted" in str(e.value)
    assert snapshot(target) == before


@pytest.mark.parametrize("keep_xml", [True, False])  # rows read from the guard's copy, or from the file again
def test_a_file_replaced_during_its_import_is_refused_and_nothing_changes(
    source, other, tmp_path, monkeypatch, target, keep_xml
):
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    monkeypatch.setattr(exchange_merge, "BATCH", 5)
    if not keep_xml:
        monkeypatch.setattr(guard, "KEEP_XML_BYTES", 0)
    path = tmp_path / "in.xlsx"
    shutil.copyfile(source, path)
    swapped = []

    def progress(done: int, total: int) -> None:
        if not swapped:
            shutil.copyfile(other, tmp_path / "swap.xlsx")
            os.replace(tmp_path / "swap.xlsx", path)  # as `mv other in.xlsx` would
            swapped.append(done)

    before = snapshot(target)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [path], progress=progress)
    assert swapped
    assert e.value.code == p.FILE_CHANGED
    assert snapshot(target) == before


def test_a_file_left_alone_imports_as_before(source, target):
    result = ex.commit_import(target, [source])
    assert result.files[0].inserted == 40


def test_a_missing_file_is_not_found_as_before(tmp_path, target):
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [tmp_path / "жоқ.xlsx"])
    assert e.value.code == p.NOT_FOUND
