"""Round 371: a headline's one describing word the body quotes alone is that quotation.

Invented sentences only. A headline word in quotation marks with no reporting verb ('over
'loans'') is read as a scare term unless a body quotation holds it. A single word the body
quoted alone was still skipped, so 'apologizes for 'inexcusable' error' had no speaker when
the lede said 'an "inexcusable" error, NAME said'. When that word is no noun by its ending
("-able", "-ed", "-ent", ...) and the body gave the quotation a speaker, the headline's word is
the same quotation; a noun is left to the scare-term reading.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

RESOLVE: list[tuple[str, list[str], str, str]] = [
    (
        "Ferry operator apologizes for 'unforgivable' delays on island route",
        [
            "SEOUL, Jan. 9 (Yonhap) -- The operator of the Geomun Island ferry apologized Friday"
            ' for what its chief executive, Ryu Han-seok, called "unforgivable" delays.'
        ],
        "unforgivable",
        "Ryu Han-seok",
    ),
    (
        "Opposition seeks minister's dismissal over 'bungled' flood relief",
        [
            "SEOUL, Jan. 9 (Yonhap) -- The minor opposition Green Justice Party on Friday called"
            " the government's flood relief \"bungled\" and demanded the minister's dismissal."
        ],
        "bungled",
        "Green Justice Party",
    ),
]


def _headline_speaker(headline: str, paragraphs: list[str], text: str) -> str | None:
    found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    match = [q for q in found if q.text == text]
    assert match, f"no headline quotation {text!r} in {[q.text for q in found]}"
    return match[0].speaker


@pytest.mark.parametrize(("headline", "paragraphs", "text", "expected"), RESOLVE)
def test_the_headline_repeats_the_lede_s_word(
    headline: str, paragraphs: list[str], text: str, expected: str
) -> None:
    speaker = _headline_speaker(headline, paragraphs, text)
    assert speaker is not None and expected in speaker


def test_a_quoted_noun_stays_a_scare_term() -> None:
    # near miss: a noun the body quoted alone is no describing word
    headline = "Police break up 'freeloader' ring at ferry terminal"
    paragraphs = [
        "SEOUL, Jan. 9 (Yonhap) -- Police broke up a ring of what the port authority's chief,"
        ' Ryu Han-seok, called "freeloader" passengers, officers said Friday.'
    ]
    found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    assert not [q for q in found if q.speaker]
