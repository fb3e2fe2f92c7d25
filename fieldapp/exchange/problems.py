"""What can be wrong with an incoming workbook: row rejections, warnings, unusable files (stable codes)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from fieldapp.domain.errors import BadInput

# Codes of an unusable workbook (nothing is imported from it).
NOT_FOUND = "not_found"
NOT_A_ZIP = "not_a_zip"
NOT_XLSX = "not_xlsx"
PASSWORD_PROTECTED = "password_protected"
ZIP_BOMB = "zip_bomb"
BAD_XML = "bad_xml"
NO_ACTIVITIES_SHEET = "no_activities_sheet"
MISSING_COLUMNS = "missing_columns"
UNKNOWN_FORMAT = "unknown_format"
UNSUPPORTED_VERSION = "unsupported_format_version"
SPARSE_SHEET = "mostly_empty_sheet"
UNREADABLE_VALUE = "unreadable_value"
FILE_CHANGED = "file_changed"  # replaced or rewritten while it was being read
REFERENCE_WORKBOOK = "reference_workbook"  # the coordinator's reference data, not activities
# Metadata `for_office` names another office than the importing office installation's (a coordinator's
# `export --office CODE` given to the wrong office); coordinators take any file.
FOR_OTHER_OFFICE = "for_other_office"

# Codes of a rejected row, besides the domain's validation codes (fieldapp.domain.validation.Code).
FORMULA = "formula"
CELL_TOO_LONG = "cell_too_long"
DUPLICATE_UUID = "duplicate_uuid"
MISSING_TIMESTAMP = "missing_timestamp"
TIMESTAMP_ORDER = "updated_before_created"
AMBIGUOUS_REGION = "ambiguous_region"  # the value names the candidates: "Almaty → KZ-19 / KZ-75"
ERROR_CELL = "error_cell"  # #N/A, #REF!, #DIV/0! … in a data column
TIMESTAMP_IN_FUTURE = "timestamp_in_future"  # more than CLOCK_SKEW_MS ahead of this machine's clock
DELETED_WITHOUT_ID = "deleted_without_id"  # a template row marked deleted: there is nothing to delete
# A template row whose pre-filled ID belongs to another activity (one template copied to several partners);
# the value names that activity.
TEMPLATE_ID_REUSED = "template_id_reused"

# Codes of warnings (the import goes on).
CHECKSUM_MISMATCH = "checksum_mismatch"
COUNT_MISMATCH = "record_count_mismatch"
NO_METADATA = "no_metadata"
OLD_REGION_NAME = "old_region_name"
OLD_KIND_NAME = "old_kind_name"  # a kind named as it was before the coordinator renamed it
EDITED_OUTSIDE = "edited_outside_fieldapp"
DUPLICATE_COLUMN = "duplicate_column"
IMPLAUSIBLE = "implausible"
NEWER_REFERENCE = "newer_reference_data"  # made with a newer reference version: import the reference workbook

# A cell that could not be parsed (besides the domain's codes): raised as CellError by the column spec.
BAD_UUID = "bad_uuid"
BAD_TIMESTAMP = "bad_timestamp"
BAD_BOOLEAN = "bad_boolean"
BAD_VERSION = "bad_version"
BAD_OFFICE_CODE = "bad_office_code"
AMBIGUOUS_NUMBER = "ambiguous_number"
AMBIGUOUS_DATE = "ambiguous_date"
BAD_STAMPS = "bad_stamps"
# A row that would change a record the file's office does not own (merge version 2).
OTHER_OFFICE = "other_office"

CLOCK_SKEW_MS = 86_400_000  # a day: a timestamp further ahead of this machine's clock is refused

UNUSABLE_CODES = (
    NOT_FOUND, NOT_A_ZIP, NOT_XLSX, PASSWORD_PROTECTED, ZIP_BOMB, BAD_XML, NO_ACTIVITIES_SHEET,
    MISSING_COLUMNS, UNKNOWN_FORMAT, UNSUPPORTED_VERSION, SPARSE_SHEET, UNREADABLE_VALUE, REFERENCE_WORKBOOK,
    FILE_CHANGED, FOR_OTHER_OFFICE,
)  # fmt: skip
ROW_CODES = (FORMULA, CELL_TOO_LONG, DUPLICATE_UUID, MISSING_TIMESTAMP, TIMESTAMP_ORDER, BAD_UUID,
             BAD_TIMESTAMP, BAD_BOOLEAN, AMBIGUOUS_REGION, ERROR_CELL, TIMESTAMP_IN_FUTURE,
             DELETED_WITHOUT_ID, BAD_VERSION, BAD_OFFICE_CODE, AMBIGUOUS_NUMBER, AMBIGUOUS_DATE, BAD_STAMPS,
             OTHER_OFFICE, TEMPLATE_ID_REUSED)  # fmt: skip
WARNING_CODES = (CHECKSUM_MISMATCH, COUNT_MISMATCH, NO_METADATA, OLD_REGION_NAME, OLD_KIND_NAME,
                 EDITED_OUTSIDE, DUPLICATE_COLUMN, IMPLAUSIBLE, NEWER_REFERENCE)  # fmt: skip

EXCEL_CELL_LIMIT = 32_767
EXCEL_MAX_ROWS = 1_048_576


class UnusableWorkbook(BadInput):
    """The file cannot be imported at all; nothing was changed. `code` is stable (see above)."""

    def __init__(self, code: str, file: str, detail: str = ""):
        self.code, self.file, self.detail = code, file, detail
        super().__init__(f"{file}: cannot import this workbook ({code}){': ' + detail if detail else ''}")


class AddressedElsewhere(UnusableWorkbook):
    """The file was exported for another office (`for_office`) than the one importing it."""

    def __init__(self, file: str, for_office: str, here: str):
        self.for_office, self.here = for_office, here
        detail = f"it was exported for office {for_office}; this installation is office {here}"
        super().__init__(FOR_OTHER_OFFICE, file, detail)


@dataclass(frozen=True)
class RowProblem:
    """Why one row was rejected: where (file, sheet, 1-based Excel row, column) and a stable code."""

    file: str
    sheet: str
    row: int
    column: str  # Excel letter, e.g. "F"
    tag: str  # the HXL tag of that column ("" when the whole row is concerned)
    header: str  # the column's header as written in the file
    code: str
    field: str = ""
    value: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class FileWarning:
    """Something worth telling the user that does not stop the import (a row's or the whole file's)."""

    file: str
    code: str
    detail: str = ""
    sheet: str = ""
    row: int = 0
    column: str = ""

    def as_dict(self) -> dict:
        return asdict(self)
