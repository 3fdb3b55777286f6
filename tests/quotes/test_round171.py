"""Round 171: what a document "read" (a quantifier or an aside before the verb, "while
another read").

Invented sentences only (no name or sentence from a corpus article).

* A "read" whose subject no phrase was read for gives its words to the document heading that
  subject: an article or a quantifier ('One widely liked tweet', 'one of the petitions'),
  at most three lowercase words, then a document noun or a noun of written words ("comment",
  "complaint", "transcript", "review", "tweet", "caption", "petition"); the subject opens the
  sentence or a clause after ", and" / ", but"; between the noun and the verb only an aside
  set off by commas or a place after a preposition. A sender named there ('signed by NAME',
  'from the Ministry', 'which she wrote') keeps the words from the document; 'obtained by'
  names no sender.
* "one" or "another" before "read" in a clause "while", "whereas", ", and" or ", but" opens
  mid-sentence leaves out the document noun named before it, as a sentence's "Another read:"
  does ('One note praised the cook, while another read: "..."': another note).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Shoppers flooded the page under the new jam. "
            'One widely liked tweet read: "It tastes of rain and tin."'
        ],
        "It tastes of rain",
        "tweet",
    ),
    (
        [
            'On fan forums the edit has been nicknamed the "quiet cut," and one widely shared '
            'comment read, "They took the whole chorus out."'
        ],
        "They took the whole",
        "comment",
    ),
    (
        [
            "One of the petitions, filed in March and obtained by reporters, read: "
            '"Fix the footbridge before the monsoon."'
        ],
        "Fix the footbridge",
        "petition",
    ),
    (
        [
            "A post on a fishing forum, by a user who said she was a mechanic in Yeosu, read: "
            '"The hull cracked twice in one week."'
        ],
        "The hull cracked",
        "post",
    ),
    (
        [
            "The transcript, later played to the harbor board, read in part: "
            '"Engine cold, nobody on the bridge."'
        ],
        "Engine cold",
        "transcript",
    ),
    (
        [
            "One note on the staff board praised the new cook, while another read: "
            '"Less salt, please, and fewer onions."'
        ],
        "Less salt",
        "another note",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "One such letter, signed by Mayor Ok Jin-sun, read: "
            '"We are sorry for the delay at the pier."'
        ],
        "We are sorry",
        None,
    ),
    (
        ['Fans lined the road. One fan held up a sign that read: "Go, Hyeon-u!"'],
        "Go, Hyeon-u",
        "sign",
    ),
    (
        ['One villager praised the plan, while another said: "It comes too late for us."'],
        "It comes too late",
        "villager",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round171_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round171_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
