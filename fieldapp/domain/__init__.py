"""The domain: activity kinds, regions, code lists, the activity record and its validation. Stdlib only."""
