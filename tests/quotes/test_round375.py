"""Round 375: a place or a day between an object's appositive and "and VERB".

Invented sentences only. Round 15 reads 'spoke through an interpreter, NAME, and thanked' as
the sentence's subject thanking: the name closed by a comma right before "and" is an object's
appositive. With where and when the meeting was in between ('held talks with his Peruvian
counterpart, NAME, in Seoul on Tuesday and asked ...'), the words went to the counterpart. A
short phrase opening on "in", "on" or "at", with no comma and no verb in "-ed", may now stand
there.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Trade Minister Gil Ha-eun held talks with her Chilean counterpart, Ana Ruiz Soto,"
            ' in Busan on Monday and called the copper deal "a bridge over the Pacific."'
        ],
        "a bridge over the Pacific.",
        "Trade Minister Gil Ha-eun",
    ),
    (
        [
            "Defense Minister Hwang Tae-gyun held talks with his Polish counterpart, Piotr"
            ' Zawada, in Warsaw and called the tank order "the backbone of our alliance."'
        ],
        "the backbone of our alliance.",
        "Defense Minister Hwang Tae-gyun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_subject_goes_on_past_where_and_when(
    paragraphs: list[str], text: str, expected: str
) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_round_15_s_appositive_still_reads() -> None:
    # near miss (round 15): nothing between the appositive's comma and "and"
    paragraphs = [
        "Defense Minister Hwang Tae-gyun met his Polish counterpart, Piotr Zawada, and called"
        ' the talks "a good start."'
    ]
    assert speaker_for(paragraphs, "a good start.") == "Defense Minister Hwang Tae-gyun"
