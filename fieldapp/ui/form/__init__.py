"""The entry form: fields per activity kind, inline validation, defaults, duplicates and drafts."""
