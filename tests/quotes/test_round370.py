"""Round 370: an outlet's commentary in a clause after "after" is the outlet's.

Invented sentences only. Round 134 reads a document an outlet's sentence carries ('The paper
ran a commentary accusing Seoul of "..."') as the outlet's own words, asking the sentence's
subject who carried it. When that subject is itself a document ('The North's statement came a
day after the paper ran a commentary saying ...'), the outlet is the subject of the clause
whose verb carries the commentary.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The North's statement came a day after the Minju Sinbo, the cabinet's newspaper,"
            ' ran a commentary saying the drills "invite only ruin."'
        ],
        "invite only ruin.",
        "Minju Sinbo",
    ),
    (
        [
            "The statement followed days after its main newspaper, the Rodong Sinmun, ran an"
            ' editorial calling the talks a "hollow stage play."'
        ],
        "hollow stage play.",
        "Rodong Sinmun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_clause_s_outlet_ran_it(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_the_sentence_s_outlet_still_runs_its_own() -> None:
    # near miss (round 134): the outlet opens the sentence
    paragraphs = ['The Rodong Sinmun ran a commentary saying the drills "invite only ruin."']
    assert speaker_for(paragraphs, "invite only ruin.") == "Rodong Sinmun"
