"""Round 389: a short quotation that opens a clause is the speaker's, not a thing's name.

Invented sentences only. Round 14 reads a short lowercase quotation used as a noun phrase as
the name of a kind of thing. One opening with "if", "where", "wherever", "unless" or another
word that opens a clause ('would release stockpiled fruit "if prices rise further"') was read
so and dropped; such words never open a thing's name, so it is the speaker's phrase again.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speakers

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['The fisheries agency said it would release frozen squid "if prices surge."'],
        "if prices surge.",
        "The fisheries agency",
    ),
    (
        ['The county said it would open warming shelters "when temperatures plunge."'],
        "when temperatures plunge.",
        "The county",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_a_clause_is_the_speaker_s(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_thing_named_after_a_verb_stays_a_name() -> None:
    # near miss: a noun phrase that opens with no clause word still names a kind of thing
    paragraphs = [
        'The county will open "roadside warming shelters" first, and its mayor said the plan was'
        ' "the least we owe the villages."'
    ]
    assert speakers(paragraphs) == ["its mayor"]
