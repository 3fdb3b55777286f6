"""Round 253: an appositive cut short by a quoted title is not shown half-written.

Invented sentences only (no name or sentence from a corpus article). The panel showed
'Baek Na-yun, a state-designated holder of' when the appositive ran into a quoted title
('... holder of "Important Intangible Heritage No. 0"'), and 'Seo, a welterweight known as
the' before a quoted nickname. A naming participle at the appositive's end ("known as the",
"nicknamed") is cut with what follows it; an appositive that still ends on a word no
description ends on ("of", "the", "whom ...") is left out, and the name shown alone.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes._speakers import _dangles
from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            'Baek Na-yun, a state-designated holder of "Folk Knot Craft No. 9," said the cords'
            ' are "slower to tie than they look."'
        ],
        "slower to tie",
        "Baek Na-yun",
    ),
    (
        [
            'Seo Gwang-rok, a welterweight known as the "Mokpo Mule," said he was "ready for'
            ' five rounds."'
        ],
        "ready for five rounds",
        "Seo Gwang-rok, a welterweight",
    ),
    (  # near miss: a whole appositive is shown as before
        ['Ji Da-hyeon, a potter in Icheon, said the kiln was "older than the village."'],
        "older than the village",
        "Ji Da-hyeon, a potter in Icheon",
    ),
    (  # near miss: a capitalised name at the end is no dangling "at" ("aT" is a body)
        ['Ko Bo-ri, a director at aT, said exports were "up by a third."'],
        "up by a third",
        "Ko Bo-ri, a director at aT",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round253(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker


@pytest.mark.parametrize(
    ("appositive", "dangles"),
    [
        ("whom her teammates have nicknamed", True),
        ("one of a handful of", True),
        ("a potter in Icheon", False),
        ("head of the export division at aT", False),
    ],
)
def test_dangling_appositives(appositive: str, dangles: bool) -> None:
    assert _dangles(appositive) is dangles
