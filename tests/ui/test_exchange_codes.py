"""Every code the exchange can report has words in the UI, in every language (no raw codes shown)."""

import pytest

from fieldapp.domain.validation import Code
from fieldapp.exchange import problems
from fieldapp.ui.exchange.problems import row_problem_text, unusable_text, warning_text


@pytest.mark.parametrize("code", problems.UNUSABLE_CODES)
def test_every_unusable_workbook_code_has_a_sentence(code):
    assert f"({code})" not in unusable_text(code)


@pytest.mark.parametrize("code", [*problems.ROW_CODES, *(c.value for c in Code)])
def test_every_row_rejection_code_has_a_sentence(code):
    text = row_problem_text(code, "people_reached")
    assert f"({code})" not in text and len(text) > 10


@pytest.mark.parametrize("code", problems.WARNING_CODES)
def test_every_warning_code_has_a_sentence(code):
    assert f"({code})" not in warning_text(code, "people_reached")


def test_the_unknown_kind_warning_names_the_code_and_the_reference_workbook():
    text = warning_text("unknown_kind", "kind: peer_mentoring")
    assert "peer_mentoring" in text and "reference workbook" in text


def test_a_reused_template_id_tells_the_partner_to_use_their_own_template():
    text = row_problem_text("template_id_reused", "uuid")
    assert "another activity" in text and "own template" in text
