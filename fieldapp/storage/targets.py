"""The target table (schema 6): planned figures per kind × region × period × measure."""

from __future__ import annotations

from datetime import date
from functools import cache

from peewee import AutoField, BigIntegerField, CharField, Database, DateField, Model

from fieldapp.domain.record import now_ms


@cache
def _model(db: Database) -> type[Model]:
    class Target(Model):
        id = AutoField()
        kind = CharField()
        region = CharField(default="")
        date_from = DateField()
        date_to = DateField()
        measure = CharField()
        planned = BigIntegerField()
        updated_at = BigIntegerField()

        class Meta:
            database = db
            table_name = "target"

    return Target


def list_targets(store) -> list[dict]:
    T = _model(store.db)
    query = T.select().order_by(T.date_from, T.kind, T.region, T.measure)
    return [
        {"id": t.id, "kind": t.kind, "region": t.region, "date_from": _d(t.date_from),
         "date_to": _d(t.date_to), "measure": t.measure, "planned": t.planned}
        for t in query
    ]  # fmt: skip


def _d(v) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def put_targets(store, rows: list[dict]) -> tuple[int, int]:
    """Insert or replace targets by (kind, region, from, to, measure); a planned value of None deletes one.

    Returns (written, deleted). One transaction.
    """
    T = _model(store.db)
    written = deleted = 0
    with store.db.atomic():
        for r in rows:
            key = (T.kind == r["kind"]) & (T.region == r["region"]) & (T.date_from == r["date_from"])
            key &= (T.date_to == r["date_to"]) & (T.measure == r["measure"])
            if r.get("planned") is None:
                deleted += T.delete().where(key).execute()
                continue
            found = T.get_or_none(key)
            if found is None:
                fields = ("kind", "region", "date_from", "date_to", "measure", "planned")
                T.create(**{k: r[k] for k in fields}, updated_at=now_ms())
            elif found.planned != r["planned"]:
                T.update(planned=r["planned"], updated_at=now_ms()).where(T.id == found.id).execute()
            written += 1
    return written, deleted
