"""The UI's words for the core's codes: field labels and validation messages, in the UI language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.record import MAX_NUMBER
from fieldapp.domain.reference import reference
from fieldapp.ui.formats import format_date, format_number

if TYPE_CHECKING:
    from fieldapp.domain.validation import Issue


def field_label(name: str, language: str = "en") -> str:
    """A record field's label; measures take their names from the reference data."""
    measure = reference().measure(name)
    if measure is not None:
        return measure.name(language)
    labels = {
        "office": QCoreApplication.translate("Texts", "Office"),
        "kind": QCoreApplication.translate("Texts", "Activity"),
        "start_date": QCoreApplication.translate("Texts", "Start date"),
        "end_date": QCoreApplication.translate("Texts", "End date"),
        "region": QCoreApplication.translate("Texts", "Region"),
        "district": QCoreApplication.translate("Texts", "District"),
        "settlement": QCoreApplication.translate("Texts", "Settlement / site"),
        "site_type": QCoreApplication.translate("Texts", "Site type"),
        "language": QCoreApplication.translate("Texts", "Materials language"),
        "target_groups": QCoreApplication.translate("Texts", "Target groups"),
        "partners": QCoreApplication.translate("Texts", "Partners"),
        "notes": QCoreApplication.translate("Texts", "Notes"),
        "entered_by": QCoreApplication.translate("Texts", "Entered by"),
        "updated_at": QCoreApplication.translate("Texts", "Last changed"),
        "created_at": QCoreApplication.translate("Texts", "Created"),
        "version": QCoreApplication.translate("Texts", "Version"),
        "deleted": QCoreApplication.translate("Texts", "Deleted"),
    }
    return labels.get(name, name)


def kind_name(code: str, language: str = "en") -> str:
    """A kind's name; a kind of newer reference data, not known here yet, reads "unknown kind (code)"."""
    kind = reference().kind(code)
    if kind is not None:
        return kind.name(language)
    return QCoreApplication.translate("Texts", "unknown kind (%1)").replace("%1", code)


def issue_message(issue: Issue, language: str = "en") -> str:
    """One validation issue as a sentence in the UI language, naming the field."""
    from fieldapp.domain.validation import Code  # with the first message, not at start

    field = field_label(issue.field, language)
    limit = issue.limit
    if hasattr(limit, "year"):
        limit = format_date(limit)
    elif isinstance(limit, int):
        limit = format_number(limit)
    code = issue.code
    if code is Code.REQUIRED:
        return QCoreApplication.translate("Texts", "%1 is required.").replace("%1", field)
    if code in (Code.UNKNOWN_KIND, Code.UNKNOWN_REGION, Code.UNKNOWN_SITE_TYPE, Code.UNKNOWN_LANGUAGE):
        return QCoreApplication.translate("Texts", "%1: choose a value from the list.").replace("%1", field)
    if code is Code.UNKNOWN_TARGET_GROUP:
        return QCoreApplication.translate("Texts", "%1: an unknown group is selected.").replace("%1", field)
    if code is Code.NOT_A_DATE:
        return QCoreApplication.translate("Texts", "%1 is not a valid date.").replace("%1", field)
    if code is Code.DATE_TOO_EARLY:
        return (
            QCoreApplication.translate("Texts", "%1 cannot be before %2.")
            .replace("%1", field)
            .replace("%2", str(limit))
        )
    if code is Code.DATE_IN_FUTURE:
        return QCoreApplication.translate("Texts", "%1 cannot be in the future.").replace("%1", field)
    if code is Code.END_BEFORE_START:
        return QCoreApplication.translate("Texts", "The end date cannot be before the start date.")
    if code is Code.NOT_AN_INTEGER:
        return QCoreApplication.translate("Texts", "%1 must be a whole number.").replace("%1", field)
    if code is Code.NEGATIVE:
        return QCoreApplication.translate("Texts", "%1 cannot be negative.").replace("%1", field)
    if code is Code.TOO_LARGE:
        text = QCoreApplication.translate("Texts", "%1 is too large (at most %2).")
        return text.replace("%1", field).replace("%2", format_number(MAX_NUMBER))
    if code is Code.CHILDREN_EXCEED_PEOPLE:
        return QCoreApplication.translate("Texts", "Children reached cannot exceed people reached.")
    if code is Code.MEASURE_NOT_FOR_KIND:
        return QCoreApplication.translate("Texts", "%1 is not recorded for this activity.").replace(
            "%1", field
        )
    if code is Code.TOO_LONG:
        return (
            QCoreApplication.translate("Texts", "%1 is too long (at most %2 characters).")
            .replace("%1", field)
            .replace("%2", str(limit))
        )
    if code is Code.UNSUPPORTED_CHARACTER:
        return QCoreApplication.translate(
            "Texts", "%1 holds a character that cannot be saved in a workbook; remove it."
        ).replace("%1", field)
    if code is Code.IMPLAUSIBLE:
        text = QCoreApplication.translate("Texts", "%1 is unusually large (over %2) — please check.")
        return text.replace("%1", field).replace("%2", str(limit))
    return QCoreApplication.translate("Texts", "%1 is not valid.").replace("%1", field)


def language_name(code: str) -> str:
    """A UI language's name in that language itself, as people look for it in a list."""
    return {"kk": "Қазақша", "ru": "Русский", "en": "English"}[code]
