"""A past tense between a subject and a role noun ends the role phrase (review, session 19).

Invented sentences. "The delay angered commuters" was read as one role phrase headed by
"commuters" (every lowercase word may modify a noun), so a quotation of the commuters showed
the whole clause as its speaker: "The delay angered commuters". A past tense after a noun
("delay angered") is the verb of the clause, and the role phrase starts after it; after a
determiner, an adverb, a number, a possessive or a hyphenated word the "-ed" word describes
the noun ("the retired teachers", "the newly elected lawmakers") and stays in the phrase.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_speaker

OBJECT_SPEAKS: list[tuple[list[str], str]] = [
    (
        [
            "The bus strike stranded commuters across Daejeon on Monday.",
            '"We have been waiting since six," the commuters said.',
        ],
        "the commuters",
    ),
    (
        [
            "The fare rise angered pensioners, who said the city had "
            '"broken a promise made at the ballot box."'
        ],
        "pensioners",
    ),
    (
        [
            "Organisers said the closure has angered vendors, who said the market was "
            '"the only income we have."'
        ],
        "vendors",
    ),
]

DESCRIBED_KEEPS: list[tuple[list[str], str]] = [
    (
        ['The retired teachers said the pension cut was "a betrayal of forty years."'],
        "The retired teachers",
    ),
    (
        ['The newly elected councillors said the budget was "a place to start."'],
        "The newly elected councillors",
    ),
    (
        ['Two injured workers told reporters the scaffold was "never inspected."'],
        "Two injured workers",
    ),
    (
        ['The state-appointed doctors said the ward was "safe again."'],
        "The state-appointed doctors",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), OBJECT_SPEAKS)
def test_the_object_of_a_past_tense_is_the_speaker(paragraphs: list[str], speaker: str) -> None:
    assert last_speaker(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), DESCRIBED_KEEPS)
def test_a_participle_describing_the_noun_stays_in_the_phrase(
    paragraphs: list[str], speaker: str
) -> None:
    assert last_speaker(paragraphs) == speaker
