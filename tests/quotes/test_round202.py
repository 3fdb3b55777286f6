"""Round 202: documents and who stands behind them; a paper's second predicate after a title.

Invented sentences and names only (no name or sentence from a corpus article). Only the third
rule was merged: at the merge (reviewer) the first gave a reused held-out term a speaker (a
fifth time for this shape, after rounds 64, 170, 186 and 193) and the second made two right
held-out speakers wrong (a report the passage was described in); their cases are strict
xfails below.

* (not merged) A title named by "under the headline" (or "the slogan", "the title") or by
  "titled" right before it, with "and" or "but" after it, is in the object of the clause: a verb
  coordinated after it ('ran a photo under the headline "..." and said ...') has the sentence's
  subject. Not a verb of naming or characterising ('and called the variety "..."': maybe a term,
  as rounds 64, 170, 186 and 193 found on held-out text); their strict xfails stay.
* (not merged) A passive of characterising with "in" and a document's noun before "as" ('a move
  described in a leaked memo as "..."') gives the document, not the thing described; with no
  document noun ('described in local media as') the rule reads nothing; an active 'described the
  move in a memo as' stays the subject's.
* "wrote on Instagram" or "posted on X" puts up a post: a later '"...," the post read' is the
  writer's words (an unsigned post stays a post).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Cycling coach Ryu Tae-man, who runs a popular channel on long-distance riding, "
            'wrote on Instagram last week that he had "ridden on coffee and pride" for years.',
            '"Rest days are training too. Take one," the post ended.',
        ],
        "Rest days are training",
        "Ryu Tae-man",
    ),
]

# The title rule and the "described in <document> as" rule were not merged (see the
# docstring): these stay strict xfails, as round 170's and round 186's cases of the same
# shape stay in their files.
DROPPED: list[tuple[list[str], str, str]] = [
    (
        [
            "Minju Ilbo, the daily of the ruling party, ran a photo of the new dam on its "
            'third page under the headline "Water Flows to Every Field," and said the builders '
            'had proved "what willing hands can achieve."'
        ],
        "what willing hands",
        "Minju Ilbo",
    ),
    (
        [
            "Minju Ilbo ran a photo of the orchard under the headline "
            '"Apples for the Whole County" and warned that managers who waste fertilizer '
            'would be "dealt with sternly."'
        ],
        "dealt with sternly",
        "Minju Ilbo",
    ),
    (
        [
            "Investigators said Cheon told clerks in 2022 to shred the invoices, a move "
            'described in a leaked memo as "clearing the decks."'
        ],
        "clearing the decks",
        "memo",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Minju Ilbo ran a photo of the orchard and warned that managers would be "
            '"dealt with sternly."'
        ],
        "dealt with sternly",
        "Minju Ilbo",
    ),
    (
        [
            "Minju Ilbo ran a photo of the orchard under the headline "
            '"Apples for the Whole County" and called the new variety "Golden Ridge."'
        ],
        "Golden Ridge",
        None,
    ),
    (
        [
            "Investigators said Cheon described the move in a memo to clerks as "
            '"clearing the decks."'
        ],
        "clearing the decks",
        "Cheon",
    ),
    (
        [
            "An unsigned post on a forum for cyclists drew hundreds of replies this week.",
            '"Rest days are training too. Take one," the post read.',
        ],
        "Rest days are training",
        "post",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round202_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.xfail(
    strict=True,
    reason="round 202's title and described-in rules were not merged: at the merge they gave a"
    " reused held-out term a speaker and made two right held-out speakers wrong",
)
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), DROPPED)
def test_round202_dropped(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round202_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
