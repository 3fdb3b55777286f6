"""Round 302: "in his words" quotes the one the pronoun means, as "as he put it" does.

Invented sentences only. 'Television and rising rents have, in his words, "..."' and 'woke up
with his knee swollen and, in his words, "..."' left the words with no speaker: round 173 reads
"in the words of NAME" as "according to", and "in his words" named no one. The possessive
pronoun is read as the speaker, resolved as "he" would be, when the quotation follows the
aside at once. Merged with round 256 ("as NAME put it", `test_round256.py`).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "Mun Ga-ram is the last puppeteer of his troupe. Streaming and rising rents have, in"
            ' his words, "emptied the tent seat by seat."'
        ],
        "emptied the tent seat by seat",
        "Mun Ga-ram",
    ),
    (
        [
            "Dokgo Seon was 31 when she woke up with her knee swollen and, in her own words,"
            ' "burning from the inside."'
        ],
        "burning from the inside",
        "Dokgo Seon",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round302(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_verb_after_the_aside_governs() -> None:
    # near miss: the aside stands before another verb of saying with its own subject
    paragraph = (
        "Ahn started rowing at 12 after a coach spotted him and, in his words, told him he had"
        ' "arms like oars."'
    )
    assert speaker_of([paragraph], "arms like oars") == "a coach"
