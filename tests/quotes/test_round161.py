"""Round 161: body phrases after a place, nationality adjectives and relative "that".

Invented sentences only (no name or sentence from a corpus article). Three rules:

- "the", one capitalised word (a place or a nationality), at most one lowercase modifier and a
  lowercase body noun before a comma, "said" or "which" ('The Dalseong growers cooperative,
  which ..., said') is the body speaking, not the place name alone;
- (left out at the merge, kept as a strict xfail) a determiner ("that", "which", "the") never
  ends a prepositional phrase: 'a sign at the town gate that reads:' would be "a sign", the
  "that" opening a relative clause; on the reused held-out splits it turned one right speaker
  wrong (and took one term off), so it was not merged; round 168's narrower rule (no "that"
  ends the phrase before "that read(s)") passes the case, so it is a plain test now;
- capitals opening a sentence and closing on a nationality, before lowercase words running to
  the verb ('Rusted Chinese cargo ships have run aground'), are an adjective phrase that names
  no one (never a person a later "she" means); before a name they stay a title.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The Dalseong growers cooperative, which speaks for about 300 farms, said in a "
            'statement that prices had fallen "too far and too fast" this year.'
        ],
        "too far and too fast",
        "Dalseong growers cooperative",
    ),
    (
        [
            "The Yeoncheon port authority, which runs the ferry docks, said the new berth was "
            '"not ready for winter."'
        ],
        "not ready for winter",
        "Yeoncheon port authority",
    ),
    (
        [
            "Moon Seo-yeon, 41, a marine surveyor, has studied the wrecks for a decade.",
            "Rusted Chinese cargo ships have run aground on the island twice this year. "
            '"Most of them were built before 1990," she said.',
        ],
        "Most of them",
        "Moon Seo-yeon",
    ),
]

DANGLING: list[tuple[list[str], str]] = [
    (
        [
            "Mayor Ko Dal-soo, 58, met the returning families. He has hung a sign at the town "
            'gate that reads: "Welcome home, all of you."'
        ],
        "Welcome home",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The Gimhae city council, which runs the docks, said the plan was "
            '"not ready for a vote."'
        ],
        "not ready for a vote",
        "Gimhae city council",
    ),
    (
        ['The Japanese foreign ministry said it was "deeply concerned" by the launch.'],
        "deeply concerned",
        "Japanese foreign ministry",
    ),
    (
        [
            "Nigerian outside back Emeka Obi joined the club on Friday. "
            '"I came here to win titles," he said.'
        ],
        "I came here",
        "Emeka Obi",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round161_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start"), DANGLING)
def test_round161_no_relative_pronoun_ends_a_speaker(paragraphs: list[str], start: str) -> None:
    got = speaker_of(paragraphs, start)
    assert got is None or got.split()[-1] not in ("that", "which")


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round161_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
