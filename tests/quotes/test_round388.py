"""Round 388: a short quotation that opens with a measure is the speaker's, not a thing's name.

Invented sentences only. Round 14 reads a short lowercase quotation used as a noun phrase
('grow "sun melons"') as the name of a kind of thing, no one's words. An amount, a count or a
span of time in quotation marks ('paid back "almost double"', 'took "almost two hours"',
'"three times faster"') was read so and dropped, though it is what the speaker said. A
quotation opening with an approximator, a number word, a digit or a plural unit of time is no
thing's name. A hyphenated count ('"three-wheel cargo bikes"') is one word, and still a name.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speakers

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['Vendor Gil Bo-reum said the walk to the upper market took "almost two hours" in snow.'],
        "almost two hours",
        "Vendor Gil Bo-reum",
    ),
    (
        [
            "Seok Chan-u, who repairs fishing nets in Tongyeong, said the new twine lasts"
            ' "three seasons longer" than the old.'
        ],
        "three seasons longer",
        "Seok Chan-u",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_a_measure_is_the_speaker_s(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_hyphenated_count_still_names_a_kind() -> None:
    # near miss: a noun phrase opening with a hyphenated count names a kind of vehicle
    paragraphs = [
        'The city will ban "three-wheel cargo bikes" from parks, and its mayor said the ban was'
        ' "slower than it should have been."'
    ]
    assert speakers(paragraphs) == ["its mayor"]
