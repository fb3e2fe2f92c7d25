"""The UI's one place for numbers, dates, times and months as people read them.

Each function takes the language whose locale to use (fieldapp.ui.i18n.locale_for) or None for the UI
language in use (Translators.install makes its locale the default one). Dates always show four-digit
years; times are local.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale

from fieldapp.ui.i18n import locale_for


def qlocale(language: str | None = None) -> QLocale:
    """The app's one locale per UI language (see fieldapp.ui.i18n); None: the one in use."""
    return QLocale() if language is None else locale_for(language)


def number(language: str | None, value: int | float | None) -> str:
    if value is None:
        return ""
    return qlocale(language).toString(int(value))


def date_format(language: str | None = None) -> str:
    """The locale's numeric date format, always with a four-digit year (Kazakh's short one has two)."""
    fmt = qlocale(language).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _date_format(loc: QLocale) -> str:
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def day(language: str | None, value: date | str | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    loc = qlocale(language)
    return loc.toString(QDate(value.year, value.month, value.day), _date_format(loc))


def moment(language: str | None, epoch_ms: int | None) -> str:
    """A UTC epoch-ms timestamp as local date and time."""
    if not epoch_ms:
        return ""
    loc = qlocale(language)
    dt = QDateTime.fromMSecsSinceEpoch(int(epoch_ms)).toLocalTime()
    return loc.toString(dt, _date_format(loc) + " HH:mm")


def month(language: str | None, key: str) -> str:
    """'2020-04' → 'апр. 2020' / 'сәу. 2020' / 'Apr 2020'."""
    year, m = int(key[:4]), int(key[5:7])
    name = qlocale(language).standaloneMonthName(m, QLocale.FormatType.ShortFormat)
    return f"{name} {year}"


def format_date(value: date | None) -> str:
    """A date in the UI language's numeric form (four-digit year)."""
    return day(None, value)


def format_number(value: int | None) -> str:
    """A whole number with the UI language's digit grouping."""
    return number(None, value)
