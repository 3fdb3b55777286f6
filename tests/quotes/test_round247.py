"""Round 247: a number's thousands commas stay in the number, and a comma after it is punctuation.

Invented sentences only (no name or sentence from a corpus article). "to 20,000, saying" was
read as "20", ",", "000", ",": the number's own comma split the sentence, and the subject of
"saying" was taken from the words before "20" ("a city council from 10,000 to 20").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes._tokens import tokens
from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            "An opposition lawmaker on Monday proposed raising the cap on donations to a city"
            ' council from 10,000 to 20,000, saying the old cap was "frozen in 1998."'
        ],
        "frozen in 1998",
        "An opposition lawmaker",
    ),
    (  # the number before a comma that ends its list stays one word too
        ['The union, with 12,500, 9,000 and 7,250 members, called it "a start."'],
        "a start",
        "The union",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round247(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("from 10,000 to 20,000, saying", ["from", "10,000", "to", "20,000", ",", "saying"]),
        ("about 1,200.", ["about", "1,200", "."]),
        ("scores of 3,4 and 5", ["scores", "of", "3", ",", "4", "and", "5"]),
    ],
)
def test_numbers_keep_their_commas(text: str, words: list[str]) -> None:
    assert [t.text for t in tokens(text, 0, len(text))] == words
