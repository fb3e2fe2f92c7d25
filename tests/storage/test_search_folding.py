"""Search is lower-case matching (NFC, then `str.lower()`, which is ICU's `lower()`), on both engines and
through every path: the plain scan, SQLite's FTS5 trigram index and the hub's pg_trgm narrowing give the
same records (issue 17, outside tester: ß, ligatures, Greek final sigma and İ were missed)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.domain.query import RecordFilter
from fieldapp.storage import record_sql
from tests.conftest import make_activity

NOTES = ("Straße Abay", "ﬁnal report", "ΣΑΣ σας ς", "İstanbul trip", "Кеңес ЙОЛ")


def paths(records, text: str) -> dict[str, int]:
    """The count of each search path for `text`: the index where the store has one, and the scan."""
    f = RecordFilter(text=text)
    conds, params = record_sql.where_sql(f, records.db.param, False)
    scan = records._rows('SELECT COUNT(*) FROM "activity" WHERE ' + " AND ".join(conds), params)[0][0]
    out = {"scan": scan, "count": records.count(f)}
    if records.has_search_index():
        index = record_sql.TRIGRAM if records.db.param != "?" else True
        forced = record_sql.count_sql(f, records.db.param, index)
        out["index"] = records._rows(*forced)[0][0]
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Straße Abay", 1),
        ("STRASSE abay", 0),  # lower-case matching: ß is not ss
        ("straße", 1),
        ("ﬁnal report", 1),
        ("ﬁnal", 1),
        ("ΣΑΣ", 1),
        ("σας ς", 1),
        ("İstanbul", 1),
        ("istanbul", 0),  # İ lowers to i + combining dot above
        ("кеңес йол", 1),
    ],
)
def test_every_engine_and_path_finds_what_lower_case_matching_finds(workspace, text, expected):
    for note in NOTES:
        workspace.records.create(make_activity(notes=note))
    got = paths(workspace.store.records, text)
    assert set(got.values()) == {expected}, got


WIDE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=0, max_size=24)
# the characters where folds differ: ß ﬁ, final sigma, İ, Kelvin K, Ohm Ω, й stored decomposed, Greek
# question mark and varia (NFC: ; and `), titlecase ǅ
TRICKY = [
    "ß",
    "ﬁ",
    "Σ",
    "ς",
    "İ",
    "\u212a",
    "\u2126",
    "й",
    "и\u0306",
    "е\u0308",
    "Ǆ",
    "ǅ",
    "ΐ",
    "\u037e",
    "\u1fef",
    "ẞ",
]
EXTRA = st.sampled_from([*TRICKY, "ab", "Аб", "ST", "k", ";", "`", "i", " "])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_index_path_equals_the_plain_scan_on_wide_unicode(workspace, data):
    mixed = st.lists(st.one_of(EXTRA, EXTRA, EXTRA, WIDE, st.sampled_from(["abay ", "Кеңес "])), max_size=8)
    notes = ["".join(data.draw(mixed)) for _ in range(3)]
    records = [make_activity(notes=n) for n in notes]
    for r in records:
        workspace.records.create(r)
    try:
        source = data.draw(st.sampled_from(notes))
        start = data.draw(st.integers(0, len(source)))
        cut = source[start : start + data.draw(st.integers(3, 8))]
        needle = data.draw(st.one_of(st.just(cut), st.just(cut.upper()), WIDE))
        if needle.strip():
            got = paths(workspace.store.records, needle)
            assert len(set(got.values())) == 1, (needle, notes, got)
    finally:
        workspace.store.records.delete_rows([r.uuid for r in records])


@pytest.mark.sqlite_only
def test_fts5_holds_every_index_safe_trigram_for_every_code_point():
    """The proof behind INDEX_SAFE: any stored code point whose fold yields an index-safe character is
    folded by FTS5's trigram tokenizer to that same character (else the index would lose records)."""
    import sqlite3

    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram', detail='none')")
    checked = 0
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        image = record_sql.fold(ch)
        for y in image:
            if y == ch or y not in record_sql.INDEX_SAFE:
                continue
            runs = ("a" + y + "b",) if len(image) == 1 else ()
            if len(image) > 1:  # İ → i + U+0307: the only safe character of a longer image is a run's end
                assert image.index(y) == len(image) - 2 and image[-1] not in record_sql.INDEX_SAFE
                assert record_sql.index_trigrams("xa" + image) == []
            for text in runs:
                con.execute("DELETE FROM t")
                con.execute("INSERT INTO t VALUES (?)", ("a" + ch + "b",))
                phrase = record_sql.fts_phrase(text)
                assert con.execute("SELECT COUNT(*) FROM t WHERE t MATCH ?", (phrase,)).fetchone()[0], ch
                checked += 1
    assert checked > 100  # the upper-case ASCII and Cyrillic letters, Kelvin K at least
