"""The exchange workbook (format version 2, reads 1): column spec, export, import reader, report, template."""

FORMAT_NAME = "fieldapp-activities"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1 rows carry no edit stamps: they import as whole-record edits
