"""Round 245: a group's name for a thing, given across a long object.

Invented sentences only (no name or sentence from a corpus article). 'Fishermen call the
storm "the widow maker"' was read as a name (a negative), but not when the object between
"call" and the name was longer: an "of" phrase, a possessive, a place word after the group,
or a relative clause between commas. The name went to the group as its words (a term with
a speaker, the worst error the panel makes). A judgement after the same frame stays the
group's words.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

TERMS: list[str] = [
    "Divers call the sudden drops in water temperature, which can strike in seconds,"
    ' "thermoclines."',
    'Cooks call a mix of fish sauce, chili and plum syrup "the red base," chefs said.',
    "Traders there call the brokers' late-night phone rounds \u201cthe night shift.\u201d",
]

KEPT: list[tuple[str, str, str]] = [
    (  # near miss: a judgement, not a name, stays the group's words
        'Farmers call the ministry\'s plan to cut rice subsidies "the end of our villages."',
        "the end of our villages.",
        "Farmers",
    ),
    (  # near miss: one plural noun for a singular thing judges it
        'Farmers call the new rice subsidy for small growers "peanuts."',
        "peanuts.",
        "Farmers",
    ),
    (  # near miss: an evaluation after an article
        'Critics call the new fee on paper passbooks, due in May, "a tax on the elderly."',
        "a tax on the elderly.",
        "Critics",
    ),
]


@pytest.mark.parametrize("paragraph", TERMS)
def test_round245_names(paragraph: str) -> None:
    assert all(q.speaker is None for q in extract_quotes("", [paragraph]))


@pytest.mark.parametrize(("paragraph", "text", "speaker"), KEPT)
def test_round245_keeps(paragraph: str, text: str, speaker: str) -> None:
    found = [q for q in extract_quotes("", [paragraph]) if q.text == text]
    assert len(found) == 1 and found[0].speaker == speaker
