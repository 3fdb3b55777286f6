"""Round 354: an age between a name and "who said" leaves the name the relative's antecedent.

Invented sentences only. 'The paper quoted a weaver identified as Mun Ok-hyang, 34, who said,
"..."' gave the words no speaker, while the same sentence without the age gave them to her: the
antecedent of ", who" was read from the word before its comma, the age. A bare age between
commas is now passed over. Below the three-article bar (2 articles), merged as a consistency
repair of the antecedent reading.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            'The paper quoted a weaver identified as Mun Ok-hyang, 34, who said, "I cannot sleep'
            ' for joy."'
        ],
        "I cannot sleep for joy.",
        "Mun Ok-hyang",
    ),
    (
        [
            "A neighboring fisherman, 70, who asked not to be named, worried that the cafes would"
            ' "turn the catch into a toy."'
        ],
        "turn the catch into a toy.",
        "A neighboring fisherman",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_name_before_the_age(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_without_the_age_the_same() -> None:
    # near miss: read the same before this round
    paragraphs = ['The paper quoted Pyeon Dal-su, who said, "We planted early."']
    assert speaker_for(paragraphs, "We planted early.") == "Pyeon Dal-su"
