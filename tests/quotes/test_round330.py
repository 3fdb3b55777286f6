"""Round 330: round 324's plural form read from any consonant before a final "s".

Invented sentences only. "Thumbnails on streaming platforms are about the size of a stamp, she
said" gave that "she" and the interview's every later one to "Thumbnails": round 324's endings
("-ers", "-ors", "-ists", "-ics", "-ts", "-ae") did not hold "-ls". A lone capitalised word
nothing shows is a name, ending in a consonant and "s", has a plural's form too ("Bowls",
"Drums", "Thumbnails"); "-ss", "-us", "-is", "-as", "-os", "-es" and "-ys" endings stay as they were
("Thomas", "Lucas", "Iris").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize("word", ["Thumbnails", "Drums", "Bowls"])
def test_a_plural_word_is_not_she(word: str) -> None:
    paragraphs = [
        '"Every cover is a promise," said Seok Da-hye, a designer in Mapo.',
        f"{word} on the new platform are smaller than ever, she said, and"
        ' "nothing subtle survives at that size."',
    ]
    assert speaker_of(paragraphs, "nothing subtle", short=True) == "Seok Da-hye"


def test_a_name_ending_in_a_vowel_and_s_is_still_she() -> None:
    # near miss: a one-word name with no plural's form
    paragraphs = ['Iris released a new single on Friday. "I wrote it in a week," she said.']
    assert speaker_of(paragraphs, "I wrote it", short=True) == "Iris"
