"""The consolidated report's figures for a period: breakdowns, offices reporting, the map and targets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TypeVar

from fieldapp.domain.errors import BadInput, Cancelled
from fieldapp.domain.query import RecordFilter
from fieldapp.domain.record import MEASURES
from fieldapp.domain.reference import reference
from fieldapp.domain.report import BREAKDOWNS, ReportModel, Row, Table, add, split_partners
from fieldapp.services.installation import require
from fieldapp.services.workspace import Workspace
from fieldapp.storage import Store


def _row(key: tuple[str, ...], count: int, sums) -> Row:
    return Row(key, count, dict(zip(MEASURES, sums, strict=True)))


def _merge(into: dict[tuple, Row], key: tuple[str, ...], row: Row) -> None:
    have = into.get(key)
    if have is None:
        into[key] = Row(key, row.records, dict(row.values))
        return
    have.records += row.records
    for m in MEASURES:
        have.values[m] = add(have.values[m], row.values[m])


def breakdown(store: Store, f: RecordFilter, name: str) -> list[Row]:
    """One breakdown's rows, in code-list order where there is one (regions, kinds, groups …)."""
    keys = BREAKDOWNS[name]
    rows = store.records.breakdown(f, *keys)
    raw = [_row(tuple(r[: len(keys)]), r[len(keys)], r[len(keys) + 1 :]) for r in rows]
    if name == "target_group":  # a record with several groups counts under each
        out: dict[tuple, Row] = {}
        for row in raw:
            for code in (row.key[0] or "").split():
                _merge(out, (code,), row)
        rows = list(out.values())
    elif name == "partner":
        out = {}
        for row in raw:
            for partner in split_partners(row.key[0] or ""):
                _merge(out, (partner,), row)
        rows = sorted(out.values(), key=lambda r: (-r.records, r.key))
        return rows
    else:
        rows = [Row(tuple(k or "" for k in r.key), r.records, r.values) for r in raw]
    return sorted(rows, key=lambda r: tuple(_order(k, c) for k, c in zip(keys, r.key, strict=True)))


def _order(key: str, code: str) -> tuple[int, str]:
    ref = reference()
    lists = {
        "region": ref.regions,
        "kind": ref.kinds,
        "target_groups": ref.target_groups,
        "language": ref.material_languages,
        "site_type": ref.site_types,
    }
    codes = [i.code for i in lists.get(key, ())]
    return (codes.index(code), "") if code in codes else (len(codes), code)


SUMMARY = ("office", "region", "kind")  # what the one-page summary shows


T = TypeVar("T")


def gather(
    work: dict[str, Callable[[], T]],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, T]:
    """The one totals loop of the report and the dashboard: each aggregate query in turn, `cancelled()`
    asked before each (raising Cancelled) and `progress(done, total)` told after each."""
    out: dict[str, T] = {}
    for i, (name, query) in enumerate(work.items()):
        if cancelled is not None and cancelled():
            raise Cancelled()
        out[name] = query()
        if progress is not None:
            progress(i + 1, len(work))
    return out


def build_report(
    ws: Workspace,
    date_from: date | None = None,
    date_to: date | None = None,
    breakdowns: tuple[str, ...] | None = None,
) -> ReportModel:
    """Every figure of the report for the period (start date within it), deleted records not counted.

    `breakdowns` limits the tables gathered (the summary needs SUMMARY only); the office table is always
    gathered, since it carries the totals."""
    if date_from and date_to and date_to < date_from:
        raise BadInput(f"the period ends ({date_to}) before it starts ({date_from})")
    inst = require(ws.store)
    f = RecordFilter(deleted=False, date_from=date_from, date_to=date_to)
    [total] = [_row((), r[0], r[1:]) for r in ws.store.records.breakdown(f)]
    wanted = {"office", *(breakdowns or BREAKDOWNS)}
    rows = gather(
        {name: (lambda name=name: breakdown(ws.store, f, name)) for name in BREAKDOWNS if name in wanted}
    )
    tables = {name: Table(name, BREAKDOWNS[name], found, total) for name, found in rows.items()}
    in_period = {o: (last, n) for o, last, n in ws.store.records.offices_last_activity(f)}
    people = {r.key[0]: r.values["people_reached"] for r in tables["office"].rows}
    listed = {o.code for o in ws.reference.offices}  # the coordinator's list decides when it has offices
    offices = []
    for o in ws.records.offices():
        last, n = in_period.get(o["office"], ("", 0))
        if (o["own"] or o.get("coordinator")) and not o["records"] and not n:
            continue  # this office, or a coordinator's (docs/reports.md), that logs nothing is not expected
        offices.append(
            {
                **o,
                "records_all": o["records"],
                "records": n,
                "people_reached": people.get(o["office"]),
                "last_activity": last,
                "reporting": n > 0,
                "expected": o["office"] in listed if listed else True,
            }
        )
    expected = [o for o in offices if o["expected"]]
    from fieldapp.services import targets

    return ReportModel(
        office_code=inst.office_code,
        office_name=inst.office_name,
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        date_from=date_from,
        date_to=date_to,
        tables=tables,
        offices=offices,
        offices_reporting=sum(1 for o in expected if o["reporting"]),
        offices_expected=len(expected),
        expected_listed=bool(listed),
        targets=targets.progress(ws, date_from, date_to),
    )


def words(language: str) -> dict[str, str]:
    """The report's words in one language (the same text as the workbook's), for the printable summary."""
    from fieldapp.exchange.words import WORDS, word

    return {key: word(key, language) for key in WORDS}


def period_text(model: ReportModel, language: str) -> str:
    if not (model.date_from or model.date_to):
        return words(language)["all"]
    return f"{model.date_from or '…'} – {model.date_to or '…'}"
