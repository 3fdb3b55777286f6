"""Round 237: a noun ending in "-ed" is no past tense inside a role phrase.

Invented sentences only (no name or sentence from a corpus article). "A medical bed maker
said" was read as "maker" alone: "bed", ending like a past tense, was taken for a verb whose
object is "maker", so the phrase lost its determiner and modifiers (and a lede's firm
description was no longer one for round 230 to name). A short list of nouns shaped so ("bed",
"seed", "shed", "speed", "hundred") now stays a modifier.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        ['A hospital bed maker said sales were "up by a third."'],
        "up by a third",
        "A hospital bed maker",
    ),
    (
        [
            "BUSAN, May 2 (Yonhap) -- A folding bed maker in Busan said Friday that orders from"
            ' Japan were "the best in a decade."',
            "Sambong Furniture Co., which employs 90 people, said it would add a second line.",
        ],
        "the best in a decade",
        "Sambong Furniture Co.",
    ),
    (  # near miss: a real past tense before its object is still a verb
        ['The delay angered commuters, who called it "a daily insult."'],
        "a daily insult",
        "commuters",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round237(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
