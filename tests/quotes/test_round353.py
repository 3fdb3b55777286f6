"""Round 353: "rallied in front of ..., chanting" is the crowd's verb, not its description.

Invented sentences only. 'About 300 union members rallied in front of the labor ministry's
Seoul office, chanting "..."' showed "union members rallied in front of the labor ministry's
Seoul office" as the speaker: "rallied in ..." was read as a participle describing the members,
as "a prosecutor involved in the case" is. Round 250 reads a day after the "-ed" word as the
sign of the sentence's verb; a comma and a crowd's participle ("chanting", "shouting",
"singing", "demanding", "holding", "carrying", "waving") after its phrase is one too. A string
repair.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_crowd_without_its_verb() -> None:
    paragraphs = [
        "About 200 bus drivers rallied in front of the transport ministry's Sejong office,"
        ' chanting "Rest is safety!"'
    ]
    assert speaker_for(paragraphs, "Rest is safety!") == "bus drivers"


def test_a_participle_of_place_stays() -> None:
    # near miss: read the same before this round
    paragraphs = ['A prosecutor involved in the case said the ruling was "a relief."']
    assert speaker_for(paragraphs, "a relief.") == "A prosecutor involved in the case"
