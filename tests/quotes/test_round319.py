"""Round 319: "Group B." ends a sentence; the letter labels the group, it is nobody's initial.

Invented sentences only. 'Korea was drawn into Group B. Coach Kim said the draw was "..."' showed
the speaker as "Group B. Coach Kim": a capital letter with a period was kept as an initial (as in
"John F. Kennedy"), so the sentence ran on into the next one. After a noun that a letter labels
("Group", "Pool", "Division", "Plan", "Terminal" ...), the period after the letter is the
sentence's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        ['Korea was drawn into Group B. Coach Mok Dae-hyun said the draw was "tough but fair."'],
        "tough but fair",
        "Coach Mok Dae-hyun",
    ),
    (
        [
            "A win would secure promotion to Division I Group A. Mok said:"
            ' "We will need sixty minutes of our best hockey."'
        ],
        "We will need sixty minutes",
        "Mok",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round319(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker


def test_a_middle_initial_still_joins_a_name() -> None:
    # near miss: "Kim A. Rahman" is one person, the "A." an initial
    paragraph = '"We will be back," Kim A. Rahman said.'
    assert speaker_of([paragraph], "We will be back") == "Kim A. Rahman"
