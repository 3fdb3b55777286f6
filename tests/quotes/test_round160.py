"""Round 160: written words and subjects past a clause or a document.

Invented sentences only (no name or sentence from a corpus article). Three rules:

- a "where" clause after a role or body subject ('Doctors at the X, where ..., called it') says
  what happened at the place; the whole phrase is still the subject, not the body inside it;
- "has/have/had written" reports written words as "wrote" does ('On the lid, a potter had
  written: "..."'); a passive "had been written" and a bare participle do not;
- a document after "in" ('and in an editorial of its own called') is what the subject spoke
  in, never the subject: a verb coordinated after "and" or "but" takes the sentence's subject.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Doctors at Hanbit Hospital, where the trial was held over two winters, called "
            'the drug "a quiet breakthrough."'
        ],
        "a quiet breakthrough",
        "Doctors at Hanbit Hospital",
    ),
    (
        ['Inside the lid of the box, a potter had written in ink: "Fire is never in a hurry."'],
        "Fire is never",
        "potter",
    ),
    (
        [
            "Seo Ha-rin, 17, carries a climbing diary everywhere. On its last page, she has "
            'written: "Breathe first, then reach."'
        ],
        "Breathe first",
        "Seo Ha-rin",
    ),
    (
        [
            "The Minju Choson, the cabinet daily, printed the speech under the headline "
            '"Walls Fall Inward," and in a commentary of its own called the envoy a '
            '"reckless gambler."'
        ],
        "reckless gambler",
        "Minju Choson",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Officials at the Daegu City Hall, who declined to be named, called the route "
            '"a rushed plan."'
        ],
        "a rushed plan",
        "Officials at the Daegu City Hall",
    ),
    (
        ['On the gate of the farm, a beekeeper wrote: "Close slowly, the bees are asleep."'],
        "Close slowly",
        "beekeeper",
    ),
    (['The editorial called the tariff plan a "reckless gamble."'], "reckless gamble", "editorial"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round160_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round160_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
