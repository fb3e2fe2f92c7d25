"""The dashboard page: totals, charts by month, region and kind, and the offices' reporting status."""
