"""Small reusable widgets: period selector, code-list combo boxes, checkable lists, dialog buttons."""
