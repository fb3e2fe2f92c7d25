"""A re-import leaves unread the rows whose XML is the row that gave their record its present state
(issue 16 goal 1): real workbooks, written and read back through the sliced reader.

Whatever happened in between — a form edit, a deletion, another import, a conflict's resolution, an
undo, a restore, cells edited in the XML, a workbook re-saved with shared strings, a record ID given
twice — the answer must be the one that parsing every row gives, and the file's checksum must still
be checked (a tampered Metadata checksum over untouched rows is still found)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.exchange import backends
from fieldapp.exchange import problems as p
from fieldapp.services import conflicts
from fieldapp.services import exchange as ex
from fieldapp.services.exchange_merge import Merger
from tests.conftest import make_activity
from tests.exchange.conftest import snapshot

N = 6


def _export(ws, path: Path, **kw) -> Path:
    ex.export_workbook(ws, path, **kw)
    return path


def _both_ways(ws, path) -> tuple[dict, dict]:
    """The preview with the stored digests, and the preview that parses and merges every row."""
    quick = ex.preview_import(ws, [path]).as_dict()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Merger, "_digests", lambda self, uuids: {})
        mp.setattr(Merger, "_stored", lambda self, uuids: {})
        full = ex.preview_import(ws, [path]).as_dict()
    return quick, full


@pytest.fixture
def rows_read(monkeypatch):
    """The Activities rows (below the two header rows) the sliced reader handed to calamine while
    reading the sheet's rows (opening the file reads its first rows to find the columns)."""
    counted = []
    read, rows = backends.SlicedBackend._read, backends.SlicedBackend.rows

    def counting(self, piece):
        if getattr(self, "reading_rows", False):
            numbers = [int(n) for n in re.findall(rb'<row r="(\d+)"', piece[1])]
            counted.extend(n for n in numbers if n > 2)
        return read(self, piece)

    def reading(self, *args):
        self.reading_rows = True
        try:
            yield from rows(self, *args)
        finally:
            self.reading_rows = False

    monkeypatch.setattr(backends.SlicedBackend, "_read", counting)
    monkeypatch.setattr(backends.SlicedBackend, "rows", reading)
    return counted


@pytest.fixture
def net(workspace, make_workspace, tmp_path):
    """An office with N records; the coordinator (SQLite file or hub) imported its export F1, then F2
    (one record edited in the office in between)."""
    office = make_workspace("ALA-01", "KZ-75", role="office")
    ids = [
        office.records.create(
            make_activity(people_reached=1000 + i, children_reached=10, notes=f"n{i}")
        ).created[0]
        for i in range(N)
    ]
    f1 = _export(office, tmp_path / "f1.xlsx")
    assert ex.commit_import(workspace, [f1]).inserted == N
    office.records.update(office.records.get(ids[0]).copy(notes="fixed in the office"))
    f2 = _export(office, tmp_path / "f2.xlsx")
    assert ex.commit_import(workspace, [f2]).updated == 1
    return office, workspace, ids, f1, f2


def _sheet_part(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return next(n for n in z.namelist() if n.startswith("xl/worksheets/") and b"#meta+id" in z.read(n))


def _rewrite(path: Path, out: Path, change, part: str | None = None) -> Path:
    """A copy of the workbook with one part's XML changed by `change` (bytes → bytes)."""
    part = part or _sheet_part(path)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, change(data) if info.filename == part else data)
    return out


def _row(xml: bytes, n: int) -> bytes:
    return re.search(rb'<row r="%d".*?</row>' % n, xml, re.S).group(0)


def test_a_reimport_reads_no_row_and_writes_nothing(net, rows_read):
    _office, coord, _ids, _f1, f2 = net
    before = snapshot(coord)
    rows_read.clear()
    result = ex.commit_import(coord, [f2])
    assert (result.unchanged, result.inserted, result.updated, result.conflicts) == (N, 0, 0, 0)
    assert rows_read == []  # every record row was left unread
    assert result.files[0].checksum_ok is True
    assert snapshot(coord) == before


def test_the_older_file_is_read_and_gives_what_parsing_every_row_gives(net, rows_read):
    _office, coord, _ids, f1, f2 = net
    quick, full = _both_ways(coord, f1)  # record 0 was written by F2: F1's row 3 is not its row
    assert quick == full and quick["unchanged"] == N
    rows_read.clear()
    ex.preview_import(coord, [f2])
    assert rows_read == []


def _edit(office, coord, ids, tmp_path):
    coord.records.update(coord.records.get(ids[0]).copy(notes="the coordinator's fix"))


def _delete(office, coord, ids, tmp_path):
    coord.records.delete(ids[1])


def _another_import(office, coord, ids, tmp_path):
    office.records.update(office.records.get(ids[2]).copy(people_reached=700))
    ex.commit_import(coord, [_export(office, tmp_path / "f3.xlsx")])


def _resolved_conflict(office, coord, ids, tmp_path):
    office.records.update(office.records.get(ids[0]).copy(people_reached=501))
    coord.records.update(coord.records.get(ids[0]).copy(people_reached=502))
    assert ex.commit_import(coord, [_export(office, tmp_path / "f3.xlsx")]).conflicts == 1
    (c,) = conflicts.list_conflicts(coord.store)
    conflicts.resolve(coord.records, c.id, "theirs")


def _undo(office, coord, ids, tmp_path):
    ex.undo_last_import(coord)


@pytest.mark.parametrize("change", [_edit, _delete, _another_import, _resolved_conflict, _undo])
def test_after_a_change_a_reimport_gives_what_parsing_every_row_gives(net, tmp_path, change):
    office, coord, ids, f1, f2 = net
    change(office, coord, ids, tmp_path)
    for path in (f1, f2):
        quick, full = _both_ways(coord, path)
        assert quick == full
    ex.commit_import(coord, [f2])
    before = snapshot(coord)
    quick, full = _both_ways(coord, f2)
    assert quick == full and quick["unchanged"] == N
    ex.commit_import(coord, [f2])
    assert snapshot(coord) == before


def test_a_restored_backup_brings_its_own_digests(net):
    from fieldapp.services import maintenance

    _office, coord, _ids, _f1, f2 = net
    if coord.paths.database_url:
        pytest.skip("the hub is restored on its server (pg_restore), never by fieldapp")
    ex.undo_last_import(coord)
    before_f2 = maintenance.backup(coord)
    assert ex.commit_import(coord, [f2]).updated == 1
    maintenance.restore(coord.paths, before_f2, same_device=True)
    quick, full = _both_ways(coord, f2)
    assert quick == full and quick["updated"] == 1


def test_a_cell_edited_in_the_xml_is_read_and_applied(net, tmp_path):
    _office, coord, _ids, _f1, f2 = net
    edited = _rewrite(f2, tmp_path / "edited.xlsx", lambda x: x.replace(b">n3<", b">n3 edited<"))
    quick, full = _both_ways(coord, edited)
    assert quick == full
    assert (quick["unchanged"], quick["updated"]) == (N - 1, 1)
    assert quick["files"][0]["checksum_ok"] is False  # edited after export: the warning stays


def test_a_tampered_checksum_over_untouched_rows_is_still_found(net, tmp_path, rows_read):
    _office, coord, _ids, _f1, f2 = net
    with zipfile.ZipFile(f2) as z:
        meta = next(
            n for n in z.namelist() if n.startswith("xl/worksheets/") and b"content_sha256" in z.read(n)
        )
        text = z.read(meta)
    digest = re.search(rb"[0-9a-f]{64}", text[text.index(b"content_sha256") :]).group(0)
    tampered = _rewrite(f2, tmp_path / "tampered.xlsx", lambda x: x.replace(digest, b"0" * 64), meta)
    rows_read.clear()
    result = ex.commit_import(coord, [tampered])
    assert rows_read == [] and result.unchanged == N
    report = result.files[0]
    assert report.checksum_ok is False
    assert p.CHECKSUM_MISMATCH in [w.code for w in report.warnings]
    assert _both_ways(coord, tampered)[0] == _both_ways(coord, tampered)[1]


def test_a_record_id_given_twice_is_refused_the_same_way(net, tmp_path):
    """Row 3 now holds row 4's cells: row 3 is parsed (its XML is new) and found unchanged; row 4's XML
    is its record's, but its ID came before in the file: refused as parsing refuses it."""
    _office, coord, _ids, _f1, f2 = net

    def twice(xml: bytes) -> bytes:
        fourth = _row(xml, 4)
        moved = re.sub(rb'r="([A-Z]+)4"', rb'r="\g<1>3"', fourth).replace(b'<row r="4"', b'<row r="3"', 1)
        return xml.replace(_row(xml, 3), moved)

    path = _rewrite(f2, tmp_path / "twice.xlsx", twice)
    quick, full = _both_ways(coord, path)
    assert quick == full
    assert quick["unchanged"] == N - 1 and quick["rejected"] == 1
    result = ex.commit_import(coord, [path])
    assert [r.code for r in result.files[0].rejected] == [p.DUPLICATE_UUID]
    assert result.files[0].rejected[0].row == 4


def test_rows_moved_are_read(net, tmp_path, rows_read):
    """Rows whose XML is not their record's row (a row moved: its number is in its XML) are read as any
    row: the same answer, only slower."""
    _office, coord, _ids, _f1, f2 = net

    def swapped(xml: bytes) -> bytes:  # rows 3 and 4 trade places (cells and all)
        a, b = _row(xml, 3), _row(xml, 4)

        def renumber(row: bytes, old: int, new: int) -> bytes:
            row = re.sub(rb'r="([A-Z]+)%d"' % old, rb'r="\g<1>%d"' % new, row)
            return row.replace(b'<row r="%d"' % old, b'<row r="%d"' % new, 1)

        return xml.replace(a + b, renumber(b, 4, 3) + renumber(a, 3, 4))

    moved = _rewrite(f2, tmp_path / "moved.xlsx", swapped)
    quick, full = _both_ways(coord, moved)
    assert quick == full and quick["unchanged"] == N
    rows_read.clear()
    ex.preview_import(coord, [moved])
    assert rows_read == [3, 4]  # only the two moved rows were read


@pytest.mark.parametrize(
    "damage",
    [
        f"substr(\"row_digest\", 1, 64) || '{'not hex, a damaged tail of the stored row digest':_<64}'",
        'substr("row_digest", 1, 64)',  # the line SHA lost
        'substr("row_digest", 1, 32)',  # a digest written before raw rows
        "'x' || substr(\"row_digest\", 2)",  # the line digest damaged, the raw one whole
    ],
)
def test_a_damaged_or_older_digest_costs_time_only(net, damage):
    _office, coord, _ids, _f1, f2 = net
    with coord.store.atomic():
        coord.store.db.execute_sql(f'UPDATE "activity" SET "row_digest" = {damage}')
    before = snapshot(coord)
    quick, full = _both_ways(coord, f2)
    assert quick == full and quick["unchanged"] == N
    ex.commit_import(coord, [f2])
    assert snapshot(coord) == before


# -- generated edits of the sheet's XML ------------------------------------------------------------

_LETTERS = ["A", "C", "G", "O", "V", "Y", "Z"]  # ID, kind, region, a number, notes, stamp, version
_VALUES = st.sampled_from(
    [("s", "leaflets"), ("s", "posters"), ("s", "KZ-AST"), ("s", "KZ-71"), ("s", ""), ("s", "5"),
     ("s", "n edited"), ("s", "2020-04-20T10:00:00.000Z"), ("n", "5"), ("n", "5.5"), ("n", "1"),
     ("b", "1"), ("e", ""), ("id", "")]
)  # fmt: skip
_EDITS = st.one_of(
    st.tuples(st.just("cell"), st.integers(3, N + 2), st.sampled_from(_LETTERS), _VALUES),
    st.tuples(st.just("swap"), st.integers(3, N + 1)),
    st.tuples(st.just("copy"), st.integers(3, N + 2), st.integers(3, N + 2)),
)


def _renumbered(row: bytes, old: int, new: int) -> bytes:
    row = re.sub(rb'r="([A-Z]+)%d"' % old, rb'r="\g<1>%d"' % new, row)
    return row.replace(b'<row r="%d"' % old, b'<row r="%d"' % new, 1)


def _apply(xml: bytes, edits) -> bytes:
    for edit in edits:
        if edit[0] == "swap":
            n = edit[1]
            a, b = _row(xml, n), _row(xml, n + 1)
            xml = xml.replace(a + b, _renumbered(b, n + 1, n) + _renumbered(a, n, n + 1))
        elif edit[0] == "copy":
            src, dst = edit[1], edit[2]
            if src != dst:
                xml = xml.replace(_row(xml, dst), _renumbered(_row(xml, src), src, dst))
        else:
            _, n, letter, (kind, value) = edit
            row = _row(xml, n)
            ref = f"{letter}{n}".encode()
            cell = re.search(rb'<c r="%s"(?:[^>]*/>|.*?</c>)' % ref, row, re.S)
            if cell is None:
                continue
            if kind == "id":  # another row's record ID
                other = _row(xml, 3 if n != 3 else 4)
                kind, value = "s", re.search(rb"<t>([0-9a-f-]{36})</t>", other).group(1).decode()
            new = {
                "s": b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, value.encode()),
                "n": b'<c r="%s" t="n"><v>%s</v></c>' % (ref, value.encode()),
                "b": b'<c r="%s" t="b"><v>%s</v></c>' % (ref, value.encode()),
                "e": b"",
            }[kind]
            xml = xml.replace(row, row.replace(cell.group(0), new, 1))
    return xml


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_EDITS, max_size=3), st.lists(_EDITS, max_size=3))
def test_generated_xml_edits_import_as_parsing_every_row_would(make_workspace, tmp_path_factory, first, then):
    """The receiver merged the file, then a copy with its XML edited (those rows' raw digests stored);
    any other edit of the file imports as parsing every row would — on the rows left unread as well."""
    tmp = tmp_path_factory.mktemp("xml")
    office = make_workspace("ALA-01", "KZ-75", role="office")
    for i in range(N):
        office.records.create(make_activity(people_reached=100 + i, children_reached=10, notes=f"n{i}"))
    sent = _export(office, tmp / "sent.xlsx")
    ws = make_workspace("UN-KZ", "KZ-71")
    ex.commit_import(ws, [sent])
    one = _rewrite(sent, tmp / "first.xlsx", lambda x: _apply(x, first))
    ex.commit_import(ws, [one])
    two = _rewrite(sent, tmp / "then.xlsx", lambda x: _apply(x, then))
    for path in (one, two, sent):
        quick, full = _both_ways(ws, path)
        assert quick == full
