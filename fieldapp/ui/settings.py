"""A declared registry of user preferences and window state, typed, behind one QSettings adapter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from fieldapp.domain.value import Value


class Option(Value):
    """A declared setting: its key, type and default."""

    FIELDS = __slots__ = ("key", "type", "default", "doc")

    def __init__(self, key: str, type: type, default: object, doc: str = ""):
        self._set(key=key, type=type, default=default, doc=doc)


# Preferences a person chooses (kept apart from window state below).
PREFERENCES = (
    Option("form/last_kind", str, "", "kind of the last saved record (the form's default)"),
    Option("form/last_region", str, "", "region of the last saved record"),
    Option("form/last_district", str, "", "district of the last saved record"),
    Option("form/last_partners", str, "", "partners of the last saved record"),
    Option("form/last_settlement", str, "", "settlement / site of the last saved record"),
    Option("form/last_site_type", str, "", "site type of the last saved record"),
    Option("form/last_language", str, "", "materials language of the last saved record"),
    Option("form/last_target_groups", list, [], "target groups of the last saved record"),
    Option("form/last_start_date", str, "", "start date of the last saved record (ISO), kept for that day"),
    Option("form/last_saved_on", str, "", "the day (ISO) the last record was saved"),
    Option("form/entered_by", str, "", "who enters records on this laptop"),
    Option("form/warn_duplicates", bool, True, "ask before saving a probable duplicate"),
    Option("table/hidden_columns", list, ["district", "site_type", "language", "entered_by", "updated_at"]),
    Option("table/sort_column", str, "start_date"),
    Option("table/sort_descending", bool, True),
    Option("exchange/last_folder", str, "", "folder of the last export or import"),
    Option("dashboard/overdue_days", int, 30, "days without an import before an office counts as late"),
)
# Window geometry and the like: restored silently, never shown in Settings.
WINDOW_STATE = (
    Option("window/geometry", QByteArray, QByteArray()),
    Option("window/state", QByteArray, QByteArray()),
    # the UI language last used: for what the app says before its data opens (an unreachable hub)
    Option("app/language", str, ""),
)
OPTIONS = {o.key: o for o in PREFERENCES + WINDOW_STATE}


class Settings:
    """Typed access to the registry: unknown keys are errors, values come back as the declared type."""

    def __init__(self, path: Path | str | None = None):
        if path is None:
            self.q = QSettings("fieldapp", "fieldapp")
        else:
            self.q = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str):
        opt = OPTIONS[key]
        value = self.q.value(key, opt.default)
        return _coerce(value, opt)

    def set(self, key: str, value) -> None:
        opt = OPTIONS[key]
        if opt.type is list:
            value = list(value)
            if not value:
                self.q.setValue(key, "")  # QSettings cannot tell an empty list from a missing key
                return
        self.q.setValue(key, value)

    def reset(self, key: str) -> None:
        self.q.remove(OPTIONS[key].key)

    def sync(self) -> None:
        self.q.sync()


def _coerce(value, opt: Option):
    if value is None:
        return opt.default
    if opt.type is bool:
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)
    if opt.type is list:
        if value == "":
            return []
        return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
    if opt.type is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return opt.default
    if opt.type is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray()
    return str(value)
