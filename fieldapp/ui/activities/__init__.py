"""The Activities page: the record table over SQL, its filters, and record actions."""
