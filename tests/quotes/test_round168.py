"""Round 168: which person or thing speaks (a periodical's title in the subject, an adverb set
off in an opening clause, a notice one person posted, a document past an aside, one reply).

Invented sentences only (no name or sentence from a corpus article).

* A periodical's quoted title right after its noun ('A reviewer for the weekly "..." called')
  is inside the subject phrase: no end of the clause and no inverted tag; "reviewer" is a role.
* An adverb two commas set off ('Asked whether it, too, would ...,') does not close a
  sentence's opening clause: the subject after the next comma leads into the quotation.
* A relative "that" never ends the phrase before "that read(s)"; a notice "he" or "she"
  posted or wrote that reads "..." is that person's (a body's or a group's banner speaks as
  itself).
* A document subject keeps its colon past an aside set off by commas ('The audit, a copy of
  which ..., lists ...:').
* 'One of the most-liked read:' after '... drew dozens of replies' is one reply.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The actor Bae Su-ri plays the grandmother.",
            'A reviewer for the arts weekly "Curtain Call" called Bae\'s turn "utterly '
            'luminous," and tickets are gone.',
        ],
        "utterly luminous",
        "reviewer",
    ),
    (
        [
            "Director Ryu Seon-hwa, 51, wrote the play.",
            'Actor Do Min-ji said she cried at the reading. "It hurt," she said.',
            "Ryu has begun a new script. Asked whether it, too, would be sad, she smiled. "
            '"Not this time. This one has a wedding."',
        ],
        "Not this time",
        "Ryu Seon-hwa",
    ),
    (
        [
            "Ferry captain Noh Gi-tae, 63, said the storm had split the island.",
            'He has posted a notice at the pier office that reads: "No boats until the '
            'wind drops."',
        ],
        "No boats until",
        "Noh Gi-tae",
    ),
    (
        [
            "The audit report, a copy of which was seen by reporters, lists the cause of the "
            'blackout in one line: "Cables left unchecked for six years."'
        ],
        "Cables left unchecked",
        "audit report",
    ),
    (
        [
            'On a parenting forum, a thread titled "Too young for phones?" drew dozens of '
            'replies. One of the most-liked read: "Ask the teacher first."'
        ],
        "Ask the teacher first",
        "reply",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['A critic for the monthly called the show "a small wonder."'],
        "a small wonder",
        "critic",
    ),
    (
        [
            "Director Ryu Seon-hwa, 51, wrote the play.",
            "Ryu has begun a new script. Asked whether it would be sad, she smiled. "
            '"Not this time."',
        ],
        "Not this time",
        "Ryu Seon-hwa",
    ),
    (
        [
            "Mayor Tak Eun-bi said the festival would go ahead.",
            'The city has hung a banner over the main gate that reads: "Welcome, runners."',
        ],
        "Welcome, runners",
        "banner",
    ),
    (
        ['Fans lined the road. One fan held up a sign that read: "Go, Hyeon-u!"'],
        "Go, Hyeon-u",
        "sign",
    ),
    (
        ['The audit report lists the cause of the blackout in one line: "Cables left unchecked."'],
        "Cables left unchecked",
        "audit report",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round168_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round168_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
