"""Round 156: terms against partial quotations after "called", "what X called" and "of".

Invented sentences only (no name or sentence from a corpus article). The rules:

* a word noun ("label", "slogan") that is the object of "call" before a quotation opening
  with "a"/"an" is judged by it: 'called the slogans "a cheap trick"' is the speaker's partial,
  not the slogan's words;
* "the" after 'what he/she/NAME called' (one person's judgement) or after "for" and a verb of
  asking ('asked Seoul for the "prompt return" of ...') keeps the speaker's partial;
* a body's own unit or room ('its "night cleanup team"', 'what it called a "quiet work
  room"') is its name, a term (a body's 'what it called a "smear campaign"' stays its
  judgement).

Left out at the merge: 'a list of "..."' read as a term (right 1 in tuning49) dropped a
labelled quotation on a reused held-out split.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Ryu Han-byeol, who chairs the tenants' group, said the posters were misleading. "
            'She called the slogans "a cheap trick with bright colors."'
        ],
        "a cheap trick",
        "Ryu",
    ),
    (
        ['Rep. Seok Da-un dismissed what he called the "yearly farce" of the budget hearings.'],
        "yearly farce",
        "Seok",
    ),
    (
        [
            "The fisheries ministry said Monday it had asked Indonesian officials for the "
            '"prompt return" of nine sailors held at a port there.'
        ],
        "prompt return",
        "ministry",
    ),
    (
        ['Rep. Na Ui-jin said the city had activated its "rapid cleanup team" for the floods.'],
        "rapid cleanup team",
        None,
    ),
    (
        [
            "A court found that the insurer moved older staff to what it called a "
            '"quiet work room," where they sat idle for a year.'
        ],
        "quiet work room",
        None,
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['The party condemned what it called a "smear campaign" by the prosecutors.'],
        "smear campaign",
        "party",
    ),
    (
        ['Rep. Goh Min-seul criticized what she called a "tired slogan team."'],
        "tired slogan team",
        "Goh",
    ),
    (
        [
            "The foreign ministry on Monday criticized the decision to keep it on a US list of "
            '"nations of concern" as "unfair," and said it would appeal.'
        ],
        "unfair",
        "ministry",
    ),
    (
        ['Critics mocked the label "Green Hub" on the new tower, the report said.'],
        "Green Hub",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round156_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round156_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
