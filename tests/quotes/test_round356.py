"""Round 356: an entry, a manual, a script and an invitation are documents that read.

Invented sentences only. 'One entry, written in a child's hand, reads: "..."', 'The crane's
operating manual states that loading must stop "..."', 'Callers were given scripts telling them
to "..."' and 'Their paper invitations carried one line: "..."' gave the words no speaker (or a
body nearby): none of the four nouns was a document noun. They join the document nouns the
subject reader and the document rules know. Not "card" (a card issuer's name, "Hana Card", ends
with it) nor "label" (a record label is a company).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "A guest book at the exit had filled 30 pages by Sunday. One entry, written in a"
            ' child\'s uneven hand, read: "The throne looked cold."'
        ],
        "The throne looked cold.",
        "One entry",
    ),
    (
        [
            "The crane's operating manual, submitted as evidence, states that loading must stop"
            ' "when the wind at the top exceeds 10 meters per second."'
        ],
        "when the wind at the top exceeds 10 meters per second.",
        "The crane's operating manual",
    ),
    (
        [
            "When the couple married last month, their paper invitations carried one line at the"
            ' bottom: "Please come empty-handed."'
        ],
        "Please come empty-handed.",
        "their paper invitations",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_document_reads(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_card_company_stays_a_company() -> None:
    # near miss: read the same before this round
    paragraphs = ['Dasom Card said it would "refund every customer in full."']
    assert speaker_for(paragraphs, "refund every customer in full.") == "Dasom Card"
