"""Round 236: a European surname's particle, and a province after a town, in a speaker.

Invented sentences only (no name or sentence from a corpus article). Two repairs of speaker
strings that were malformed on the page:

1. A lowercase surname particle between capitalised words ("Ana da Costa", "Pieter de Wit") is
   part of the name; it was read as the end of a title ("Ana da" before "Costa"), so a later
   "Da Costa said" showed "Ana da Da Costa".
2. A province that only places a town named before its comma, before a relative clause ("A
   farmer in Goesan, North Chungcheong Province, who ..., told"), ends no phrase: the relative
   clause describes the farmer, as round 15 read the province without the clause; the
   province was the speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "Trade Minister Ha met her Angolan counterpart, Joana da Rocha, on Monday.",
            'Da Rocha said the talks had been "open and warm."',
        ],
        "open and warm",
        "Joana da Rocha",
    ),
    (
        [
            "A fisherman in Wando, South Jeolla Province, who lost two boats in the storm, told"
            ' reporters: "The sea took everything."'
        ],
        "The sea took everything",
        "A fisherman in Wando",
    ),
    (  # near miss: no province, the relative clause describes the same phrase
        [
            'A fisherman in Wando, who lost two boats in the storm, told reporters: "The sea'
            ' took everything."'
        ],
        "The sea took everything",
        "A fisherman in Wando",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round236(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker
