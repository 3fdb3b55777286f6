"""Round 306: a body's "which" clause holding a quotation still leaves the body the subject.

Invented sentences only. 'The Haeon Allergy Society, which runs a campaign called "Know Your
Rash", said peach allergies had become "..."' gave the words to "peach allergies": the quotation
before ", said" read as the words of an inverted '"...," said NAME'. Round 15 reads a quotation
that closes a person's relative clause ('NAME, whom students call "...," said') as no such
words; a body's "which" clause is one too, with its comma inside the marks or after them.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            'The Haeon Allergy Society, which runs a campaign called "Know Your Rash", said peach'
            ' allergies, often linked to pollen, had become "common among office workers."'
        ],
        "common among office workers",
        "Haeon Allergy Society",
    ),
    (
        [
            'The Dasom Health Network, which campaigns against what it calls "pad poverty," said'
            ' the program "should not depend on the mayor."'
        ],
        "should not depend on the mayor",
        "Dasom Health Network",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round306(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_an_inverted_attribution_after_a_quotation_still_reads() -> None:
    # near miss: a quotation with no relative clause before ", said" is the inverted words
    paragraph = '"We will review it," said the Haeon Allergy Society.'
    found = speaker_of([paragraph], "We will review it")
    assert found is not None and "Haeon Allergy Society" in found
