"""Round 242: a post, a comment, a reply, a warning or an ad that "read" its words.

Invented sentences only (no name or sentence from a corpus article). The document heading
a "read" was not found when its noun is also a verb of saying ("post", "comment", "reply"),
when the verb is inverted ('"...," read one anonymous post'), or when a relative clause or
a placing participle stands between the noun and "read" ('One post that drew ... likes
read', 'One landlord's ad seen by reporters read:'); the words went to no one, or to the
one who saw the document. They are the document's (the corpus convention for a document
no person stands behind).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        ['Drivers vented online. "Fix the lights first," read one anonymous post.'],
        "Fix the lights first",
        "one anonymous post",
    ),
    (
        ['Comments were split. "Let the market decide," read a reply that drew 500 likes.'],
        "Let the market decide",
        "a reply",
    ),
    (
        ['One post that drew thousands of likes read simply, "Who paid for this bridge?"'],
        "Who paid for this bridge?",
        "One post",
    ),
    (
        [
            "The current warning, printed on the side of the pack, reads:"
            ' "Keep away from open flame."'
        ],
        "Keep away from open flame.",
        "The current warning",
    ),
    (
        ['One landlord\'s ad seen by reporters read: "No pets, no students, no exceptions."'],
        "No pets, no students, no exceptions.",
        "One landlord's ad",
    ),
    (  # near miss: a person after an inverted "read" is no document ("read" as "said")
        ['"Fix the lights first," read one of the drivers, Goh Seung-pil.'],
        "Fix the lights first",
        None,
    ),
    (  # near miss: a post someone named wrote is that person's
        ['Lawmaker Gye Hwa-ran wrote on Facebook. "Fix the lights first," she wrote in the post.'],
        "Fix the lights first",
        "Lawmaker Gye Hwa-ran",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round242(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
