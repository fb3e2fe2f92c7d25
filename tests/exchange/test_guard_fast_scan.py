"""The guard's fast scan (issue 16) answers exactly as the guard did before it, on real xlsx files.

`guard_before.py` is a frozen copy of the guard before the fast scan. Generated sheets — rows in and
out of order, cells naming other rows, formulas and error values (plain and prefixed), comments,
CDATA, processing instructions, DTDs, truncated sheets, mostly empty sheets, long text — are written
into real workbooks and inspected by both, read in chunks of a few bytes to a few kB so that every
marker is cut across two decompressed chunks somewhere. The answer (every field of the inspection, or
the refusal's code and message) must be the same."""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.exchange import backends, guard
from fieldapp.exchange import problems as p
from tests.exchange import guard_before as before

_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_WORKBOOK = (
    b'<?xml version="1.0"?><workbook ' + _NS + b' xmlns:r="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships"><sheets><sheet name="Activities" sheetId="1" r:id="rId1"/>'
    b"</sheets></workbook>"
)
_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)

_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def write_book(path: Path, sheet: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def outcome(module, path: Path, **kw) -> tuple:
    try:
        r = module.inspect(path, **kw)
    except p.UnusableWorkbook as e:
        return ("refused", e.code, str(e))
    return ("read", r.sheet_parts, r.formulas, r.errors, r.long_text, r.rows, r.present, r.sliceable)


# -- generated sheets --------------------------------------------------------------------------------

_cols = st.sampled_from(["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD", "a", "b"])
_content = st.sampled_from(
    [
        "<v>1</v>",
        "<v>2.5</v>",
        "",
        '<is><t xml:space="preserve">текст ? ! : f e</t></is>',
        "<f>SUM(A1:A2)</f><v>3</v>",
        '<f t="shared" si="0"/><v>3</v>',
        "<f/>",
        "<x:f/><v>1</v>",
        '<x:f\tt="shared" si="0"/><x:v>1</x:v>',
        "<x:f>A1</x:f>",
        "<v>NaN</v>",
        "<v>inf</v>",
        "<v>#N/A</v>",
        "<!-- a note </row> -->",
        '<![CDATA[<row r="1">]]>',
        "<?pi x?>",
        "<fo>1</fo>",
    ]
)
_t = st.sampled_from(["", ' t="s"', ' t="e"', " t='e'", ' t = "e"', ' s="3"', ' t="inlineStr"'])


@st.composite
def _cell(draw, row: int) -> str:
    kind = draw(st.sampled_from(["own"] * 6 + ["other", "bare", "empty", "prefixed", "noref", "upper"]))
    col, t, content = draw(_cols), draw(_t), draw(_content)
    if kind == "other":
        return f'<c r="{col}{draw(st.integers(1, 60))}"{t}>{content}</c>'
    if kind == "bare":
        return f"<c{t}>{content}</c>"
    if kind == "empty":
        return f'<c r="{col}{row}"{t}/>'
    if kind == "prefixed":
        return f'<x:c r="{col}{row}"{t}>{content}</x:c>'
    if kind == "noref":
        return f'<c s="1" r="{col}{row}">{content}</c>'
    if kind == "upper":
        return f'<C r="{col}{row}">{content}</C>'
    return f'<c r="{col}{row}"{t}>{content}</c>'


@st.composite
def _row(draw, number: int) -> str:
    cells = "".join(draw(st.lists(_cell(number), max_size=5)))
    form = draw(st.sampled_from(["plain"] * 8 + ["spans", "noref", "prefixed", "closed", "rowx"]))
    if form == "spans":
        return f'<row spans="1:3" r="{number}">{cells}</row>'
    if form == "noref":
        return f"<row>{cells}</row>"
    if form == "prefixed":
        return f'<x:row r="{number}">{cells}</x:row>'
    if form == "closed":
        return f'<row r="{number}"/>'
    if form == "rowx":
        return f'<rowx r="{number}">{cells}</rowx>'
    return f'<row r="{number}">{cells}</row>'


_splice = st.sampled_from(
    [
        "<!-- c -->",
        "<!--<sheetData>-->",
        "<![CDATA[x]]>",
        "<?pi?>",
        "<!DOCTYPE x>",
        "<!entity y>",
        "text ? ! ?? x",
        "<x:sheetData/>",
        "</sheetData>",
        "<sheetData>",
        "<v>1</v><v>2</v>",
        "x" * 33_000,
        "ж" * 17_000,
    ]
)


@st.composite
def sheets(draw) -> bytes:
    numbers = draw(st.lists(st.integers(1, 60), max_size=12))
    if draw(st.booleans()):
        numbers = sorted(set(numbers))  # mostly rising, as every export writes them
    rows = [draw(_row(n)) for n in numbers]
    for _ in range(draw(st.integers(0, 3))):
        rows.insert(draw(st.integers(0, len(rows))), draw(_splice))
    head = draw(st.sampled_from(['<?xml version="1.0"?>', "", "\ufeff<?xml version='1.0'?>", "<?xml?><?x?>"]))
    head += f"<worksheet {_NS.decode()}>" + draw(st.sampled_from(["", '<dimension ref="A1:C9"/>', "<cols/>"]))
    opening = draw(st.sampled_from(["<sheetData>"] * 6 + ["<x:sheetData>", "<sheetData/>", ""]))
    closing = draw(st.sampled_from(["</sheetData>"] * 6 + ["</x:sheetData>", ""]))
    tail = draw(st.sampled_from(["</worksheet>", "", "<!-- end -->"]))
    far = draw(st.sampled_from(["", '<row r="900000"><c r="A900000"><v>1</v></c></row>']))
    return (head + opening + "".join(rows) + far + closing + tail).encode()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheet=sheets(), chunk=st.sampled_from([7, 16, 61, 256, 4096, 1 << 20]))
def test_fast_scan_answers_as_the_guard_before_it(sheet, chunk):
    with tempfile.TemporaryDirectory() as tmp:
        path = write_book(Path(tmp) / "book.xlsx", sheet)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(guard, "CHUNK", chunk)
            mp.setattr(before, "CHUNK", chunk)
            want = outcome(before, path)
            got = outcome(guard, path)
            if got[0] == "refused" and "two rows numbered" in got[2]:
                # refused since (two rows with one number); the guard before read such sheets whole
                number = int(got[2].split("two rows numbered ")[1].split(":")[0])
                assert want[0] == "refused" or not all(want[-1].values()), want
                assert sheet.count(f'r="{number}"'.encode()) >= 2 or b"<row>" in sheet or b"<row/>" in sheet
                want = got
            elif got[0] == "refused" and "is written inside row" in got[2]:
                # refused since (a cell naming another row); the guard before read such sheets whole
                ref = got[2].split(": cell ")[1].split(" ")[0]
                assert want[0] == "refused" or not all(want[-1].values()), want
                assert f'r="{ref}"'.encode() in sheet, ref
                want = got
            if got[0] == want[0] == "read" and got[-1] != want[-1]:
                # since: a prefixed row (its number is looked for repeats) or cell (it is no `<c r=` the
                # slicer checks) makes its sheet unsliceable
                assert re.search(rb"<\w+:(?:row|c)\b", sheet) and not any(got[-1].values()), (got, want)
                want = (*want[:-1], got[-1])
            assert got == want
            # as the reader asks: the sheet's XML kept, cells with content counted only when needed
            assert outcome(guard, path, keep_xml=True) == want


def _rows(first: int, last: int) -> str:
    cells = lambda n: "".join(f'<c r="{c}{n}"><v>{n}</v></c>' for c in "ABC")  # noqa: E731
    return "".join(f'<row r="{n}">' + cells(n) + "</row>" for n in range(first, last))


_HEAD = '<?xml version="1.0"?><worksheet ' + _NS.decode() + "><sheetData>"


@pytest.mark.parametrize("chunk", [5, 11, 64, 1000])
@pytest.mark.parametrize(
    "marker",
    [
        "<f>A1</f>",
        "<x:f/>",
        '<x:f\nt="shared" si="0"/>',
        '<c r="B150" t="e"><v>#REF!</v></c>',
        "<!-- x -->",
        "<![CDATA[y]]>",
        "<?pi?>",
        '<c r="C151"><v>1</v></c>',  # a cell naming the next row
    ],
)
def test_a_marker_cut_across_chunks_is_found_wherever_it_falls(tmp_path, chunk, marker):
    """Each marker spliced into row 150 of 300, read in chunks whose boundaries fall inside it."""
    for shift in range(0, len(marker) + 2):
        pad = "<v>" + "9" * shift + "</v>"
        body = _rows(1, 150) + f'<row r="150"><c r="A150">{pad}</c>{marker}</row>' + _rows(151, 300)
        path = write_book(tmp_path / "book.xlsx", (_HEAD + body + "</sheetData></worksheet>").encode())
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(guard, "CHUNK", chunk)
            mp.setattr(before, "CHUNK", chunk)
            fast, slow = outcome(guard, path), outcome(before, path)
            kept = outcome(guard, path, keep_xml=True)
        if marker.startswith('<c r="C151"'):  # refused since 2026-11-30; the guard before read it whole
            assert fast == kept and fast[0] == "refused" and "C151 is written inside row 150" in fast[2]
            assert slow[0] == "read" and not slow[-1]["Activities"], slow
            continue
        assert fast == slow == kept, (marker, shift)


@pytest.mark.parametrize("tag", ["<x:f/>", '<x:f\tt="shared" si="0"/>', "<x:f\n>A1</x:f>"])
def test_a_prefixed_formula_tag_before_a_slash_tab_or_newline_is_a_formula(tmp_path, tag):
    """The guard's hints knew `:f>` and `:f ` only: these formula cells were read as plain values."""
    cell = f'<x:c r="B3">{tag}<x:v>7</x:v></x:c>'
    sheet = _HEAD.replace("<sheetData>", "<x:sheetData>") + f'<x:row r="3">{cell}</x:row></x:sheetData>'
    path = write_book(tmp_path / "book.xlsx", (sheet + "</worksheet>").encode())
    assert guard.inspect(path).formulas["Activities"] == {(3, "B")}


# -- the inflated XML handed to the sliced reader ------------------------------------------------------

LO_EDITED = Path(__file__).parents[1] / "fixtures" / "lo_edited.xlsx"


def _read_all(path: Path, xml: dict | None) -> dict[str, list]:
    inspection = guard.inspect(path)
    book = backends.SlicedBackend(path, inspection.sheet_parts, xml)
    return {s: [(n, list(v)) for n, v in book.rows(s)] for s in book.sheet_names}


@pytest.mark.parametrize("book", ["lo_edited", "generated"])
def test_the_sliced_reader_reads_the_xml_the_guard_inflated_as_it_reads_the_zip(tmp_path, monkeypatch, book):
    monkeypatch.setattr(backends, "SLICE_BYTES", 1)  # a slice after every row
    path = LO_EDITED if book == "lo_edited" else tmp_path / "book.xlsx"
    if book == "generated":
        write_book(path, (_HEAD + _rows(1, 400) + "</sheetData></worksheet>").encode())
    kept = guard.inspect(path, keep_xml=True)
    assert set(kept.xml) == {s for s, ok in kept.sliceable.items() if ok} and kept.xml
    with zipfile.ZipFile(path) as z:
        assert all(kept.xml[s] == z.read(kept.sheet_parts[s]) for s in kept.xml)
    assert guard.inspect(path).xml == {}  # only kept when asked
    assert _read_all(path, kept.xml) == _read_all(path, None)
    chosen = backends.open_backend(path, kept)
    assert isinstance(chosen, backends.SlicedBackend) and chosen.xml == kept.xml


def test_a_sheet_stored_twice_keeps_nothing_the_reader_would_not_open(tmp_path):
    """A zip may hold two entries of one name; the reader opens the last (zipfile's rule)."""
    path = tmp_path / "twice.xlsx"
    write_book(path, (_HEAD + _rows(1, 5) + "</sheetData></worksheet>").encode())
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/worksheets/sheet1.xml", _HEAD + _rows(1, 9) + "</sheetData></worksheet>")
    kept = guard.inspect(path, keep_xml=True)
    with zipfile.ZipFile(path) as z:
        assert kept.xml == {"Activities": z.read("xl/worksheets/sheet1.xml")}
    assert kept.present["Activities"] == 8  # what the guard reports is also what is read


def test_sheets_beyond_the_room_are_inflated_again_by_the_reader(tmp_path, monkeypatch):
    path = write_book(tmp_path / "book.xlsx", (_HEAD + _rows(1, 400) + "</sheetData></worksheet>").encode())
    monkeypatch.setattr(guard, "KEEP_XML_BYTES", 1000)
    kept = guard.inspect(path, keep_xml=True)
    assert kept.xml == {} and kept.sliceable["Activities"]
    assert _read_all(path, kept.xml)["Activities"][-1] == (399, [399.0, 399.0, 399.0])


def test_a_prefixed_cell_makes_the_sheet_unsliceable_as_a_prefixed_row_does():
    """Found by the property above on CI: the guard before this rule read such a sheet sliced."""
    sheet = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><x:c r="A1"><v>1</v></x:c></row></sheetData></worksheet>'
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = write_book(Path(tmp) / "book.xlsx", sheet)
        assert outcome(guard, path)[0] == "read" and not any(outcome(guard, path)[-1].values())
