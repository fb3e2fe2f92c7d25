"""What the dashboard shows, gathered in one worker-thread call through the workspace.

The queries run in the report's loop (`reporting.gather`): progress after each, a cancel check before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from fieldapp.domain.errors import Cancelled
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import MEASURES
from fieldapp.services.reporting import gather

if TYPE_CHECKING:
    from fieldapp.services.workspace import Workspace

GROUPS = ("none", "month", "region", "kind")
__all__ = ["GROUPS", "Cancelled", "DashboardData", "load", "period_filter"]


@dataclass(frozen=True)
class DashboardData:
    filter: RecordFilter
    totals: dict  # 'records' and each measure
    by_month: list[dict] = field(default_factory=list)  # every month from first to last, gaps as zeros
    by_region: list[dict] = field(default_factory=list)
    by_kind: list[dict] = field(default_factory=list)
    offices: list[dict] = field(default_factory=list)  # Records.offices()
    breakdown: str = "kind"
    by_breakdown: list = field(default_factory=list)  # Rows of the chosen breakdown (None = not applicable)
    targets: list = field(default_factory=list)  # TargetRows for the period: planned against achieved


def empty_totals() -> dict:
    return {"group": "", "records": 0, **dict.fromkeys(MEASURES, 0)}


def month_range(first: str, last: str) -> list[str]:
    """'2020-11', '2021-02' → every 'YYYY-MM' between them, inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def fill_months(rows: list[dict]) -> list[dict]:
    """Monthly totals with the empty months in between added as zero rows, so the axis is true time."""
    rows = [r for r in rows if r["group"]]
    if not rows:
        return []
    known = {r["group"]: r for r in rows}
    return [
        known.get(m) or {**empty_totals(), "group": m}
        for m in month_range(rows[0]["group"], rows[-1]["group"])
    ]


def load(
    ws: Workspace,
    f: RecordFilter,
    overdue_days: int,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    breakdown: str = "kind",
) -> DashboardData:
    """Run the dashboard's queries: one aggregate per grouping, the offices, the chosen breakdown and
    the targets of the period (planned against achieved); Cancelled when `cancelled()` says so."""
    from fieldapp.services import targets

    records = ws.records
    work: dict[str, Callable[[], list]] = {g: (lambda g=g: records.totals(f, g)) for g in GROUPS}
    work["offices"] = lambda: records.offices(overdue_days)
    work["breakdown"] = lambda: records.breakdown(f, breakdown) if breakdown != "kind" else []
    work["targets"] = lambda: targets.progress(ws, f.date_from, f.date_to, f.offices)
    results = gather(work, progress, cancelled)
    total = results["none"][0] if results["none"] else empty_totals()
    return DashboardData(
        filter=f,
        totals=total,
        by_month=fill_months(results["month"]),
        by_region=results["region"],
        by_kind=results["kind"],
        offices=results["offices"],
        breakdown=breakdown,
        by_breakdown=results["breakdown"],
        targets=results["targets"],
    )


def period_filter(date_from: date | None, date_to: date | None, office: str = "") -> RecordFilter:
    return RecordFilter(date_from=date_from, date_to=date_to, offices=(office,) if office else ())
