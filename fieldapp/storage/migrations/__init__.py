"""Numbered, frozen schema migrations. Each declares its own copy of the tables it touches."""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

from fieldapp.storage.migrations import (
    m001_initial,
    m002_exchange_logs,
    m003_filter_indexes,
    m004_activity_totals,
)

MIGRATIONS: tuple[tuple[int, Callable[[Database], None]], ...] = (
    (1, m001_initial.apply),
    (2, m002_exchange_logs.apply),
    (3, m003_filter_indexes.apply),
    (4, m004_activity_totals.apply),
)
LATEST = MIGRATIONS[-1][0]
