"""Round 386: "In a joint statement, the two ministers pledged ..." is the statement's.

Invented sentences only. Round 167 credits the joint document a pair no one names speaks
through ('In a joint statement, the two sides said ...'), as the corpus labels it; but only
when nothing else was read as the verb's subject, and "the two ministers" or "the two
governments", unlike "the two sides", is read as a mention of its own. The joint document is
now asked first whenever the subject is no name. A pair named in the sentence keeps its words.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "In a joint statement issued after the talks, the two ministers pledged to"
            ' "map every wetland on the flyway by 2030."'
        ],
        "map every wetland on the flyway by 2030.",
        "a joint statement",
    ),
    (
        [
            "In a joint statement, the two governments agreed to treat the archive as"
            ' "a shared inheritance."'
        ],
        "a shared inheritance.",
        "a joint statement",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_an_unnamed_pair_speaks_through_the_statement(
    paragraphs: list[str], text: str, expected: str
) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_no_joint_document_no_statement() -> None:
    # near miss: no document opens the sentence, so the pair stays the speaker
    paragraphs = [
        'After the talks, the two ministers pledged to "map every wetland on the flyway by 2030."'
    ]
    assert speaker_for(paragraphs, "map every wetland on the flyway by 2030.") == "two ministers"
