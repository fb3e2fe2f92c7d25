"""The coordinators' offices this installation has heard from: a workbook whose Metadata says
`role = coordinator` names one (its `office_code`). A coordinator's office that logs no activities of its
own is not an office expected to report (docs/reports.md), at an office installation as at its own."""

from __future__ import annotations

from fieldapp.storage import Store

KEY = "coordinator_offices"  # meta: the codes, separated by spaces


def known(store: Store) -> frozenset[str]:
    return frozenset((store.get_meta(KEY) or "").split())


def remember(store: Store, office: str) -> None:
    """Note `office` as a coordinator's (inside the import's transaction: a dry run forgets it). Written
    only the first time, so importing the same file again changes nothing."""
    office = office.strip()
    if office and " " not in office and office not in (seen := known(store)):
        store.set_meta(KEY, " ".join(sorted(seen | {office})))
