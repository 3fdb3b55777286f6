"""Round 226: what a past "called" calls its object is the subject's words.

Invented sentences only (no name or sentence from a corpus article). A lowercase quotation right
after a past "called" (or "calling"), a determiner and one to three lowercase words is the
object's complement: 'The mayor called the delay "a month too long"' judges the delay in the
mayor's words, whatever the object's noun. Before the round, a noun that also heads a title or
a term ("the app", "the award", "the terms") made the quotation that title or term, and a
complement shaped like a noun phrase ("six months late") a thing's name, and the span was
dropped.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, words the speaker must hold
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # an app's noun before the complement
        ['Pyo Dal-rae, 68, tried the new banking service. She called the app "hard on old eyes."'],
        "hard on old eyes",
        "Pyo Dal-rae",
    ),
    (  # an award's noun
        [
            'Novelist Seok Yun-bi, whose first book came out in 1994, called the award "late by'
            ' three decades" in a short speech.'
        ],
        "late by three decades",
        "Seok Yun-bi",
    ),
    (  # a term's noun ("terms" of a contract)
        ['Farm owners must repay the loans within a year. Gong Tae-min called the terms "harsh".'],
        "harsh",
        "Gong Tae-min",
    ),
    (  # a complement shaped like a noun phrase
        ['Coach Dokgo Seung-ryeol called the decision "six months late" and asked for a review.'],
        "six months late",
        "Dokgo Seung-ryeol",
    ),
]

# near misses: the same frames, answered as before the round (no quotation extracted)
KEEP: list[tuple[list[str], str]] = [
    (  # a present "call": a habitual name
        ['Growers call the disease "black spot" and burn the leaves.'],
        "black spot",
    ),
    (  # a name repeating the object's noun
        ['The startup called the robots "river robots" in its first brochure.'],
        "river robots",
    ),
    (  # a short bare plural for a plural object: a nickname
        ['State media called the crews "iron horses" and praised their speed.'],
        "iron horses",
    ),
    (  # "the" outside the marks: a nickname
        ['Cadets called the old barracks the "icebox" for decades.'],
        "icebox",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round226_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "text"), KEEP)
def test_round226_keeps(paragraphs: list[str], text: str) -> None:
    from herald_tui.quotes import extract_quotes

    assert not [q for q in extract_quotes("", paragraphs) if text in q.text]
