"""Round 293: "NAME, 24, beat ..." is the name, its age and its verb, not a description.

Invented sentences only (no name or sentence from a corpus article). 'Ra, 27, beat Japan's top
seed 3-1 in the final, ...' showed the speaker as 'Ra Seung-gi, beat Japan's top seed 3-1 in
the final': after the age's comma, the words up to the next comma were read as a description
of the name. A lowercase irregular past tense ("beat", "won", "led", "made") opening those
words is the sentence's verb, and the panel shows the name alone.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[list[str]] = [
    [
        "South Korea's Ra Seung-gi won the men's singles title on Sunday.",
        "Ra, 27, beat Japan's top seed 3-1 in the final, winning the last game \"with a serve I"
        ' have practiced for ten years," according to the federation.',
        '"I kept my promise to my father," Ra told reporters.',
    ],
    [
        "South Korea's Ra Seung-gi won the men's singles title on Sunday.",
        "Ra, 27, won the final 3-1, his first title in four years.",
        '"I kept my promise to my father," Ra told reporters.',
    ],
]


@pytest.mark.parametrize("paragraphs", CASES)
def test_round293(paragraphs: list[str]) -> None:
    assert speaker_of(paragraphs, "I kept my promise") == "South Korea's Ra Seung-gi"


def test_a_description_after_the_age_is_kept() -> None:
    # near miss: "NAME, 27, a former champion," still describes the name
    paragraphs = ['"I kept my promise," said Ra Seung-gi, 27, a former junior champion.']
    found = speaker_of(paragraphs, "I kept my promise")
    assert found is not None and "a former junior champion" in found
