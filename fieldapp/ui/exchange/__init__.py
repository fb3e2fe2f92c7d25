"""The exchange page: export, import with a preview, undo, history, report and template."""
