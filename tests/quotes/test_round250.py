"""Round 250: a past tense followed by a day is the sentence's verb, not a participle.

Invented sentences only (no name or sentence from a corpus article). 'A union of bus drivers
rallied in Seoul on Tuesday, saying ...' showed its speaker as "A union of bus drivers rallied
in Seoul": "rallied in Seoul" was read as a reduced relative describing the drivers, as
"a prosecutor involved in the case" is. A day after the verb's place ("on Tuesday") is a time
the sentence's own verb takes, so the word is that verb and the phrase ends before it.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            "A union of school bus drivers rallied in central Gwangju on Thursday, saying"
            ' drivers are "worn to the bone."'
        ],
        "worn to the bone",
        "A union of school bus drivers",
    ),
    (
        [
            "SEOUL, March 3 (Yonhap) -- A group of ferry crews rallied at the port authority in"
            " Mokpo on Monday to demand longer rests, calling the rosters"
            ' "a recipe for a wreck."'
        ],
        "a recipe for a wreck",
        "A group of ferry crews",
    ),
    (
        [
            "Hundreds of contract nurses rallied in front of the health ministry building in"
            ' Sejong on Saturday, calling the plan "a cut in disguise."'
        ],
        "a cut in disguise",
        "contract nurses",
    ),
    (  # near miss: a participle's day is the verb's after it, and the description stays
        [
            "A prosecutor involved in the fraud case said on Friday the charges were"
            ' "fully justified."'
        ],
        "fully justified",
        "A prosecutor involved in the fraud case",
    ),
    (  # near miss: a participle of place keeps its noun whatever follows ("stationed")
        ['A soldier stationed in Yeoncheon on Monday called the drill "a long night."'],
        "a long night",
        "A soldier stationed in Yeoncheon",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round250(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
