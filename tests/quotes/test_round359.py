"""Round 359: a "where" clause after a person's "of" place describes the place; the person
is still the subject.

Invented sentences only. 'Mayor NAME of TOWN, PROVINCE, where fares rose ..., wrote that the
plan was "..."' gave the words to the clause's own subject ("fares"). Round 160 read a
"where" clause after a role or a body as the place's; a person placed by "of" is the same
shape. Round 236 skipped a province placing a town after "in" or "at"; "of" after a name
places the town the same way.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Mayor Tae Gyeong-ok of Jangsu, North Jeolla Province, where bus fares rose 30"
            ' percent this year, wrote on Facebook that the plan was "kind in words and cruel'
            ' in sums."'
        ],
        "kind in words and cruel in sums.",
        "Mayor Tae Gyeong-ok of Jangsu",
    ),
    (
        [
            "County chief Mun Seok-bae of Jangsu, where the last bus leaves at 7 p.m., said"
            ' the subsidy was "a lifeline for the old."'
        ],
        "a lifeline for the old.",
        "County chief Mun Seok-bae of Jangsu",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_placed_person_speaks(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_bare_place_before_where_keeps_its_reading() -> None:
    # near miss: read the same before this round
    paragraphs = [
        'In Jangsu, where bus fares rose 30 percent, residents said the rise was "too much'
        ' too fast."'
    ]
    assert speaker_for(paragraphs, "too much too fast.") == "residents"
