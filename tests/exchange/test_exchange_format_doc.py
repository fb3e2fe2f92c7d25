"""The format document's column table is the column specification itself."""

from pathlib import Path

from fieldapp.exchange.spec_doc import columns_markdown

DOC = Path(__file__).parents[2] / "docs" / "exchange-format.md"


def test_the_documented_columns_are_the_specification():
    assert columns_markdown() in DOC.read_text(encoding="utf-8")
