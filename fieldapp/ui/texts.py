"""The UI's words for the core's codes: field labels and validation messages, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from fieldapp.domain.reference import reference
from fieldapp.domain.validation import Code, Issue


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Texts", text, None, n)


def field_label(name: str, language: str = "en") -> str:
    """A record field's label; measures take their names from the reference data."""
    measure = reference().measure(name)
    if measure is not None:
        return measure.name(language)
    labels = {
        "office": _t("Office"),
        "kind": _t("Activity"),
        "start_date": _t("Start date"),
        "end_date": _t("End date"),
        "region": _t("Region"),
        "district": _t("District"),
        "settlement": _t("Settlement / site"),
        "site_type": _t("Site type"),
        "language": _t("Materials language"),
        "target_groups": _t("Target groups"),
        "partners": _t("Partners"),
        "notes": _t("Notes"),
        "entered_by": _t("Entered by"),
        "updated_at": _t("Last changed"),
        "created_at": _t("Created"),
        "version": _t("Version"),
        "deleted": _t("Deleted"),
    }
    return labels.get(name, name)


def date_format() -> str:
    """The default locale's numeric date format, always with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value) -> str:
    """A date in the locale's numeric form with a four-digit year (the default locale's)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_number(value: int | None) -> str:
    return "" if value is None else QLocale().toString(int(value))


def issue_message(issue: Issue, language: str = "en") -> str:
    """One validation issue as a sentence in the UI language, naming the field."""
    field = field_label(issue.field, language)
    limit = issue.limit
    if hasattr(limit, "year"):
        limit = format_date(limit)
    elif isinstance(limit, int):
        limit = format_number(limit)
    code = issue.code
    if code is Code.REQUIRED:
        return _t("%1 is required.").replace("%1", field)
    if code in (Code.UNKNOWN_KIND, Code.UNKNOWN_REGION, Code.UNKNOWN_SITE_TYPE, Code.UNKNOWN_LANGUAGE):
        return _t("%1: choose a value from the list.").replace("%1", field)
    if code is Code.UNKNOWN_TARGET_GROUP:
        return _t("%1: an unknown group is selected.").replace("%1", field)
    if code is Code.NOT_A_DATE:
        return _t("%1 is not a valid date.").replace("%1", field)
    if code is Code.DATE_TOO_EARLY:
        return _t("%1 cannot be before %2.").replace("%1", field).replace("%2", str(limit))
    if code is Code.DATE_IN_FUTURE:
        return _t("%1 cannot be in the future.").replace("%1", field)
    if code is Code.END_BEFORE_START:
        return _t("The end date cannot be before the start date.")
    if code is Code.NOT_AN_INTEGER:
        return _t("%1 must be a whole number.").replace("%1", field)
    if code is Code.NEGATIVE:
        return _t("%1 cannot be negative.").replace("%1", field)
    if code is Code.CHILDREN_EXCEED_PEOPLE:
        return _t("Children reached cannot exceed people reached.")
    if code is Code.MEASURE_NOT_FOR_KIND:
        return _t("%1 is not recorded for this activity.").replace("%1", field)
    if code is Code.TOO_LONG:
        return _t("%1 is too long (at most %2 characters).").replace("%1", field).replace("%2", str(limit))
    if code is Code.IMPLAUSIBLE:
        text = _t("%1 is unusually large (over %2) — please check.")
        return text.replace("%1", field).replace("%2", str(limit))
    return _t("%1 is not valid.").replace("%1", field)


def records_count(n: int) -> str:
    return _t("%Ln record(s)", n)


def language_name(code: str) -> str:
    """A UI language's name in that language itself, as people look for it in a list."""
    return {"kk": "Қазақша", "ru": "Русский", "en": "English"}[code]
