"""Round 61: joint speakers ("Both A and B said").

Invented sentences (no name or sentence from a corpus article). One rule: two subjects
joined by "both ... and" before a verb of saying speak as one, and the speaker is what a
reader would write, the two joined by "and" (each a name in full, or a role phrase without
its article): "Both the county and the fire service said" after the two were named is
"Hwacheon County and Gangwon Fire Service", not the fire service alone. The first of the two
is read as a phrase of its own, a role no list knows included ("the district office").

"A and B said" with no "both" is the same pair where the two open the sentence or follow an
opening adverbial ("In a joint statement, A and B said").

Near misses keep their answers: "NAME met reporters and B said" (two clauses: B alone),
"both" inside the quotation's clause ("said both plans were"), one entity named twice, and
a single subject after "both" ("Both sides said" with no "and").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    # two bodies named, then each by its noun
    (
        [
            "Hwacheon County and the Gangwon Fire Service closed the riverside path on Monday. "
            'Both the county and the fire service said the closure was "a precaution, not '
            'a verdict."',
        ],
        "a precaution",
        "Hwacheon County and Gangwon Fire Service",
    ),
    # a person's surname and a body's initials
    (
        [
            "Union leader Seo Min-gyu (서민규) met the Korea Taxi Owners Federation (KTOF) "
            "on Tuesday.",
            'Both Seo and the KTOF said they were "close to a deal" on night fares.',
        ],
        "close to a deal",
        "Seo Min-gyu and Korea Taxi Owners Federation",
    ),
    # two people by surname
    (
        [
            "Rep. Moon Ha-eun and Rep. Pyo Jae-won drafted the bill together.",
            'Both Moon and Pyo said the bill was "long in coming."',
        ],
        "long in coming",
        "Moon Ha-eun and Pyo Jae-won",
    ),
    # no "both": two subjects joined by "and" opening the sentence speak together
    (
        [
            "Union leader Seo Min-gyu (서민규) met the Korea Taxi Owners Federation (KTOF) "
            "on Tuesday.",
            'Seo and the KTOF said they were "close to a deal" on night fares.',
        ],
        "close to a deal",
        "Seo Min-gyu and Korea Taxi Owners Federation",
    ),
    # and after an opening adverbial set off by a comma
    (
        [
            "In a joint statement, the Korea Taxi Owners Federation and the Seoul Metropolitan "
            'Government said they were "close to a deal" on night fares.'
        ],
        "close to a deal",
        "Korea Taxi Owners Federation and Seoul Metropolitan Government",
    ),
    # a role phrase no list knows heads the first ("the clinic")
    (
        [
            "The Dobong Night Clinic and the district health office will share two nurses.",
            'Both the clinic and the district health office called the plan "a stopgap."',
        ],
        "a stopgap",
        "Dobong Night Clinic and district health office",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round61_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker


NEAR: list[tuple[list[str], str, str | None]] = [
    # no "both": as before, the subject the verb follows
    (
        [
            "Rep. Moon Ha-eun and Rep. Pyo Jae-won drafted the bill together.",
            'Pyo said the bill was "long in coming."',
        ],
        "long in coming",
        "Rep. Pyo Jae-won",
    ),
    # "and" joining two clauses: the second subject speaks alone
    (
        [
            "Union leader Seo Min-gyu (서민규) met the Korea Taxi Owners Federation (KTOF) "
            "on Tuesday.",
            'Seo met reporters and the KTOF said it was "close to a deal" on night fares.',
        ],
        "close to a deal",
        "Korea Taxi Owners Federation",
    ),
    # "both" in the reported clause, not the subject
    (
        [
            "Seoul Fire Service chief Ahn Bo-ram inspected the path on Monday.",
            'Ahn said both the bridge and the path were "safe for now."',
        ],
        "safe for now",
        "Seoul Fire Service chief Ahn Bo-ram",
    ),
    # "both" with one subject: no pair
    (
        [
            "The Korea Taxi Owners Federation (KTOF) met the union on Tuesday.",
            'Both sides said the talks were "frank."',
        ],
        "frank",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), NEAR)
def test_round61_near_misses_keep_their_answer(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert speaker_of(paragraphs, start) == speaker
