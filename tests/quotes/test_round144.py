"""Round 144: the wrong named person (tuning47's same-surname and nationality cases).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. "the visiting Peruvian minister" in a lede, then "signed by Energy Minister NAME and
   NAME2, Peru's minister of mines": the description is named by the one its paragraph gives
   that nationality, not by the first minister named; "Belgium" gives "Belgian"; "the
   Belgian" said of a person named in full leaves them a person.
2. "NAME (Hangul), now 64, ...": "now" before an age still gives it, so "the 64-year-old"
   is NAME.
3. "... with his younger brother, NAME2": of two siblings sharing a surname, NAME2 is the
   younger, so "the elder SURNAME" is the other one.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "Korea and Peru agreed Monday to a copper deal, with the visiting Peruvian "
            'minister calling it "a road paved with ore."',
            "The deal was signed by Industry Minister Gong Yu-rim and Mateo Salcedo, Peru's "
            "minister of mines.",
        ],
        "a road paved",
        "Mateo Salcedo",
    ),
    (  # 1: the same description later in the story
        [
            "Korea and Peru agreed Monday to a copper deal, with the visiting Peruvian "
            'minister calling it "a road paved with ore."',
            "The deal was signed by Industry Minister Gong Yu-rim and Mateo Salcedo, Peru's "
            "minister of mines.",
            'Gong said the ore would arrive "within a year."',
            'Asked about prices, the Peruvian minister replied: "Copper never waits."',
        ],
        "Copper never waits",
        "Mateo Salcedo",
    ),
    (  # 1: "Belgium's" gives "Belgian", and "the Belgian" stays a person
        [
            "Ewout Daalmans, Belgium's minister for ports, met port officials in Busan.",
            '"We came to learn," the Belgian told reporters.',
        ],
        "We came to learn",
        "Ewout Daalmans",
    ),
    (  # 2
        [
            "When Seok Mi-ryeong (석미령), now 64, opened her noodle shop in Daegu, there were "
            "nine on the street. Her Dalgeuri Noodles is the last one.",
            '"We never had a menu," said the 64-year-old.',
        ],
        "We never had a menu",
        "Seok Mi-ryeong",
    ),
    (  # 3
        [
            "Eom Chang-su (엄창수), 70, still repairs clocks in Mokpo with his younger brother, "
            "Eom Chang-hwi.",
            '"The spring is fine," the younger Eom said.',
            'The elder Eom disagreed. "The spring is tired," he said.',
        ],
        "The spring is tired",
        "Eom Chang-su",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a description whose nation nobody is given is named by the minister named next
        [
            "The two sides agreed Monday to a copper deal, with the visiting minister calling "
            'it "a road paved with ore."',
            "The deal was signed by Industry Minister Gong Yu-rim and Peru's envoy.",
        ],
        "a road paved",
        "Gong Yu-rim",
    ),
    (  # 2: an age between commas, as before
        [
            "Seok Mi-ryeong (석미령), 64, opened her noodle shop in Daegu in 1990. Her "
            "Dalgeuri Noodles is the last one.",
            '"We never had a menu," said the 64-year-old.',
        ],
        "We never had a menu",
        "Seok Mi-ryeong",
    ),
    (  # 3: ages that tell the two apart still decide
        [
            "Eom Chang-su, 70, and Eom Chang-hwi, 66, repair clocks in Mokpo.",
            'The younger Eom laughed. "The spring is fine," he said.',
        ],
        "The spring is fine",
        "Eom Chang-hwi",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round144_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
