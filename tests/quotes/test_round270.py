"""Round 270: "dos" and "das" are particles inside a Portuguese surname, as "da" is.

Invented sentences only (no name or sentence from a corpus article). 'Celeste Moura dos
Anjos' was read as "Celeste Moura", and 'Moura dos Anjos said' as no one: "da" was in the
list of particles a European surname holds ("Ana da Costa", "Pieter de Wit"), its plural
forms were not.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The minister met her Angolan counterpart, Celeste Moura dos Anjos, in Seoul.",
            '"We want to roast our own coffee," Moura dos Anjos said.',
        ],
        "We want to roast our own coffee",
        "Celeste Moura dos Anjos",
    ),
    (
        [
            "Brazilian researcher Rita Lopes das Neves led the survey.",
            'She called the reef "a library nobody has read."',
        ],
        "a library nobody has read",
        "Brazilian researcher Rita Lopes das Neves",
    ),
    (  # near miss: "da" was read before this round and still is
        ['"The port is our window," said Timorese envoy Jose Ramos da Cruz.'],
        "The port is our window",
        "Timorese envoy Jose Ramos da Cruz",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round270(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
