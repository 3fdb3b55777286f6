"""Round 233: a thing named after "called" or "titled" in the object ends no clause.

Invented sentences only (no name or sentence from a corpus article). A quotation right after a
naming participle that follows a lowercase noun ('a campaign called "..."', 'an editorial
titled "..."') is that thing's name inside the clause's object: it is no boundary between the
sentence's subject and a second verb of the same subject, and the participle is no clause of
saying that would leave that verb with no one. 'The league has run a program called "...,"
and urged clubs to "..."' gives the second quotation to the league, as it did with no name in
the object.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, words the speaker must hold
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # "called" in the object, a comma and "and urged"
        [
            'The Korea Cycling Safety League has run a campaign called "Bell Before Brake" since'
            ' spring, and urged riders to "slow down near every crossing."'
        ],
        "slow down near every",
        "Korea Cycling Safety League",
    ),
    (  # "titled", then a participle
        [
            'The Minju Chosun ran an editorial titled "Roads of Iron" on its front page, calling'
            ' the new highway "a monument to the people."'
        ],
        "a monument to the people",
        "Minju Chosun",
    ),
]

# near misses: the same frames, answered as before the round
KEEP: list[tuple[list[str], str, str | None]] = [
    (  # a clause of saying before the second verb: its words, not the subject's
        [
            'The league said riders had a new campaign called "Bell Before Brake," and urged'
            ' them to "slow down."'
        ],
        "slow down",
        "league",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round233(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
