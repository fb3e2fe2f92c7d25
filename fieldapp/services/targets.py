"""Targets a coordinator plans per kind × region × period, and how far the records have come."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.report import TargetRow
from fieldapp.services.workspace import Workspace


def progress(ws: Workspace, date_from: date | None = None, date_to: date | None = None) -> list[TargetRow]:
    return []
