"""Round 348: a prepositional phrase's object of up to nine tokens stays whole in the speaker.

Invented sentences only. 'An official at the North Gyeongsang provincial government's marine
fisheries division said' was shown as "... government's marine": the object after "at" was read
over six tokens at most, so a longer one was no object and a shorter phrase ending mid-noun was
taken instead. The object may now run to nine tokens; one longer than six holds no past or
finite verb ('NAME of South Korea won the ... championship' is a clause, and stays one).
A string repair.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "An official at the North Gyeongsang provincial government's marine fisheries"
            ' division said the quota was "already too high."',
        ],
        "already too high.",
        "An official at the North Gyeongsang provincial government's marine fisheries division",
    ),
    (
        [
            '"Once the money leaves the country, tracing it takes months," said an investigator'
            " at the Korea Customs Service's foreign exchange crimes unit.",
        ],
        "Once the money leaves the country, tracing it takes months,",
        "an investigator at the Korea Customs Service's foreign exchange crimes unit",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_whole_object_is_shown(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_clause_after_of_stays_out() -> None:
    # near miss: read the same before this round
    paragraphs = [
        "Bok Chan-ui of South Korea won the three-cushion billiards world championship on Sunday.",
        '"I was lucky with the last shot," Bok said.',
    ]
    assert speaker_for(paragraphs, "I was lucky with the last shot,") == (
        "Bok Chan-ui of South Korea"
    )
