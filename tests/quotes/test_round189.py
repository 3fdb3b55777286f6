"""Round 189: which of two named people said it.

Invented sentences only (no name or sentence from a corpus article).

- "he", "she" or "the 81-year-old" never means a place or a body (a name ending in "County"
  or "Province", or one known only by body nouns): when the one it would mean is such, the
  one person named by a personal name in its paragraph or the one before, else no one.
- A Korean surname that is also a role noun ("Son") written alone, capitalised, as the
  subject of the clause a speaker reports ('Baek said Son had come ... and told him, "..."')
  is that person, whose words the quotation gives.
- A speaking pronoun or role noun ("the poet said") never means someone described as late
  ("her late teacher, the poet NAME"): the newest living person it fits.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

_CRAB = [
    "Tan Mu-yeol has hauled pots off Hwajin for 30 years.",
    "Samcheok County said in a statement it would fund new reefs. "
    '"We will not let the harbor die," the county said.',
    '"The sea gives what it gives," goes an old saying on the docks, and Tan has come to '
    "believe it.",
    "Asked whether his daughter would take over his boat, he laughed. "
    '"She works in Daejeon. She is smarter than me," he said.',
]
_PINE = (
    "Each April, Gyeon Bo-ryeong rides three hours from Suwon to a pine grove in Inje, Gangwon "
    "Province, leaves rice cakes at its roots and reads the paper aloud to his wife."
)
_DINNER = "Coach Baek Il-chan spoke at the year-end dinner, where catcher {} sat beside him."
_TOLD = (
    "Baek said {} had come to his office after the first practice in camp and told him, "
    '"Trust the kid and stop worrying."'
)
_POET = "Poet Jeup Ha-ul read from her new collection on Sunday."

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (_CRAB, "She works in Daejeon", "Tan Mu-yeol"),
    (
        [_PINE, '"I talk to a pine now. My grandson thinks that is normal," the 81-year-old said.'],
        "I talk to a pine",
        "Gyeon Bo-ryeong",
    ),
    ([_PINE, '"I talk to a pine now," he said.'], "I talk to a pine", "Gyeon Bo-ryeong"),
    (
        [_DINNER.format("Son Ha-gyeol"), _TOLD.format("Son")],
        "Trust the kid",
        "Son Ha-gyeol",
    ),
    (
        [
            _POET,
            "Jeup said she no longer rewrote old poems. Her late teacher, the poet Seomun Yeo-jin, "
            'had told her, she said, that "a finished poem belongs to its readers."',
            '"It took me a decade to believe that," the poet said.',
        ],
        "It took me a decade",
        "Jeup Ha-ul",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (_CRAB, "We will not let the harbor", "Samcheok County"),
    (
        [
            "Bin Seo-ah runs a bakery in Mokpo City, where she has worked since 2001.",
            '"Bread is patience," she said.',
        ],
        "Bread is patience",
        "Bin Seo-ah",
    ),
    (
        [_DINNER.format("Moon Ha-gyeol"), _TOLD.format("Moon")],
        "Trust the kid",
        "Moon Ha-gyeol",
    ),
    (
        [
            _POET,
            "Jeup said she no longer rewrote old poems. Her late teacher, the poet Seomun Yeo-jin, "
            'had told her, she said, that "a finished poem belongs to its readers."',
        ],
        "a finished poem",
        "Seomun Yeo-jin",
    ),
    (
        [
            _POET,
            'Her teacher, the poet Seomun Yeo-jin, sat in the front row. "She was always '
            'stubborn," the poet said.',
        ],
        "She was always stubborn",
        "Jeup Ha-ul",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round189_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round189_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
