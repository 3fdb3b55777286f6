"""Round 210: wrong speakers that recur across splits.

Invented sentences only (no name or sentence from a corpus article). Rule:

1. A quotation set after a word that makes it a title ('a commentary titled "..."', 'an essay
   entitled "..."', 'under the headline "..."', 'headlined "..."') names a work in the
   clause's object: nobody's words and no end of the clause. Looking back from a later verb
   coordinated with the sentence's own ('... and called it "..."', ', calling it "..."'),
   the reader steps over it to the sentence's subject, who says what follows (before, the
   title ended the search and the later quotation had no speaker).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

# paragraphs, the text the quotation must have, a word of its speaker
RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            'The Tongil Sinbo, the ruling party\'s daily, ran an essay titled "Bridges Fall" '
            'on its second page, calling the plan "a crime against the nation."',
        ],
        "a crime against the nation.",
        "Tongil Sinbo",
    ),
    (
        [
            "The Haneul Workers' Union, the largest union at the plant, published a report "
            'titled "Broken Shifts" and called the new schedule "a recipe for accidents."',
        ],
        "a recipe for accidents.",
        "Haneul Workers' Union",
    ),
    (
        [
            'Governor Pyeon Dal-su released a plan titled "Green Roads" on Monday and called '
            'the old policy "a dead end."',
        ],
        "a dead end.",
        "Pyeon Dal-su",
    ),
    (
        [
            'The Tongil Sinbo ran photos of the dam under the headline "Rivers Obey Us" and '
            'said the project would "feed the whole county."',
        ],
        "feed the whole county.",
        "Tongil Sinbo",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # no title: the subject was read before as well
        [
            'Governor Pyeon Dal-su released a plan on Monday and called the old policy "a '
            'dead end."',
        ],
        "a dead end.",
        "Pyeon Dal-su",
    ),
    (  # a title in another sentence: the next sentence has its own subject
        [
            'A report titled "Broken Shifts" was published on Monday. Union leader Sa '
            'Mun-gyeong called it "long overdue."',
        ],
        "long overdue.",
        "Sa Mun-gyeong",
    ),
    (  # a second clause with a subject of its own after the title: that subject speaks
        [
            'Critic Bok Yun-seul reviewed a film titled "Quiet Rivers," and director Gal '
            'Ha-seon called the review "unfair."',
        ],
        "unfair.",
        "Gal Ha-seon",
    ),
    (  # "described ... as" after an "entitled" title was read before
        [
            'Rep. Yeom Ga-ram posted a video entitled "Ask Me Anything" and described the '
            'bill as "a tax on the young."',
        ],
        "a tax on the young.",
        "Yeom Ga-ram",
    ),
]


def _found(paragraphs: list[str], text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", paragraphs) if q.text == text]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), RESOLVE)
def test_round210_steps_over_a_title(paragraphs: list[str], text: str, speaker: str) -> None:
    found = _found(paragraphs, text)
    assert found, [q.text for q in extract_quotes("", paragraphs)]
    assert found[0] is not None and speaker in found[0]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KEEP)
def test_round210_keeps_near_miss(paragraphs: list[str], text: str, speaker: str | None) -> None:
    found = _found(paragraphs, text)
    assert found, [q.text for q in extract_quotes("", paragraphs)]
    assert speaker is None or (found[0] is not None and speaker in found[0])
