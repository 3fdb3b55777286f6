"""Round 376: "as he puts it" quotes him, as "as he put it" does (round 256).

Invented sentences only. Round 256 read 'as NAME put it' as a verb of saying whose subject
speaks the quotation beside it; the same idiom in the present ('before, as she puts it, "the
river found me"') gave the words to no one. "puts" is now read alike. A saying or a line that
goes around ('As a line popular among cabbies puts it, "..."') puts words that are no one's, as
round 118 reads 'as an old saying goes': its subject does not speak them, in either tense.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            'Baek Yun-seul taught maths for 30 years in Mokpo before, as she puts it, "the'
            ' river found me" on a fishing trip in 2004.'
        ],
        "the river found me",
        "Baek Yun-seul",
    ),
    (
        [
            "Gyeon Pil-ho runs a small kiln in Yeoju. The glaze, as he puts it, must be"
            ' "quieter than the clay."'
        ],
        "quieter than the clay.",
        "Gyeon Pil-ho",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_as_he_puts_it_quotes_him(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_line_that_goes_around_is_no_ones() -> None:
    # near miss: a line's words have no speaker, though a named critic speaks just before
    paragraphs = [
        'Taxi driver Yeom Dae-pil said the fares were "the lowest in a decade." As a line'
        ' popular among cabbies puts it, "The meter never sleeps, and neither do we."'
    ]
    assert speaker_for(paragraphs, "The meter never sleeps, and neither do we.") is None


def test_round_256_s_past_tense_still_reads() -> None:
    # near miss (round 256): the past tense, after the quotation
    paragraphs = ['The ferry now runs "only for the tourists," as one islander put it.']
    assert speaker_for(paragraphs, "only for the tourists,") == "one islander"
