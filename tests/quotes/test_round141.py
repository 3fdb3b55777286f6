"""Round 141: the name a group habitually uses, whatever its words (terms).

Invented sentences only (no name or sentence from a corpus article). A present "call(s)" whose
subject is a group of people names the quotation right after it, or after a short object: the
name a trade, a profession or a crowd uses is a term, nobody's words, even when its words do
not read as a thing's name (a phrase with a comma, a verb phrase, a hyphenated coinage).
"Farmers" opening a sentence is a group (a plural role), not a name. Near misses keep their
speaker: a group's judgement with "a"/"an" ('Critics call the plan "a giveaway"'), one
person's present "calls", and a past "called".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

TERMS: list[tuple[list[str], str]] = [
    (['Cyber experts call the strategy "steal now, read later".'], "steal now"),
    (
        ['The city will lease 500 flats to students, a plan officials call "rent-to-stay."'],
        "rent-to-stay",
    ),
    (['Farmers call the disease "red rot."'], "red rot"),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (['Critics call the plan "a giveaway."'], "a giveaway", "Critics"),
    (['Rep. Mun Ga-ram calls the deal "fair and overdue."'], "fair and overdue", "Mun Ga-ram"),
    (['Tenant groups called the new rules "too little, too late."'], "too little", "Tenant groups"),
]


@pytest.mark.parametrize(("paragraphs", "start"), TERMS)
def test_round141_group_name_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round141_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
