"""Round 284: "Iran's head coach" is another side's, not the head coach the story knows.

Invented sentences only (no name or sentence from a corpus article). 'Head coach NAME said the
team was tired.' then '"...," Iran's head coach told reporters' gave the quotation to the
story's own coach: a role phrase that fits none of the role's holders known fell back to the
newest of them. A role phrase opening on a capitalised owner is now someone new when the owner
is no person of the story (a country or a team; Korea, the side a Korean wire story stands on,
excepted) or when every holder known was introduced as someone else's ("the plaintiff's lawyer,
NAME," then "Gu's lawyer told reporters").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "Head coach Tak Eun-pyo said his players were tired after three matches in four days.",
            '"They have grown so fast. In two years they will beat anyone," Uzbekistan\'s head'
            " coach told reporters.",
        ],
        "They have grown so fast",
        "Uzbekistan's head coach",
    ),
    (
        [
            "Head coach Tak Eun-pyo praised his goalkeeper.",
            'Japan\'s head coach said afterward that the Korean defense had been "a wall" in the'
            " last ten minutes.",
        ],
        "a wall",
        "Japan's head coach",
    ),
    (
        [
            "A court ordered a gym owner, identified only by his surname Gu, to pay damages.",
            '"This ruling protects every member," the plaintiff\'s lawyer, Hyeon Ja-ok, said.',
            '"The amount is far too high for a small gym," Gu\'s lawyer told reporters.',
        ],
        "The amount is far too high",
        "Gu's lawyer",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round284(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


NEAR: list[tuple[list[str], str, str]] = [
    (
        [
            "Yun Ha-gyeol, 45, was charged with fraud in May.",
            "His lawyer, Pyo Seon-jae, said Yun would plead not guilty.",
            '"My client never saw the money," Yun\'s lawyer told reporters.',
        ],
        "My client never saw",
        "Pyo Seon-jae",
    ),
    (
        [
            "Head coach Tak Eun-pyo said his players were tired.",
            '"We were lucky today," South Korea\'s head coach told reporters.',
        ],
        "We were lucky today",
        "Tak Eun-pyo",
    ),
    (
        [
            "Head coach Tak Eun-pyo said his players were tired.",
            '"We were lucky today," the club\'s head coach told reporters.',
        ],
        "We were lucky today",
        "Tak Eun-pyo",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), NEAR)
def test_round284_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    # near misses: an owner the story's holder may have (a person of the story, Korea, a
    # body's noun) keeps the holder known
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found
