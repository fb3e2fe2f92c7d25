"""Enum-typed Qt properties set by the name of their value, for the widgets of the first window.

Touching `PySide6.QtCore.Qt` from Python (or a C++ call handing a `Qt::` enum to a Python override)
builds all 92 Python enums of Qt's namespace at once, ~1,500 members and ~14 ms of CPU; a bare PySide6
window never pays it. PySide refuses plain ints where such an enum is expected, so the first window sets
the few it needs by name through Qt's own property system (C++, no Python enum): see
docs/performance.md, "Start-up". Later code uses `Qt.…` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_named(obj: QObject, prop: str, value: object) -> None:
    """`obj.setProperty(prop, value)` for an enum or flags property given the name of its value
    ("ToolButtonTextOnly", "AlignCenter"); a misspelt property or value raises instead of doing nothing."""
    if not obj.setProperty(prop, value):
        raise ValueError(f"{type(obj).__name__} has no property {prop!r} taking {value!r}")


def set_shortcut(action, keys) -> None:
    """`action.setShortcut(keys)` (a QKeySequence, its StandardKey or its text) through the property:
    PySide's `setShortcut` weighs its overloads against Qt.Key, which builds the same namespace."""
    from PySide6.QtGui import QKeySequence

    set_named(action, "shortcut", keys if isinstance(keys, QKeySequence) else QKeySequence(keys))
