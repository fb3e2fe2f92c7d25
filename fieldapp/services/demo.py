"""Realistic demo data, for training and benchmarks: every region, plausible kinds and numbers."""

from __future__ import annotations

import random
import uuid
from bisect import bisect
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate, islice

from fieldapp.domain import clock
from fieldapp.domain.record import Activity
from fieldapp.domain.reference import reference
from fieldapp.services.changes import Changed
from fieldapp.services.installation import require
from fieldapp.storage import Store

# Rough population weights per region, so the demo looks like the country.
REGION_WEIGHTS = {
    "KZ-10": 6, "KZ-11": 7, "KZ-15": 9, "KZ-19": 15, "KZ-23": 7, "KZ-27": 7, "KZ-31": 11, "KZ-33": 7,
    "KZ-35": 12, "KZ-39": 8, "KZ-43": 8, "KZ-47": 7, "KZ-55": 8, "KZ-59": 5, "KZ-61": 20, "KZ-62": 2,
    "KZ-63": 7, "KZ-71": 12, "KZ-75": 21, "KZ-79": 11,
}  # fmt: skip

SITES = {
    "KZ-10": ["Семей", "Аягөз", "Курчатов"], "KZ-11": ["Кокшетау", "Степногорск", "Щучинск"],
    "KZ-15": ["Актобе", "Хромтау", "Кандыагаш"], "KZ-19": ["Қонаев", "Есік", "Талгар", "Қаскелең"],
    "KZ-23": ["Атырау", "Құлсары"], "KZ-27": ["Уральск", "Аксай"], "KZ-31": ["Тараз", "Шу", "Каратау"],
    "KZ-33": ["Талдыкорган", "Текели", "Жаркент"], "KZ-35": ["Караганда", "Темиртау", "Шахтинск"],
    "KZ-39": ["Костанай", "Рудный", "Лисаковск"], "KZ-43": ["Қызылорда", "Байқоңыр", "Арал"],
    "KZ-47": ["Актау", "Жанаозен"], "KZ-55": ["Павлодар", "Экибастуз", "Аксу"],
    "KZ-59": ["Петропавловск", "Булаево"], "KZ-61": ["Туркестан", "Кентау", "Сарыағаш", "Жетісай"],
    "KZ-62": ["Жезказган", "Сатпаев"], "KZ-63": ["Усть-Каменогорск", "Риддер", "Алтай"],
    "KZ-71": ["Есиль район", "Алматы район", "Сарыарка район"],
    "KZ-75": ["Алмалинский район", "Ауэзовский район", "Бостандыкский район", "Медеуский район"],
    "KZ-79": ["Абайский район", "Енбекшинский район", "Каратауский район"],
}  # fmt: skip

PARTNERS = [
    "Казпочта", "Красный Полумесяц", "акимат", "Управление образования", "Қамқорлық қоры",
    "Союз волонтёров", "Жастар ресурстық орталығы", "ЮНИСЕФ", "ЮНФПА", "",
]  # fmt: skip
NOTES = [
    "Раздали листовки родителям у школы",
    "Ата-аналарға жадынамалар таратылды",
    "Видеоролик о мерах профилактики COVID-19 показан в отделениях",
    "Онлайн-кеңес берілді, балалар белсенді қатысты",
    "Повторная сессия по запросу семей",
    "Волонтёрлер үйлерді аралап шықты",
    "",
    "",
]
NAMES = ["Айгерім С.", "Нұрлан Б.", "Елена К.", "Асель Т.", "Дмитрий П.", "Жанна М.", "Ерлан Қ."]
SITE_BY_KIND = {
    "kazpost_video": "post_office",
    "psychosocial": "online",
    "social_media": "online",
    "workshop": "community_centre",
    "equipment": "school",
}
SIZES = {  # (low, high) per measure, scaled by a random factor
    "items_distributed": (50, 3000),
    "sites_covered": (1, 40),
    "sessions": (1, 30),
    "volunteers": (2, 60),
    "volunteer_hours": (8, 600),
    "people_reached": (20, 5000),
}


def make_records(n: int, seed: int, office: str, device: str, end: date) -> list[Activity]:
    """`n` demo records (a fresh list; the same seed gives the same content)."""
    return list(iter_demo_records(n, seed, office, device, end))


def _weighted(rng: random.Random, population: list, weights: list) -> Callable[[], object]:
    """`rng.choices(population, weights)[0]` with the cumulative weights computed once (same draws)."""
    cum = list(accumulate(weights))
    total, hi, draw = cum[-1] + 0.0, len(cum) - 1, rng.random
    return lambda: population[bisect(cum, draw() * total, 0, hi)]


def iter_demo_records(n: int, seed: int, office: str, device: str, end: date) -> Iterator[Activity]:
    """The records of `make_records`, one at a time, so a million never sit in memory at once."""
    rng = random.Random(seed)
    ref = reference()
    kinds = list(ref.kinds)
    pick_kind = _weighted(rng, kinds, [k.weight for k in kinds])
    pick_region = _weighted(rng, list(REGION_WEIGHTS), list(REGION_WEIGHTS.values()))
    groups = [g.code for g in ref.target_groups]
    start = date(2020, 3, 15)
    span = max((end - start).days, 1)
    for _ in range(n):
        kind = pick_kind()
        region = pick_region()
        # most of the work happened in spring–autumn 2020
        # wrap the long tail around instead of piling it onto the last day
        offset = int(rng.expovariate(1 / 160)) % (span + 1)
        day = start + timedelta(days=offset)
        values = {}
        for m in kind.measures:
            if m == "children_reached":
                continue
            lo, hi = SIZES[m]
            values[m] = rng.randint(lo, hi)
        if kind.code == "social_media":
            values["people_reached"] = rng.randint(5000, 400000)
        if "people_reached" in values:
            values["children_reached"] = int(values["people_reached"] * rng.uniform(0.2, 0.7))
        created = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=rng.uniform(8, 19))
        stamp = int(created.timestamp() * 1000)
        yield Activity(
            uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            office=office,
            kind=kind.code,
            start_date=day,
            end_date=day + timedelta(days=rng.choice((0, 0, 0, 1, 2, 6))) if rng.random() < 0.3 else None,
            region=region,
            district="",
            settlement=rng.choice(SITES[region]),
            site_type=SITE_BY_KIND.get(kind.code, rng.choice(("school", "public_place", "household"))),
            language=rng.choice(("kk", "ru", "kk_ru", "kk_ru")),
            target_groups=tuple(sorted(rng.sample(groups, rng.randint(1, 3)), key=groups.index)),
            partners=rng.choice(PARTNERS),
            notes=rng.choice(NOTES),
            entered_by=rng.choice(NAMES),
            created_at=stamp,
            updated_at=stamp,
            version=1,
            origin_office=office,
            origin_device=device,
            updated_device=device,
            **values,
        )


def generate(
    store: Store,
    n: int,
    seed: int = 1,
    end: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 5000,
) -> Changed:
    """Insert `n` demo records for this office; about 8% edited (with history) and 2% deleted."""
    inst = require(store)
    end = end or date.today()
    records = iter_demo_records(n, seed, inst.office_code, inst.device_id, end)
    rng = random.Random(seed + 1)
    created = []
    for i in range(0, n, batch):
        chunk = list(islice(records, batch))
        edited_old, finals = [], []
        for rec in chunk:
            roll = rng.random()
            if roll < 0.10:
                edited_old.append(rec)
                changed = rec.copy(
                    version=2, updated_at=rec.updated_at + rng.randint(60_000, 30 * 86_400_000)
                )
                if roll < 0.02:
                    changed = changed.copy(deleted=True)
                elif changed.people_reached is not None:
                    changed = changed.copy(notes=(rec.notes + " (уточнено)").strip())
                finals.append(changed)
            else:
                finals.append(rec)
        finals = [r.copy(clock=clock.of(r).text()) for r in finals]  # one write by this device
        with store.atomic():
            store.insert_many(finals, store.next_seq())
            store.add_history_many(edited_old, "edit")
        created += [r.uuid for r in finals]
        if progress:
            progress(min(i + batch, n), n)
    return Changed(created=tuple(created))
