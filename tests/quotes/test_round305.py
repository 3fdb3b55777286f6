"""Round 305: "aT", the Korea Agro-Fisheries & Food Trade Corp., is an acronym, not "at".

Invented sentences only. 'An aT official said ... "..."' showed the speaker as "official": the
acronym's lowered form is the preposition "at", where every phrase reader stops, so "An aT" was
cut off. As round 290 keeps "ADD" in capitals, "aT" keeps its own spelling.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_an_at_official() -> None:
    paragraph = '"Cabbage prices will ease by March," an aT official said.'
    assert speaker_of([paragraph], "Cabbage prices will ease") == "an aT official"


def test_at_the_preposition_still_ends_a_phrase() -> None:
    # near miss: the preposition "at" in lowercase is still a preposition
    paragraph = '"Cabbage prices will ease by March," an official at the market said.'
    assert speaker_of([paragraph], "Cabbage prices will ease") == "an official at the market"
