"""Round 124: someone placed by a phrase before a past tense is no one, not the place.

Invented sentences only (no name or sentence from a corpus article). 'someone on the bank
shouted, "..."' read "the bank" as the subject of "shouted" (the noun phrase right before the
verb, a body's noun: "the court", "the embassy" spoke the same way); an indefinite pronoun
placed by a short phrase ("on the bank", "near the stage", "at the back of the hall") is the
subject, and no reader can name it. Near misses keep their answer: someone on a bridge (no
body's noun: no one already), a person who shouts from the bank, and a place phrase before a
named person.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEAD = "The canoe federation said the team would train in Busan all winter."

RESOLVE = [
    'As the boat left the dock, someone on the bank shouted, "Bring back the cup!"',
    'As the verdict was read, someone outside the court shouted, "Justice!"',
    'As the convoy passed, someone near the embassy shouted, "Go home!"',
    'As the talks ended, someone at the union office shouted, "Strike!"',
]

ALREADY = ['As the race ended, someone on the bridge shouted, "One more lap!"']

KEEP = [
    (
        'As the boat left the dock, coach Seok Da-rim shouted from the bank, "Keep the line!"',
        "Seok",
    ),
    ('On the bank, coach Seok Da-rim shouted, "Keep the line!"', "Seok"),
]


@pytest.mark.parametrize("paragraph", RESOLVE + ALREADY)
def test_round124_someone_placed_is_no_one(paragraph: str) -> None:
    found = extract_quotes("Canoe news", [_LEAD, paragraph])
    assert len(found) == 1
    assert found[0].speaker is None


@pytest.mark.parametrize(("paragraph", "speaker"), KEEP)
def test_round124_a_person_placed_keeps_the_words(paragraph: str, speaker: str) -> None:
    found = extract_quotes("Canoe news", [_LEAD, paragraph])
    assert len(found) == 1
    assert found[0].speaker is not None and speaker in found[0].speaker
