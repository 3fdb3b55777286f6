"""Round 368: a banner a photo shows hanging is the banner's, not the outlet's.

Invented sentences only. Round 134 reads a document that an outlet's sentence carries ('KCNA
carried a commentary that accused Seoul of "..."') as the outlet's own words. A banner that
workers stand "under" or "beneath" in a photo the paper ran is no document the paper issued:
its words are the banner's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The ruling party's newspaper carried a photo of miners stacking pit props under a"
            ' banner that read "Let every seam give twice the coal!"'
        ],
        "Let every seam give twice the coal!",
        "a banner",
    ),
    (
        [
            "The Korean Central News Agency released pictures of farmers loading carts beneath a"
            ' banner that read, "The harvest is the front line!"'
        ],
        "The harvest is the front line!",
        "a banner",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_a_hung_banner_speaks_for_itself(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_an_outlet_s_own_commentary_stays_the_outlet_s() -> None:
    # near miss (round 134): a document the outlet carried is still its own
    paragraphs = [
        "The Korean Central News Agency carried a commentary that accused Seoul of"
        ' "staging a reckless show of force."'
    ]
    expected = "Korean Central News Agency"
    assert speaker_for(paragraphs, "staging a reckless show of force.") == expected
