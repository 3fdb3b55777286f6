"""Round 362: more head words that make a capitalised name a firm's.

Invented sentences only. 'A Daejeon startup says its robots can do the job "..."' and then
'Dalmuri Robotics, founded by ..., makes ...' left the words with the lede's description:
round 230 takes the firm the next paragraph opens with only when its name is shaped like a
firm's, and "Robotics" made no name a body's. From English business names at large, not from
the corpus: "Robotics", "Lab" and "Laboratory" ("Laboratories"), "Biotech", "Therapeutics",
"Aerospace", "Dynamics", "Materials", "Machinery", "Software", "Semiconductors",
"Diagnostics", "Pharma", "Textiles" and "Cosmetics" end a body's name, as "Systems" and
"Solutions" did.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Checking wind turbine blades used to mean a week of rope work. A Daejeon startup"
            ' says its robots can now do the job "in a single afternoon."',
            "Dalmuri Robotics, founded by two KAIST graduates in 2022, makes a crawler that"
            " climbs a blade and photographs its surface.",
        ],
        "in a single afternoon.",
        "Dalmuri Robotics",
    ),
    (
        [
            "A Seongnam-based startup says its app can tell a ripe melon from its sound"
            ' "better than most grocers."',
            "Sowon Lab, whose name means wish in Korean, began selling the app in March.",
        ],
        "better than most grocers.",
        "Sowon Lab",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_lede_s_firm_is_the_one_named_next(
    paragraphs: list[str], text: str, expected: str
) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_person_named_next_is_no_firm() -> None:
    # near miss: read the same before this round
    paragraphs = [
        'A Daejeon startup says its robots can now do the job "in a single afternoon."',
        "Ha Seon-mi, who founded it in 2022, said the crawler had been tested on 40 blades.",
    ]
    assert speaker_for(paragraphs, "in a single afternoon.") == "A Daejeon startup"
