"""Round 343: "the <role>" speaking first after "a ... <role>" was introduced is shown as
introduced.

Invented sentences only. 'At a briefing, a reporter asked a city official, "...?"' then
'"...," the official said' showed "the official", and 'Among the patients is a 58-year-old
pear farmer ...' then '"...," the farmer said' showed "the farmer": an object or a complement
is read as no mention, so the new speaker had only its bare noun. Round 200 gives a body named
so the one description "a"/"an" gave it before; a person is given theirs now, from the
paragraph before or earlier in the same one, when there is exactly one. Not in the lede, where
a description is the person a later paragraph names (the corpus convention). A string repair.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_an_official_asked_a_question() -> None:
    paragraphs = [
        "The city said it would review the night shifts.",
        'At a briefing, a reporter asked a district official, "Will the shifts move?"',
        '"Every district has its own trucks," the official said.',
    ]
    assert speaker_for(paragraphs, "Every district has its own trucks,") == "district official"


def test_a_farmer_introduced_as_a_complement() -> None:
    paragraphs = [
        "The fungus has spread to 40 orchards this year.",
        "Among those hit is a 58-year-old pear farmer in Naju, who lost half his crop.",
        '"I thought it was the frost," the farmer said.',
    ]
    assert speaker_for(paragraphs, "I thought it was the frost,") == "58-year-old pear farmer"


def test_two_descriptions_leave_the_noun() -> None:
    # near miss: two officials described before, so "the official" stays as written
    paragraphs = [
        "The city said it would review the night shifts.",
        "At a briefing, reporters questioned a city official and a district official for an hour.",
        '"Every district has its own trucks," the official said.',
    ]
    assert speaker_for(paragraphs, "Every district has its own trucks,") == "the official"
