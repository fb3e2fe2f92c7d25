"""Work read ahead in a second thread, for the C-level parts of reading a workbook that can run
without Python's lock while the rows before are parsed in Python: zlib inflating a zip entry does
(fully); calamine reading a slice only in part (docs/performance.md, "The reading side").

At most one piece is under way at any time, so memory stays bounded by two pieces; whoever stops
reading early closes the generator (`contextlib.closing`) and the thread is gone before the source is."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO

NAME = "fieldapp-ahead"


def chunks(f: BinaryIO, size: int, ahead: bool = True) -> Iterator[bytes]:
    """f.read(size) until it gives b"", the next read under way in a second thread while the caller
    works on the last one. A read's error comes where that chunk is due."""
    if not ahead:
        while chunk := f.read(size):
            yield chunk
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix=NAME) as pool:
        pending = pool.submit(f.read, size)
        try:
            while chunk := pending.result():
                pending = pool.submit(f.read, size)
                yield chunk
        finally:
            pending.cancel()
