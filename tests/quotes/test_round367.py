"""Round 367: "Corporation" and "Consulate" end a body's name.

Invented sentences only. 'according to the Korea Rural and Fisheries Corporation, which said
"..."' showed the speaker as "Korea Rural": the phrase after "according to" joins a name over
"and" only when a capitalised head word of a body's name follows, and the lexicon had "Corp."
but not "Corporation" (nor "Consulate"). A repair of a shown string.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Reservoirs in the south rose last week, according to the Korea Rural and Fisheries"
            ' Corporation, which said dams were "full for the first time in years."'
        ],
        "full for the first time in years.",
        "Korea Rural and Fisheries Corporation",
    ),
    (
        [
            "Flights resumed on Monday, according to the Korean Trade and Visa Consulate, which"
            ' said travelers should "carry printed tickets."'
        ],
        "carry printed tickets.",
        "Korean Trade and Visa Consulate",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_body_s_name_is_whole(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_corp_still_ends_a_name() -> None:
    # near miss: read the same before this round
    paragraphs = [
        "Reservoirs rose, according to the Korea Rural and Fisheries Corp., which said dams"
        ' were "full for the first time in years."'
    ]
    expected = "Korea Rural and Fisheries Corp."
    assert speaker_for(paragraphs, "full for the first time in years.") == expected
