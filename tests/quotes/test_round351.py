"""Round 351: two titles joined by "and" before a name are one person's.

Invented sentences only. '"...," said co-founder and CEO Seol Da-un.' gave the words no speaker:
the phrase after "said" stopped at "and", as between two people. Capitalised titles joined by
"and" were read as one title before a name ("Minister of Trade and Industry NAME"); now so are
lowercase title words before "and" when a title and a capitalised name follow. Below the
three-article bar (2 articles), merged as a consistency repair of that reading.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['"Paramedics were calling seven hospitals," said co-founder and CEO Seol Da-un.'],
        "Paramedics were calling seven hospitals,",
        "CEO Seol Da-un",
    ),
    (
        ['"We wanted one screen for them," said founder and CEO Goh Ye-chan (고예찬).'],
        "We wanted one screen for them,",
        "CEO Goh Ye-chan",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_joined_titles_name_one_person(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_two_people_stay_two() -> None:
    # near miss: read the same before this round
    paragraphs = ['"We will grow," said the owner and Hwang Ye-jun.']
    assert speaker_for(paragraphs, "We will grow,") == "the owner"
