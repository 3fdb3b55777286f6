"""Round 153: partial quotations the extractor dropped or missed, in the body and headline.

Invented sentences only (no name or sentence from a corpus article). The rules:

- "saying" after "with", a determiner and a noun is a participle when a bare noun and a finite
  verb follow it ('with its author saying tenants were "..."'), not a noun ("an old saying").
- A naming verb's object ends at a modal: 'detained the two trawlers named and would "..."'
  quotes the subject, who names nothing.
- A headline's two-word quotation that a reporting verb gives to a speaker takes the speaker
  of the one body quotation holding its words in a run ("Navy vows 'full accountability'").
- A mark before two digits opens a quotation, not a year ("the '90s"), when a later mark
  closes it after more words than the number ("say they ran '14 hours a day'").
- A headline's numerals match a body's number words, and a full quotation holding its words in
  a run wins a tie with the lede's partial summing it up.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is as _right
from tests.quotes.invented import resolve_and_near

_N = None

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "A rezoning plan cleared a city council committee Tuesday, with its author saying "
            'tenants were "squeezed" by rising rents.'
        ],
        "squeezed",
        "author",
    ),
    (
        [
            "The coast guard said it had detained the two trawlers named and would "
            '"pursue every violation to the end."'
        ],
        "pursue every violation",
        "coast guard",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The council passed the plan Tuesday, with the mayor saying it was "
            '"a fair deal for tenants."'
        ],
        "a fair deal",
        "mayor",
    ),
    (['The port authority renamed the pier and will call it "Sunset Landing."'], "Sunset", _N),
    (['The district renamed the old ferry "Blue Heron."'], "Blue Heron", _N),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)


HEAD_RESOLVE: list[tuple[str, list[str], str]] = [
    (
        "Navy vows 'full accountability' after cadet's death",
        [
            "The navy on Monday ordered an inquiry into the death of a cadet at its academy.",
            '"There will be full accountability for every failure that led to this," '
            "Vice Adm. Pyo Ju-won said at a briefing.",
        ],
        "Pyo Ju-won",
    ),
    (
        "Couriers say they ran '14 hours a day' in heat wave",
        [
            'Four delivery couriers told reporters Tuesday they had run "14 hours a day" '
            "through the heat wave without a break.",
            '"We ran fourteen hours a day, and nobody gave us water," said Moon Tae-il, 44.',
        ],
        "Moon Tae-il",
    ),
    (
        "Sprinter calls her final '30 seconds of pure pain'",
        [
            "Goh Na-yeon won the national 200-meter title on Sunday.",
            '"It was 30 seconds of pure pain, and I loved it," Goh said.',
        ],
        "Goh Na-yeon",
    ),
]

HEAD_NEAR: list[tuple[str, list[str], str | None]] = [
    (
        "Police vow 'zero tolerance' on drunk driving",
        [
            '"We have zero tolerance for this," police chief Ra Dong-su said.',
            '"Zero tolerance is a slogan, not a plan," said lawyer Eun Ha-jin.',
        ],
        _N,
    ),
    (
        "Class of '98 holds reunion as school marks 'a proud century'",
        [
            "Graduates gathered at Hanbit High School on Saturday.",
            '"It has been a proud century for this school," principal Sim Bo-ra said.',
        ],
        "Sim Bo-ra",
    ),
]


def _headline_answer(headline: str, paragraphs: list[str]) -> str | None:
    """The full speaker of the headline's first quotation; "" when it has none found."""
    found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    return (found[0].speaker or None) if found else ""


@pytest.mark.parametrize(
    ("headline", "paragraphs", "want"), resolve_and_near(HEAD_RESOLVE, HEAD_NEAR)
)
def test_headline(headline: str, paragraphs: list[str], want: str | None) -> None:
    """A headline's quotation takes the speaker wanted (None: none, or not extracted)."""
    answer = _headline_answer(headline, paragraphs)
    assert _right(answer, want), (headline, answer)
