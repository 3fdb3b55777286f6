"""Round 231: a place after a role's comma says where, it names no one.

Invented sentences only (no name or sentence from a corpus article). A role that ends on a
place after "in", "at" or "from" ("a woman in Mapo-gu") may be followed by a comma and where
that place is ("western Seoul", "Seoul", "North Chungcheong Province"). That is no name the
role gives, as "said a shop owner in Incheon, Kim Ho-sun" would be: before the round the place
was read as the speaker's name, shown as the country a capital stands for ("South Korea") or
glued before the role ("South Chungcheong Province, Students at ...").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

# paragraphs, the start of the quotation, the whole speaker
RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['"The stairs are the hard part," said a retired nurse in Gangseo-gu, western Seoul.'],
        "The stairs are",
        "a retired nurse in Gangseo-gu",
    ),
    (
        ['"Rain came too late," said a melon grower from Seongju, North Gyeongsang Province.'],
        "Rain came too late",
        "a melon grower from Seongju",
    ),
    (
        ['"We open at six," said a baker in Jung-gu, Daegu.'],
        "We open at six",
        "a baker in Jung-gu",
    ),
]

# near misses: the same frames, answered as before the round
KEEP: list[tuple[list[str], str, str]] = [
    (  # a person's name after the role's comma: the role names that person
        ['"We open at six," said a baker in Jung-gu, Gong Yu-ri.'],
        "We open at six",
        "Gong Yu-ri, a baker in Jung-gu",
    ),
    (  # no place before the comma: the name the role gives
        ['"We open at six," said the bakery\'s owner, Gong Yu-ri.'],
        "We open at six",
        "Gong Yu-ri, the bakery's owner",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round231(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker
