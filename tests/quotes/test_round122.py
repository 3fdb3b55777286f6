"""Round 122: whose words state media print under a photo, and a plural no description holds.

Invented sentences only (no name or sentence from a corpus article). 'ran a photo of a
passenger, NAME, a crane operator, ... with her words printed beneath: "..."' is NAME's (the
person the sentence named last before "her words"; "words" before a colon and a quoted
sentence is no word mentioned as a word); 'the paper printed her words: "..."' likewise;
'The caption quoted NAME, an 11-year-old pupil in X: "..."' is the pupil's (who "quoted" names
right before the colon speaks, not the caption). "the players" is no one a description of
one player ("the youngest player") holds. Near misses keep their answer: "the words" of an
anthem stay no one's word, "quoted NAME as saying", a caption with no person quoted, and one
player's own words.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEAD = "SEOUL, May 3 (Yonhap) -- North Korea opened a textile mill in Sinuiju, state media said."

# (paragraphs after the lead, piece of the quotation, what the speaker must contain); fail on s24
RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The Rodong Sinmun ran a photo of a smiling worker in a padded coat, Kye Sol-mi, a "
            '34-year-old weaver at the mill, under the headline "Threads of Joy," with her words '
            'printed beneath: "The mill is warmer than my house."'
        ],
        "warmer than my house",
        "Kye Sol-mi",
    ),
    (
        [
            "Under a photo of Kye Sol-mi, a weaver, the paper printed her words: "
            '"The looms sing all night."'
        ],
        "looms sing",
        "Kye Sol-mi",
    ),
    (
        [
            "The caption quoted Tong Ha-rim, a 12-year-old pupil in Sinuiju: "
            '"My coat smells like the mill."'
        ],
        "coat smells",
        "Tong Ha-rim",
    ),
    (
        [
            "Mo Ye-rang, 19, the youngest player on the mill's volleyball team, joined in May.",
            "Before every match, the players stand in a circle and shout the same words: "
            '"One more point!"',
        ],
        "One more point",
        "players",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "KCNA quoted Ok Chang-bom, the mill's manager, as saying the mill would "
            '"double its output."'
        ],
        "double its output",
        "Ok Chang-bom",
    ),
    (
        ['"We will finish the second hall by winter," KCNA quoted Ok Chang-bom as saying.'],
        "second hall",
        "Ok Chang-bom",
    ),
    (
        [
            "Mo Ye-rang, 19, the youngest player on the team, joined in May. "
            '"I still get lost in the mill," the youngest player said.'
        ],
        "lost in the mill",
        "Mo Ye-rang",
    ),
]


def _speaker(paragraphs: list[str], piece: str) -> str | None:
    found = [
        q for q in extract_quotes("N. Korea opens mill", [_LEAD, *paragraphs]) if piece in q.text
    ]
    assert len(found) == 1
    return found[0].speaker


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), RESOLVE)
def test_round122_resolves(paragraphs: list[str], piece: str, speaker: str) -> None:
    got = _speaker(paragraphs, piece)
    assert got is not None and speaker in got


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), KEEP)
def test_round122_keeps(paragraphs: list[str], piece: str, speaker: str) -> None:
    got = _speaker(paragraphs, piece)
    assert got is not None and speaker in got


def test_round122_anthem_words_stay_a_term() -> None:
    paragraph = 'The choir sang the words of the anthem: "Let morning shine."'
    found = extract_quotes("N. Korea opens mill", [_LEAD, paragraph])
    assert all(q.speaker is None for q in found if "morning" in q.text)
