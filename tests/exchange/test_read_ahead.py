"""The sliced reader reads the next slice in a second thread while the rows of the slice before are
taken (issue 16: calamine reads without Python's lock). It must give exactly the rows read in one
thread, surface a slice's error as the file's, and leave no thread behind however the reading ends."""

from __future__ import annotations

import re
import threading

import pytest

from fieldapp.domain.errors import Cancelled
from fieldapp.exchange import backends, guard
from fieldapp.exchange import problems as p
from fieldapp.services import exchange as ex
from fieldapp.services import exchange_merge
from tests.exchange import test_sliced_reader as base
from tests.exchange.conftest import snapshot

source, target = base.source, base.target  # the same fixtures


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(("fieldapp-slice", "fieldapp-ahead"))]


def _sliced(path):
    inspection = guard.inspect(path)
    return backends.SlicedBackend(path, inspection.sheet_parts)


@pytest.mark.parametrize("slice_bytes", [1, 3000, 1 << 30])
@pytest.mark.parametrize("read_chunk", [1000, 1 << 20])
def test_rows_read_ahead_are_the_rows_read_in_one_thread(source, monkeypatch, slice_bytes, read_chunk):
    monkeypatch.setattr(backends, "SLICE_BYTES", slice_bytes)
    monkeypatch.setattr(backends, "READ_CHUNK", read_chunk)
    ahead = list(_sliced(source).rows("Activities"))
    monkeypatch.setattr(backends, "READ_AHEAD", False)
    alone = list(_sliced(source).rows("Activities"))
    assert len(alone) == 42
    assert ahead == alone
    assert not _readers()


def test_a_reading_stopped_early_leaves_no_reader_behind(source, monkeypatch):
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    rows = _sliced(source).rows("Activities")
    first = [next(rows) for _ in range(5)]
    assert [n for n, _ in first] == [1, 2, 3, 4, 5]
    assert _readers()  # the next slice is under way
    rows.close()
    assert not _readers()


def test_a_slice_calamine_refuses_late_in_the_sheet_refuses_the_file_and_changes_nothing(
    source, tmp_path, monkeypatch, target
):
    """The slice read ahead fails while earlier rows are being merged: the import stops with the
    file's error, its transaction rolled back, and no reader thread left."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)

    def edit(d: bytes) -> bytes:  # row 40's record ID becomes a number cell calamine cannot read
        return re.sub(
            rb'(<row r="40"[^>]*>)<c r="A40"[^>]*>.*?</c>', rb'\1<c r="A40" t="n"><v>x</v></c>', d, count=1
        )

    path = base.rewrite_sheet(source, tmp_path / "late.xlsx", edit)
    before = snapshot(target)
    with pytest.raises(ex.UnusableWorkbook) as e:
        ex.commit_import(target, [path])
    assert e.value.code == p.UNREADABLE_VALUE
    assert "invalid float literal" in str(e.value)
    assert snapshot(target) == before
    assert not _readers()


def test_the_guard_refusing_a_part_midway_leaves_no_reader_behind(source, tmp_path, monkeypatch):
    """Chunks of each part are inflated ahead while the guard scans: a refusal in the middle of a part
    (a DTD after the first chunk) stops the reader too, and says the same as reading in one thread."""
    monkeypatch.setattr(guard, "CHUNK", 1000)
    path = base.rewrite_sheet(
        source, tmp_path / "dtd.xlsx", lambda d: d.replace(b"</sheetData>", b"<!DOCTYPE x []></sheetData>")
    )
    with pytest.raises(ex.UnusableWorkbook) as ahead:
        guard.inspect(path)
    assert not _readers()
    monkeypatch.setattr(guard, "READ_AHEAD", False)
    with pytest.raises(ex.UnusableWorkbook) as alone:
        guard.inspect(path)
    assert (
        (ahead.value.code, str(ahead.value))
        == (alone.value.code, str(alone.value))
        == (
            p.BAD_XML,
            str(alone.value),
        )
    )
    assert "DTD" in str(alone.value)


def test_a_cancelled_import_leaves_no_reader_and_the_file_free(source, tmp_path, monkeypatch, target):
    """Cancelled after its first rows: the import raises, nothing is merged, and no reader thread is
    left holding the file (on Windows an open handle would keep it from being moved or deleted)."""
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)
    monkeypatch.setattr(backends, "READ_CHUNK", 1000)
    monkeypatch.setattr(guard, "KEEP_XML_BYTES", 0)  # the sheet inflated again by the reader, ahead
    monkeypatch.setattr(exchange_merge, "BATCH", 5)
    before = snapshot(target)
    seen: list[int] = []
    during: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        during.append(len(_readers()))

    with pytest.raises(Cancelled) as e:
        ex.commit_import(target, [source], progress=progress, cancel=lambda: bool(seen))
    assert e.value is not None and during[0] >= 1  # readers were at work; the error's frames still held
    assert not _readers()
    assert snapshot(target) == before
    moved = source.rename(source.with_suffix(".moved"))
    moved.rename(source)
