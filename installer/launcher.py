"""Entry script of the frozen fieldapp executables (fieldapp.exe, fieldapp-cli.exe, Linux `fieldapp`).

Kept outside the package on purpose: it only adapts the frozen process, then hands over
to `fieldapp.cli.main()`, the same entry point as `python -m fieldapp`.

What it adds when frozen on Windows:
- a named mutex, so that the installer and uninstaller can refuse to replace files
  while fieldapp runs (the NSIS script checks for the same name: keep them equal);
- for the windowed exe (no console): stdout/stderr are None; they are pointed at
  os.devnull so that a stray print() or a logging StreamHandler cannot crash the app.
  Results meant for a script go to files (e.g. --self-test-output FILE).
"""

from __future__ import annotations

import multiprocessing
import os
import sys

# Must match APP_MUTEX in installer/fieldapp.nsi.
APP_MUTEX = "fieldapp-running-8d2f6c1e"


def _hold_running_mutex():
    if sys.platform != "win32":
        return None
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    kernel32.CreateMutexW.argtypes = [ctypes.c_void_p, ctypes.c_bool, ctypes.c_wchar_p]
    # The handle is deliberately kept open for the life of the process; Windows closes it at exit.
    return kernel32.CreateMutexW(None, False, APP_MUTEX)


def _ensure_std_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def run() -> int:
    multiprocessing.freeze_support()
    _ensure_std_streams()
    _mutex = _hold_running_mutex()  # keep a reference for the process lifetime
    import gc

    gc.disable()  # while the modules load, as `python -m fieldapp` (fieldapp.cli.main turns it back on)
    from fieldapp.cli import main

    result = main()
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(run())
