"""Round 355: a whiteboard, a chalkboard or a blackboard is a document that reads.

Invented sentences only. 'A chalkboard by the counter reads, "..."' gave the words no speaker,
while 'A sign by the counter reads' gave them to the sign: a writing surface was no document
noun, so the subject reader found no phrase before "reads". "whiteboard", "chalkboard" and
"blackboard" join the document nouns (the corpus README labels such words with the document's
noun).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['A chalkboard by the noodle counter reads, "Yes, it is spicy. That is the point."'],
        "Yes, it is spicy. That is the point.",
        "A chalkboard",
    ),
    (
        [
            "On the wheelhouse wall, a whiteboard keeps the count in marker:"
            ' "Traps: 40. Crabs: 312."'
        ],
        "Traps: 40. Crabs: 312.",
        "a whiteboard",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_board_reads(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_company_board_stays_a_body() -> None:
    # near miss: read the same before this round
    paragraphs = ['The company\'s board said the merger was "in the interest of all shareholders."']
    assert speaker_for(paragraphs, "in the interest of all shareholders.") == "The company's board"
