"""Round 383: "the hospital" speaking first is the "... Hospital" named before it.

Invented sentences only. A body named only after a preposition ('Pharmacists at Sorae Children's
Hospital walked out') is read as no mention, so a first "The hospital said" was a new, nameless
speaker. Round 200 linked such a bare "the <noun>" to the one "a <modifiers> <noun>" the text
gave before; a name of capitalised words ending in the noun, capitalised, is now read the same
way, when the text gives just one. A person's noun is never read so ("the forward" is no
nickname "the Iron Forward"), nor a local unit (round 218: "the city" is a "... City" that was
a sentence's subject, not a district named "... City"), nor a name going on into a longer one
("... Hospital Station" names a station).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Pharmacists at Sorae Children's Hospital in Daejeon walked out on Monday.",
            'The hospital said it had "kept every ward open" through the morning.',
        ],
        "kept every ward open",
        "Sorae Children's Hospital",
    ),
    (
        [
            "Skaters have trained at Gwangdeok Ice Rink since 1988, when it opened.",
            'According to the rink, the old cooling pipes had "done their time."',
        ],
        "done their time.",
        "Gwangdeok Ice Rink",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_noun_is_the_name_it_heads(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_two_such_names_tell_nothing() -> None:
    # near miss: two shelters were named, so "the shelter" is neither
    paragraphs = [
        "Volunteers moved 40 dogs from Haneul Dog Shelter to Bitgaram Dog Shelter on Friday.",
        'The shelter said the move was "overdue by a year."',
    ]
    assert speaker_for(paragraphs, "overdue by a year.") == "The shelter"


def test_a_longer_name_is_another_body() -> None:
    # near miss: the name goes on into a subway station's, which is no hospital
    paragraphs = [
        "Pharmacists at Sorae Hospital Station in Gwangju handed out leaflets on Friday.",
        'The hospital said it would "keep talking" with the union.',
    ]
    assert speaker_for(paragraphs, "keep talking") == "The hospital"


def test_a_person_s_noun_is_no_nickname() -> None:
    # near miss: "the forward" is a player, not the nickname "the Iron Forward"
    paragraphs = [
        "Fans still call Bang Tae-ryun the Iron Forward, a name he earned in 2019.",
        'Team officials met the striker on Monday. "I am ready," the forward said.',
    ]
    assert speaker_for(paragraphs, "I am ready,") != "Iron Forward"
