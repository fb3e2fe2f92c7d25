"""The exchange workbook (format version 1): column spec, export, import reader, report, template."""

FORMAT_NAME = "fieldapp-activities"
FORMAT_VERSION = 1
