"""Round 206: labelled terms that still got a speaker.

Invented sentences only (no name or sentence from a corpus article).

* "Appoint" right before "a" and one to three lower-case quoted words with no punctuation
  of their own: the name of the post, not a quotation ('will appoint a "harbor warden" to
  ...'). Round 100's wider "introduce / add / adopt a ..." stays out ('add a "fresh
  chapter"' keeps its speaker).
* After a naming verb right before the marks ('what growers call "ghost fees," the discounts
  granted to ...'), an "-ed" word after the comma is a participle glossing the name, not a verb
  of speaking whose subject would be the speaker.
* Two to four lower-case quoted words after "what X termed/calls/dubbed" that run straight
  into a plural noun ('what it termed "pay as you go" clinics'): the name of a kind of thing.

Near misses keep their speaker: a judgement after "a" and a verb of judging or threatening,
a full clause in marks after a verb of bringing in, an inverted speaker after an ordinary
quotation, and an adjective's phrase after "what it called".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

_LEDE = "SEJONG, March 4 (Yonhap) -- The fisheries ministry unveiled a plan for small ports."

RESOLVE: list[tuple[list[str], str]] = [
    (
        [_LEDE, 'The ministry said each port would appoint a "harbor warden" to check moorings.'],
        "harbor warden",
    ),
    (
        [_LEDE, 'Officials said the ministry appointed a "night mayor" for each island town.'],
        "night mayor",
    ),
    (
        [
            _LEDE,
            "The court awarded lost income but rejected a claim for what the growers "
            'called "ghost fees," the discounts granted to late buyers of the crop.',
        ],
        "ghost fees",
    ),
    (
        [
            _LEDE,
            'The survey also counted, for the first time, what it termed "pay as you go" '
            "clinics, small practices run without insurance contracts.",
        ],
        "pay as you go",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [_LEDE, 'Minister Jeon Ha-rim said the plan would add a "fresh chapter" to island life.'],
        "fresh chapter",
        "Jeon",
    ),
    (
        [_LEDE, 'Minister Jeon Ha-rim called the move a "bold step" for island towns.'],
        "bold step",
        "Jeon",
    ),
    (
        [
            _LEDE,
            'The ministry said it would introduce "whatever it takes to keep boats safe," '
            "without giving a date.",
        ],
        "whatever it takes",
        "ministry",
    ),
    (
        [_LEDE, '"The wardens start in May," said Bong Ye-seul, a ministry planner.'],
        "The wardens",
        "Bong",
    ),
    (
        [_LEDE, 'Rep. Seok Dae-hyun denounced what he called "highly provocative" drills.'],
        "highly provocative",
        "Seok",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start"), RESOLVE)
def test_round206_term_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round206_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
