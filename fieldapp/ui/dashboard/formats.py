"""Numbers, dates and months in the UI language's locale, for the dashboard and exchange pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale

from fieldapp.ui.i18n import locale_for


def qlocale(language: str) -> QLocale:
    """The app's one locale per UI language (see fieldapp.ui.i18n)."""
    return locale_for(language)


def number(language: str, value: int | float | None) -> str:
    if value is None:
        return ""
    return qlocale(language).toString(int(value))


def _date_format(loc: QLocale) -> str:
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    # Kazakh's short format has a two-digit year; a report date wants all four.
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def day(language: str, value: date | str | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    loc = qlocale(language)
    return loc.toString(QDate(value.year, value.month, value.day), _date_format(loc))


def moment(language: str, epoch_ms: int | None) -> str:
    """A UTC epoch-ms timestamp as local date and time."""
    if not epoch_ms:
        return ""
    loc = qlocale(language)
    dt = QDateTime.fromMSecsSinceEpoch(int(epoch_ms)).toLocalTime()
    return loc.toString(dt, _date_format(loc) + " HH:mm")


def month(language: str, key: str) -> str:
    """'2020-04' → 'апр. 2020' / 'сәу. 2020' / 'Apr 2020'."""
    year, m = int(key[:4]), int(key[5:7])
    name = qlocale(language).standaloneMonthName(m, QLocale.FormatType.ShortFormat)
    return f"{name} {year}"
