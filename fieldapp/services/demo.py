"""Realistic demo data, for training and benchmarks: every region, plausible kinds and numbers."""

from __future__ import annotations

import hashlib
import math
import random
import uuid
from bisect import bisect
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate, islice

from fieldapp.domain import clock
from fieldapp.domain.errors import BadInput
from fieldapp.domain.record import Activity
from fieldapp.domain.reference import reference
from fieldapp.domain.validation import EARLIEST_DATE
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
    "hotline": "online",
    "distance_learning": "online",
    "workshop": "community_centre",
    "equipment": "school",
}
# Shares of records per kind in a national demo (issue 14): with 100,000 records the sums stay within what
# the 2020 campaign could have produced (tests/services/test_demo_plausible.py). Kinds not listed (added to
# the reference data later) use their reference weight and the generic sizes.
DEMO_SHARES = {
    "leaflets": 26, "posters": 16, "volunteers": 18, "kazpost_video": 2.2, "psychosocial": 14,
    "social_media": 2, "workshop": 10, "equipment": 1.5, "other": 2,
}  # fmt: skip
# Per kind and measure: (median, spread, low, high) of a log-normal draw, clamped to [low, high].
# One record is one activity: a leaflet run at a site, a branch's Kazpost broadcasts in a month, one post
# of the social-media campaign, one volunteer outing, one online counselling session.
SIZES = {
    "leaflets": {"items_distributed": (120, 0.8, 10, 3000), "sites_covered": (1, 0.6, 1, 12),
                 "people_reached": (100, 0.8, 5, 3000)},
    "posters": {"items_distributed": (10, 0.7, 1, 200), "sites_covered": (2, 0.6, 1, 20),
                "people_reached": (150, 0.9, 10, 5000)},
    "volunteers": {"sessions": (1, 0.4, 1, 5), "volunteers": (2, 0.6, 1, 30),
                   "volunteer_hours": (3, 0.4, 1, 8), "people_reached": (30, 0.8, 1, 800)},
    "kazpost_video": {"sites_covered": (1, 0.0, 1, 1), "sessions": (60, 0.5, 4, 300),
                      "people_reached": (350, 0.7, 20, 4000)},
    "psychosocial": {"sessions": (1, 0.5, 1, 6), "people_reached": (4, 0.7, 1, 40)},
    "social_media": {"items_distributed": (1, 0.3, 1, 5), "sessions": (1, 0.3, 1, 3),
                     "people_reached": (800, 1.2, 50, 120_000)},
    "workshop": {"sessions": (1, 0.5, 1, 8), "sites_covered": (1, 0.3, 1, 4),
                 "people_reached": (22, 0.5, 5, 150)},
    "equipment": {"items_distributed": (4, 0.8, 1, 60), "sites_covered": (1, 0.3, 1, 5),
                  "people_reached": (25, 0.8, 1, 600)},
}  # fmt: skip
GENERIC = {
    "items_distributed": (20, 0.8, 1, 500), "sites_covered": (1, 0.5, 1, 10), "sessions": (2, 0.6, 1, 20),
    "volunteers": (2, 0.6, 1, 20), "volunteer_hours": (3, 0.4, 1, 8), "people_reached": (30, 0.9, 1, 2000),
}  # fmt: skip
# The demo is the 2020 campaign (DESIGN §1), whatever today's date: the state of emergency to the year's end.
CAMPAIGN = (date(2020, 3, 15), date(2020, 12, 31))
# Demo record IDs are UUID v5 of the installation's device id, the seed and the record's place in the
# sequence, so two training installations never share an ID (a coordinator keeps every office's records)
# and a given installation and seed always make the same records.
DEMO_NAMESPACE = uuid.UUID("3b0d6f0e-8a44-4c1e-9a7d-2f5e6c1b7a90")
CHILD_SHARE = {"social_media": (0.05, 0.2), "kazpost_video": (0.1, 0.3), "psychosocial": (0.3, 0.8)}


def _size(rng: random.Random, median: float, spread: float, low: int, high: int) -> int:
    return max(low, min(high, round(median * math.exp(rng.gauss(0, spread)))))


def _demo_id(prefix, number: int, bits: int) -> str:
    """`uuid5(DEMO_NAMESPACE, f"{device}/{seed}/{number}/{bits:x}")`, hashing the common prefix once."""
    h = prefix.copy()
    h.update(f"{number}/{bits:x}".encode())
    return str(uuid.UUID(bytes=h.digest()[:16], version=5))


def _weighted(rng: random.Random, population: list, weights: list) -> Callable[[], object]:
    """`rng.choices(population, weights)[0]` with the cumulative weights computed once (same draws)."""
    cum = list(accumulate(weights))
    total, hi, draw = cum[-1] + 0.0, len(cum) - 1, rng.random
    return lambda: population[bisect(cum, draw() * total, 0, hi)]


def iter_demo_records(
    n: int,
    seed: int,
    office: str,
    device: str,
    end: date = CAMPAIGN[1],
    start: date = CAMPAIGN[0],
    first: int = 0,
) -> Iterator[Activity]:
    """The records of `make_records`, one at a time, so a million never sit in memory at once.

    Start dates fall from `start` to `end`; `first` numbers the records (their IDs) after those already made.
    """
    rng = random.Random(seed)
    ref = reference()
    kinds = list(ref.kinds)
    pick_kind = _weighted(rng, kinds, [DEMO_SHARES.get(k.code, k.weight) for k in kinds])
    pick_region = _weighted(rng, list(REGION_WEIGHTS), list(REGION_WEIGHTS.values()))
    groups = [g.code for g in ref.target_groups]
    span = max((end - start).days, 0)
    prefix = hashlib.sha1(DEMO_NAMESPACE.bytes + f"{device}/{seed}/".encode())
    for i in range(n):
        kind = pick_kind()
        region = pick_region()
        # most of the work happened in spring–autumn 2020
        # wrap the long tail around instead of piling it onto the last day
        offset = int(rng.expovariate(1 / 160)) % (span + 1)
        day = start + timedelta(days=offset)
        sizes = SIZES.get(kind.code, GENERIC)
        values = {}
        for m in kind.measures:
            if m != "children_reached":
                values[m] = _size(rng, *sizes.get(m, GENERIC.get(m, (1, 0.5, 1, 10))))
        if "volunteer_hours" in values and "volunteers" in values:
            values["volunteer_hours"] *= values["volunteers"]  # hours per volunteer × volunteers
        if "people_reached" in values and "children_reached" in kind.measures:
            lo, hi = CHILD_SHARE.get(kind.code, (0.2, 0.6))
            values["children_reached"] = int(values["people_reached"] * rng.uniform(lo, hi))
        created = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=rng.uniform(8, 19))
        stamp = int(created.timestamp() * 1000)
        yield Activity(
            uuid=_demo_id(prefix, first + i, rng.getrandbits(128)),
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


def period(start: date | None, end: date | None, today: date | None = None) -> tuple[date, date]:
    """The demo's period: the 2020 campaign unless told otherwise; BadInput for one it cannot use."""
    today = today or date.today()
    start = start or (CAMPAIGN[0] if end is None or end >= CAMPAIGN[0] else end)
    end = end or (CAMPAIGN[1] if start <= CAMPAIGN[1] else max(today, start))
    if end < start:
        raise BadInput(f"the period ends ({end}) before it starts ({start})")
    if start < EARLIEST_DATE:
        raise BadInput(f"demo records start on {EARLIEST_DATE} or later (not {start})")
    if end > today:
        raise BadInput(f"demo records cannot be dated after today, {today} (the period ends {end})")
    return start, end


def generate(
    store: Store,
    n: int,
    seed: int = 1,
    end: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 5000,
    start: date | None = None,
) -> Changed:
    """Insert `n` demo records for this office; about 8% edited (with history) and 2% deleted.

    Start dates fall in the 2020 campaign (`CAMPAIGN`) unless `start`/`end` say otherwise.
    """
    inst = require(store)
    start, end = period(start, end)
    first = store.records.next_seq()  # a second demo run in the same installation continues the IDs' sequence
    records = iter_demo_records(n, seed, inst.office_code, inst.device_id, end, start, first)
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
            store.records.insert_many(finals, store.records.next_seq())
            store.history.add_many(edited_old, "edit")
        created += [r.uuid for r in finals]
        if progress:
            progress(min(i + batch, n), n)
    return Changed(created=tuple(created))
