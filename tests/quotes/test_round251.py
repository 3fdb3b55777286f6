"""Round 251: a person named later by a word of their name that is neither first nor last.

Invented sentences only (no name or sentence from a corpus article). Two shapes:

- "Japan's Sato Ren", then "Sato said": a country's possessive before a name is no part of
  the name, so the surname that opens the name after it (East Asian names put it first) finds
  the person, as "Kim" finds "Kim Min-ji".
- Round 238's reading, merged here: "Lucia Pardo Rivas", then "Pardo said": the one person
  named in full with three words or more whose next-to-last name it is (Spanish copy names a
  person by the first of two surnames).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "Japan's Sato Ren finished second, and China's Lin Haoyu took bronze.",
            '"The last lap was the hardest I have skated," said Sato.',
            '"I will be back next winter," Lin said.',
        ],
        "The last lap was the hardest",
        "Sato Ren",
    ),
    (
        [
            "Japan's Sato Ren finished second, and China's Lin Haoyu took bronze.",
            '"The last lap was the hardest I have skated," said Sato.',
            '"I will be back next winter," Lin said.',
        ],
        "I will be back next winter",
        "Lin Haoyu",
    ),
    (
        [
            "Trade Minister Ha met her Peruvian counterpart, Lucia Pardo Rivas, on Monday.",
            '"We came for the copper and stayed for the ports," Pardo said at a dinner.',
        ],
        "We came for the copper",
        "Lucia Pardo Rivas",
    ),
]

NEAR_MISSES: list[tuple[list[str], str, str]] = [
    (  # the last word still names a Western name after a possessive
        ["Brazil's Rafael Souza took bronze.", '"I was lucky," Souza said.'],
        "I was lucky",
        "Rafael Souza",
    ),
    (  # a Korean surname after a possessive, as before
        ["Korea's Park Tae-o took bronze.", '"I was lucky," Park said.'],
        "I was lucky",
        "Park Tae-o",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES + NEAR_MISSES)
def test_round251(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
