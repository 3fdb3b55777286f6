"""Round 256: 'as NAME put it' gives NAME the words.

Invented sentences only (no name or sentence from a corpus article). '"...," as one resident
put it.' and 'faces "a labour cliff," as Gye put it:' left the quotation with no speaker: "put"
is no verb of saying. With "it" right after it and "as" opening the subject's phrase, it is.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        ['"You wait, and you listen for the engine," as one ferry passenger put it.'],
        "You wait, and you listen",
        "one ferry passenger",
    ),
    (
        [
            "Gye Han-sol has run the kiln since 1998.",
            'The workshop faces "a labour cliff," as Gye put it: most potters are over 60.',
        ],
        "a labour cliff",
        "Gye Han-sol",
    ),
    (  # near miss: "put it" with no "as" before its subject says nothing
        ['Ji Ho-yeon put it on the shelf next to a sign reading "Not for sale."'],
        "Not for sale",
        "a sign",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round256(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
