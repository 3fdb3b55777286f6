"""Round 178: words a sentence with no verb of saying introduces with a colon.

Invented sentences only (no name or sentence from a corpus article). Rules:

- "he" or "she" after an opening participle clause speaks, as a name there does ('Asked what
  she would do next, she paused: "..."'); "it" and "they" still give no one.
- A sentence may open with "Then", "And" or "But" before its subject ('Then she turned to the
  class: "..."'), and with a subordinate clause or a phrase opened by "At", "In", "On" or
  "During" whose closing comma the subject follows ('As the bell rang, NAME summed it up:
  "..."', 'At a town hall, a nurse put the question to NAME: "..."'); a document, a body or
  "it" there still gives no person.
- A pronoun after a preposition of place right before the verb is that preposition's object,
  not the verb's subject: 'The caption beneath it read: "..."' is the caption's, not "it"'s
  (nor the thing "it" means).
- "the words of" a role "identified only as" a name give that name ('carried the words of a
  miner identified only as NAME: "..."'); "as" there opens no clause.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Baek Seo-yun, 41, has run the noodle stall for a decade.",
            'Asked whether she would ever sell it, she laughed: "Not while I can still stand."',
        ],
        "Not while I can still stand",
        "Baek",
    ),
    (
        [
            "Coach Yeom Tae-gil, 58, trains the rowers every dawn.",
            "Then he waded into the cold river and, halfway across, turned back to the boys: "
            '"Faster, faster, you are not tourists!"',
        ],
        "Faster, faster",
        "Yeom",
    ),
    (
        [
            "Goh Min-jae, a retired postman, founded the chess circle in 2011.",
            'And as the last piece falls, Goh sums up his evenings there: "I lose often. I '
            'never mind."',
        ],
        "I lose often",
        "Goh",
    ),
    (
        [
            "Rep. Ahn Gi-taek has filed 40 bills this year.",
            "At a town hall on Friday, a retired nurse put the question to Ahn plainly: "
            '"Who reads them all?"',
        ],
        "Who reads them",
        "retired nurse",
    ),
    (
        [
            "The weekly printed a photo of the new bridge.",
            'The caption under it read: "A road for our grandchildren."',
        ],
        "A road for",
        "caption",
    ),
    (
        ["The ferry sank in 1998.", 'A plaque beside it reads: "We remember."'],
        "We remember",
        "plaque",
    ),
    (
        [
            "The agency reported on the mine's output.",
            "It also carried the words of an older miner identified only as Jeon: "
            '"The seam is rich this year."',
        ],
        "The seam is rich",
        "Jeon",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The ministry issued new guidelines on Monday.",
            'Asked about the delay, it offered a single line: "The review continues."',
        ],
        "The review continues",
        None,
    ),
    (
        [
            "Ryu Dong-hee chairs the committee.",
            'Asked about the vote, Ryu was blunt: "We will not back down."',
        ],
        "We will not back down",
        "Ryu",
    ),
    (
        ["Fans packed the stadium on Sunday.", 'Then they rose as one: "Champions, champions!"'],
        "Champions",
        None,
    ),
    (
        [
            "Ma Ji-won has coached the choir since 2015.",
            'And as the lights came up, a banner was unfurled: "Thank you, Ma."',
        ],
        "Thank you",
        None,
    ),
    (
        [
            "Kim Seul-bi runs the bakery.",
            'In the photo, Kim stands beside a hand-painted sign: "Bread for everyone."',
        ],
        "Bread for",
        "sign",
    ),
    (
        ["Kim Seul-bi runs the bakery.", 'On Monday, it posted a notice: "Closed for repairs."'],
        "Closed for",
        None,
    ),
    (
        [
            "Residents gathered at the pier.",
            'The weekly ran their photo under the headline: "Spring Returns to the Pier."',
        ],
        "Spring Returns",
        None,
    ),
    (
        [
            "Coach Nam Jun-ho lifted the trophy.",
            'The players counting on him said: "He is our rock."',
        ],
        "He is our rock",
        "players",
    ),
    (
        [
            "The agency reported on the mine's output.",
            'It also carried the words of a miner as the shift ended: "We dig for the motherland."',
        ],
        "We dig for",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round178_colon_gets_subject(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round178_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
