"""Round 210: wrong speakers that recur across splits (no rule kept).

Invented sentences and names only (no name or sentence from a corpus article). The round
sorted every wrong-speaker and missed label of dev and tuning2-59 into classes (see the round
210 paragraph of docs/PERFORMANCE.md). Three rules were tried; none is merged, and the cases of
the two that met no other objection than the bar are strict xfails here, to pass the day a
round brings enough evidence for them:

* (not merged: gains in two articles only, the bar asks for three) A tag closing the sentence
  right after a quotation, its subject first and a verb of saying next ('"...," two players
  said'), only relays the words when a named subject's reporting verb governs the quotation
  before it ('Coach NAME told the squad it had been "...," two players said': the coach's).
  Before, only a body's tag ("the ministry said") was read as relaying.
* (not merged then: gains in one article only) "a statement issued by NAME" tells whose
  statement gave the lede's words, as "a statement by NAME" does (round 140). Read since
  session 50 by round 401 ("issued" or "released" between "statement" and "by"); its case
  moved to ``tests/quotes/test_round401.py``.
* (not merged, and not tried again) a title named by "titled" or "under the headline" is no
  end of the clause a later coordinated verb reads its subject from: right 9, wrong 0 on the
  tuning splits, but it is the shape rounds 64, 170, 186, 193 and 202 read, each of which gave
  a held-out term a speaker at the merge; their strict xfails stay where they are.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speaker_holds

RELAYED = (
    "round 210, not merged: a closing tag of people relays a named subject's words "
    "(gains in two articles only)"
)

# paragraphs, the text the quotation must have, a word of its speaker
DROPPED_RELAYED: list[tuple[list[str], str, str]] = [
    (
        [
            'Coach Im Da-hae told the squad it had been "the worst half of the season," two '
            "players said.",
        ],
        "the worst half of the season,",
        "Im Da-hae",
    ),
]


KEEP: list[tuple[list[str], str, str | None]] = [
    (  # a plural tag after a subject's "promised that" was read as relaying already
        [
            'Interior Minister Bae Ro-un promised that the county would "rebuild every '
            'bridge by spring," villagers said.',
        ],
        "rebuild every bridge by spring,",
        "Bae Ro-un",
    ),
    (  # "a statement by NAME" (round 140) already gives the lede to its author
        [
            'North Korea warned it would take "resolute countermeasures."',
            "The warning came in a statement by Ryang Chol-mu, a vice minister of the "
            "North's defense ministry.",
            '"The drills are a rehearsal for war," Ryang said in the statement.',
        ],
        "resolute countermeasures.",
        "Ryang Chol-mu",
    ),
    (  # a lone tag with nobody's reporting verb before it: no one the reader could name
        ['"We will rebuild every bridge by spring," villagers said.'],
        "We will rebuild every bridge by spring,",
        None,
    ),
]


@pytest.mark.xfail(strict=True, reason=RELAYED)
@pytest.mark.parametrize(("paragraphs", "text", "speaker"), DROPPED_RELAYED)
def test_round210_relayed_left(paragraphs: list[str], text: str, speaker: str) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KEEP)
def test_round210_keeps_near_miss(paragraphs: list[str], text: str, speaker: str | None) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got
