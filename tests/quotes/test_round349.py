"""Round 349: the clause after "For NAME," is the sentence, not a description of NAME.

Invented sentences only. 'For Yeon, the contract shaped more than her career.' was read as the
name and an appositive running to the period, so the quote panel showed "Yeon Da-bi, the
contract shaped more than her career" for every later quotation of hers. When the name is the
object of a preposition that opens its sentence ("For", "To", "Like", "Unlike", "With", "As")
and the words after its comma run to the sentence's end, they are the main clause. A string
repair: who speaks does not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Yeon Da-bi signed with the agency at 16.",
            "For Yeon, the contract shaped more than her career. “We were told to smile at"
            " every camera,” she said.",
        ],
        "We were told to smile at every camera,",
        "Yeon Da-bi",
    ),
    (
        [
            "When retired ferry pilot Pyo Gwang-ho (표광호) lost his hearing, he stopped going"
            " to the harbor.",
            "For Pyo, the silence matters less than the smell of diesel. “I still know every"
            " engine by its smoke,” he said.",
        ],
        "I still know every engine by its smoke,",
        "retired ferry pilot Pyo Gwang-ho",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_main_clause_describes_no_one(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_description_between_commas_stays() -> None:
    # near miss: read the same before this round
    paragraphs = [
        'For Seon Mi-rae, a former diver, the sea is a workplace. "I dream of it," Seon said.'
    ]
    assert speaker_for(paragraphs, "I dream of it,") == "Seon Mi-rae, a former diver"
