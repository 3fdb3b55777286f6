"""Round 314: "he" or "she" never means a lone capitalised word the article writes in lowercase.

Invented sentences only. 'Sanded planks lean against the wall, and NAME, 66, checks each joint'
then '"...," he said' gave the quotation to "Sanded": a word opening a sentence is read as a
name when nothing says otherwise, and it was the newest subject. Round 280 skipped every such
lone word and broke the near misses of rounds 8 and 10 (one-word names of people: "Jennie",
"Tanabe"): nothing but vocabulary tells "Interest" from "Jennie". The article itself is that
vocabulary: a word it also writes in lowercase ("sanded floors", "interest rates") is a word, and
the capital is only the sentence's. A name is never written in lowercase.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Sanded planks lean against the wall, and Maeng Su-gyeol (맹수결), 66, checks each"
            " joint with his thumb.",
            '"A drum is only as good as its seams," he said. He keeps the sanded offcuts for'
            " kindling.",
        ],
        "A drum is only",
        "Maeng Su-gyeol",
    ),
    (
        [
            "Weaver Bin Hae-rang has spent 40 years at the loom, most of them with silk.",
            'Silk is getting dearer, she said, calling the prices "a slow strangling."',
        ],
        "a slow strangling",
        "Bin Hae-rang",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round314_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_one_word_name_never_written_in_lowercase_is_still_she() -> None:
    # near miss (round 10): a mononym is a person's name, and nothing writes it in lowercase
    paragraphs = ['Jennie released a new single on Friday. "I wrote it in one night," she said.']
    assert speaker_of(paragraphs, "I wrote it") == "Jennie"
