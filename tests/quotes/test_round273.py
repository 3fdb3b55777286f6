"""Round 273: a caption someone posts that opens with a capital is their words.

Invented sentences only (no name or sentence from a corpus article). 'NAME posted a photo of
the medal on Instagram with the caption "Gold smells like pine."' lost its quotation: since
round 6 a quotation apposed to "the caption" was the name of a text, as 'the chant "..."' is.
A caption that opens with a capital, after someone "posted", "shared" or "uploaded" it, is a
sentence the poster wrote, and the corpus labels it with who posted it. A lowercase one stays a
text's name (round 6: 'with the caption "home at last," her agency said'), and so does one
after a passive with no poster ('a photo has been shared ... with the caption "..."').
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of
from tests.quotes.test_round4 import quotes

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "Luge rider Bae Yun-seul won silver in Sigulda on Sunday.",
            'After the race, Bae posted a photo of her sled on Instagram with the caption "Gold'
            ' smells like pine."',
        ],
        "Gold smells like pine.",
        "Luge rider Bae Yun-seul",
    ),
    (
        [
            'The club posted a video of the final whistle with the caption "Nine men, one'
            ' point, no regrets."'
        ],
        "Nine men, one point, no regrets.",
        "club",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round273(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_lowercase_caption_stays_a_name() -> None:
    # near miss: round 6's text named by its noun
    paragraph = 'Kim Bo-ra posted a photo with the caption "home at last," her agency said.'
    assert quotes(paragraph) == ()
