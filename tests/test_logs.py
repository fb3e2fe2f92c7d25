"""The log rotates by size and keeps a bounded number of old files."""

import logging

from fieldapp.logs import RotatingFile, setup


def test_log_rotates_and_keeps_five_old_files(tmp_path):
    path = setup(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, RotatingFile))
    handler.max_bytes = 2_000
    log = logging.getLogger("fieldapp.test")
    for i in range(400):
        log.info("line %d — қазақша және русский текст", i)
    handler.close()
    logging.getLogger().removeHandler(handler)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["fieldapp.log", *[f"fieldapp.log.{i}" for i in range(1, 6)]]
    assert all(p.stat().st_size < 2_200 for p in tmp_path.iterdir())
    assert "line 399" in path.read_text(encoding="utf-8")
    assert "line 398" in path.read_text(encoding="utf-8") or "line 398" in (
        tmp_path / "fieldapp.log.1"
    ).read_text(encoding="utf-8")


def test_a_log_file_that_cannot_be_opened_is_skipped_not_raised(tmp_path):
    """A read-only (or vanished) log folder: logging.FileHandler opens the file outside its own error
    handling, so the first `log.info` of the desktop app raised OSError (issue 17, outside tester)."""
    handler = RotatingFile(tmp_path / "gone" / "fieldapp.log")  # its folder does not exist: open fails
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "starting", None, None)
    handler.emit(record)  # no exception
    (tmp_path / "gone").mkdir()
    handler.emit(record)  # retried once the folder is there
    handler.close()
    assert "starting" in (tmp_path / "gone" / "fieldapp.log").read_text(encoding="utf-8")
