"""The UI's words for the exchange's stable codes: rejected rows, warnings and unusable workbooks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.validation import Code, Issue, Severity
from fieldapp.ui.texts import field_label, issue_message

# Called as translate("ExchangeProblems", "literal") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate
# A record from another installation that uses a code not known here yet is kept, with this warning.
KEPT_UNKNOWN = (Code.UNKNOWN_KIND, Code.UNKNOWN_SITE_TYPE, Code.UNKNOWN_LANGUAGE, Code.UNKNOWN_TARGET_GROUP)


def row_problem_text(code: str, field: str = "", language: str = "en") -> str:
    """Why a row was rejected, as a sentence in the UI language (domain codes name their field)."""
    try:
        domain = Code(code)
    except ValueError:
        domain = None
    if domain is not None:
        severity = Severity.WARNING if domain is Code.IMPLAUSIBLE else Severity.ERROR
        return issue_message(Issue(domain, field or "", severity), language)
    texts = {
        "formula": translate("ExchangeProblems", "The cell holds a formula; type the value itself."),
        "cell_too_long": translate("ExchangeProblems", "The cell is longer than Excel allows."),
        "duplicate_uuid": translate(
            "ExchangeProblems", "The same record ID appears on another row of the file."
        ),
        "missing_timestamp": translate(
            "ExchangeProblems", "The record has an ID but no time of last change."
        ),
        "updated_before_created": translate(
            "ExchangeProblems", "The time of last change is before the creation time."
        ),
        "bad_uuid": translate("ExchangeProblems", "The record ID is not valid."),
        "ambiguous_region": translate(
            "ExchangeProblems", "The region name fits more than one region; write its code or full name."
        ),
        "bad_timestamp": translate("ExchangeProblems", "The time of last change is not valid."),
        "bad_boolean": translate("ExchangeProblems", "The deleted flag is not yes or no."),
        "error_cell": translate(
            "ExchangeProblems", "The cell holds an error value (such as #N/A); type the value itself."
        ),
        "ambiguous_number": translate(
            "ExchangeProblems",
            "The number can be read two ways (1,000 is a thousand or one); type it without separators.",
        ),
        "ambiguous_date": translate(
            "ExchangeProblems", "The date can be read two ways (day and month); type it as YYYY-MM-DD."
        ),
        "timestamp_in_future": translate(
            "ExchangeProblems",
            "The time of last change is more than a day ahead of this computer's clock.",
        ),
        "deleted_without_id": translate(
            "ExchangeProblems", "A new row is marked as deleted; remove the row or the mark."
        ),
        "template_id_reused": translate(
            "ExchangeProblems",
            "This row's ID already belongs to another activity (see the value); each partner needs their"
            " own template.",
        ),
        "bad_version": translate("ExchangeProblems", "The version is not a whole number of 1 or more."),
        "bad_office_code": translate(
            "ExchangeProblems",
            "The office code may hold only capital letters, digits, '-' and '_' (up to 32).",
        ),
        "bad_stamps": translate("ExchangeProblems", "The edit stamps of the record are damaged."),
        "other_office": translate(
            "ExchangeProblems", "The record belongs to another office; this file may not change it."
        ),
    }
    text = texts.get(code)
    if text is None:
        text = translate("ExchangeProblems", "Not accepted (%1).").replace("%1", code)
    if field and code not in (
        "duplicate_uuid",
        "missing_timestamp",
        "updated_before_created",
        "deleted_without_id",
        "other_office",
        "template_id_reused",
    ):
        return f"{field_label(field, language)}: {text}"
    return text


def warning_text(code: str, detail: str = "", language: str = "en") -> str:
    """A warning that did not stop the import."""
    texts = {
        "checksum_mismatch": translate(
            "ExchangeProblems", "The rows were changed after the file was exported (the checksum differs)."
        ),
        "record_count_mismatch": translate(
            "ExchangeProblems", "The number of rows differs from the number exported."
        ),
        "no_metadata": translate("ExchangeProblems", "No Metadata sheet: a template or a hand-made file."),
        "old_region_name": translate(
            "ExchangeProblems", "An old region name was mapped to the current region: %1"
        ),
        "old_kind_name": translate(
            "ExchangeProblems", "An activity kind's old name was read as the kind it names now: %1"
        ),
        "edited_outside_fieldapp": translate("ExchangeProblems", "A record was edited outside fieldapp: %1"),
        "newer_reference_data": translate(
            "ExchangeProblems",
            "The file was made with newer reference data (version %1); import the coordinator's reference"
            " workbook to see the names of new kinds.",
        ),
        "duplicate_column": translate(
            "ExchangeProblems", "A column appears twice; the first one is used: %1"
        ),
    }
    if code == "implausible":
        return issue_message(Issue(Code.IMPLAUSIBLE, detail, Severity.WARNING), language)
    if code == Code.MEASURE_NOT_FOR_KIND:
        text = translate(
            "ExchangeProblems", "%1: not a measure of this kind here (other reference data); kept as it is."
        )
        return text.replace("%1", field_label(detail, language))
    field, _, value = detail.partition(": ")  # kept unknown codes: "kind: peer_mentoring"
    if code == Code.UNKNOWN_KIND:
        text = translate(
            "ExchangeProblems",
            "Unknown kind (%1): the record is kept as it is; import the coordinator's reference workbook"
            " (Settings → Reference data) to see its name.",
        )
        return text.replace("%1", value or field)
    if code in KEPT_UNKNOWN:
        detail = field
        text = translate(
            "ExchangeProblems",
            "%1: a code of newer reference data, kept as it is; import the reference workbook to name it.",
        )
        return text.replace("%1", field_label(detail, language))
    text = texts.get(code)
    if text is None:
        return translate("ExchangeProblems", "Warning (%1): %2").replace("%1", code).replace("%2", detail)
    return text.replace("%1", detail)


def unusable_text(code: str, error: BaseException | None = None) -> str:
    """Why a whole workbook cannot be imported (nothing was changed); `error` (the UnusableWorkbook)
    gives the offices of a file addressed to another office."""
    if code == "for_other_office":
        text = translate(
            "ExchangeProblems",
            "This workbook was exported for office %1; this installation is office %2. "
            "Ask the coordinator for your office's file.",
        )
        addressee, here = getattr(error, "for_office", "?"), getattr(error, "here", "?")
        return text.replace("%1", addressee).replace("%2", here)
    texts = {
        "not_found": translate("ExchangeProblems", "The file was not found."),
        "not_a_zip": translate("ExchangeProblems", "This is not an Excel workbook (.xlsx)."),
        "not_xlsx": translate("ExchangeProblems", "This is not an Excel workbook (.xlsx)."),
        "password_protected": translate(
            "ExchangeProblems", "The workbook is protected by a password; save it without one."
        ),
        "zip_bomb": translate(
            "ExchangeProblems", "The file unpacks to an implausible size; it was refused for safety."
        ),
        "bad_xml": translate("ExchangeProblems", "The workbook is damaged or holds unsafe content."),
        "no_activities_sheet": translate("ExchangeProblems", "The workbook has no Activities sheet."),
        "missing_columns": translate(
            "ExchangeProblems", "Required columns are missing from the Activities sheet."
        ),
        "unknown_format": translate(
            "ExchangeProblems", "This workbook was not made by fieldapp or from its template."
        ),
        "reference_workbook": translate(
            "ExchangeProblems",
            "This is the coordinator's reference workbook: import it in Settings → Reference data.",
        ),
        "unsupported_format_version": translate(
            "ExchangeProblems", "The workbook was made by a newer fieldapp; update this one."
        ),
        "mostly_empty_sheet": translate(
            "ExchangeProblems",
            "The sheet has far more rows than values; delete the empty rows and save it again.",
        ),
        "training_file": translate(
            "ExchangeProblems",
            "This workbook comes from a training copy (made-up records); real data does not take it.",
        ),
        "file_changed": translate(
            "ExchangeProblems",
            "The file changed while it was being imported; wait until it is saved or copied, "
            "then import it again.",
        ),
        "unreadable_value": translate(
            "ExchangeProblems",
            "A cell holds a value that cannot be read (for example a date past the year 9999).",
        ),
    }
    return texts.get(code) or translate("ExchangeProblems", "The workbook cannot be imported (%1).").replace(
        "%1", code
    )


def output_refused_text(code: str, path: str) -> str:
    """Why a workbook was not written to the path the user chose (nothing was written)."""
    texts = {
        "database": translate("ExchangeProblems", "%1 is fieldapp's own database; choose another file name."),
        "backups": translate("ExchangeProblems", "%1 is in fieldapp's backup folder; choose another folder."),
        "data_folder": translate(
            "ExchangeProblems", "%1 is in fieldapp's data folder; choose another folder."
        ),
        "not_xlsx_name": translate("ExchangeProblems", "%1: the file name must end in .xlsx."),
        "folder": translate("ExchangeProblems", "%1 is a folder; give a file name."),
        "missing_folder": translate("ExchangeProblems", "The folder %1 does not exist."),
        "not_workbook": translate(
            "ExchangeProblems", "%1 exists and is not an Excel workbook; it was not overwritten."
        ),
        "too_long": translate("ExchangeProblems", "The file name %1 is too long."),
        "reserved": translate("ExchangeProblems", "%1 is a name Windows keeps for a device; choose another."),
        "unwritable": translate(
            "ExchangeProblems", "Cannot write to %1 (no permission, or a read-only disk)."
        ),
        "disk_full": translate("ExchangeProblems", "The disk is full; %1 was not written."),
        "not_folder": translate("ExchangeProblems", "%1 is a file, not a folder."),
    }
    text = texts.get(code) or translate("ExchangeProblems", "%1 cannot be written.")
    return text.replace("%1", str(path))
