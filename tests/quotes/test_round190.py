"""Round 190: interview and briefing turns, and who a phrase stands for.

Invented sentences only (no name or sentence from a corpus article).

- "he replied" (or "answered", "responded", "retorted") right after someone else's question
  is the answer of the one who spoke before the question, not the asker's; no speaker when
  the pronoun cannot mean that person.
- "NAME, an appositive, said it ..." is a body speaking of itself, as "NAME said it ..." is:
  "the company said" after it in the paragraph means it.
- "the official", when nobody is known as one, is the newest subject named in full in this
  paragraph or the one before whose appositive gives a post in a body ("NAME, deputy
  director for ... at the ministry,"), when nobody else named by a personal name is in reach.
- A one-word name speaking is shown as the one fuller firm name the story spells with it
  ("Genra" after "Genra Pharmaceuticals").
- A saying whose subject a parenthetical "she said" interrupts ('A rumour ..., he said,
  runs: "..."'), and words a lowercase subject "wrote" told by someone after them
  ('one of the pupils wrote "..." on the door, the janitor recalled'), have no speaker.
- "the elder NAME" of two people sharing a surname, one introduced as the other's parent
  ("Her father, NAME,"), is the parent (a child, "his son, NAME", the younger).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of, spoken

_BRIEFING = (
    "At a briefing in Daejeon, coast guard spokesperson Cmdr. Hwang Dae-gyun said the ferry "
    'had been towed to port. "Nobody was hurt," Hwang said.'
)
_ASKED = '"So the rudder failed twice?" a reporter pressed.'
_LIFTS = (
    "Daeyang Lifts, the biggest installer in the region, said it \u201cshares the "
    "inspectors\u2019 worries\u201d but could not hire more staff. \u201cWe would have to "
    "close branches,\u201d the company said."
)
_WATER = (
    "At a briefing in Sejong, Gu Hae-rim, deputy director for water quality at the ministry, "
    'said the river was "cleaner than it has been in a decade."'
)
_GENRA = [
    "A court fined Moon Tae-ho, 58, former CEO of Genra Pharmaceuticals, for hiding losses.",
    'Genra said in a statement that it had "no tie to the old board" and would appeal.',
]
_RUMOUR = 'A rumour going round the depot, he said, runs: "The buses will be sold before spring."'
_SCRAWL = (
    "Pyo Ji-an, a janitor at the school, said the pupils were restless. When the heating "
    'broke, one of the pupils wrote "Free the radiators!" on the door, Pyo recalled.'
)
_FATHER = [
    "Uhm Bo-ri was eight when she fixed her first bicycle.",
    '"I am not scared of hills," Uhm said at a velodrome in Yangyang.',
    "Her father, Uhm Tae-il, a retired bicycle mechanic, taught her at home.",
    'Uhm now races for a club in Mokpo. "Every race is a puzzle," she said.',
    'Her father was less keen on racing. "She has broken enough spokes," the elder Uhm said.',
]
_SON = [
    "Uhm Jin-ho has sold bicycles in Mokpo since 1988.",
    '"People still want steel frames," Uhm said.',
    "His son, Uhm Gi-tae, a former racer, now runs the shop.",
    'Uhm still opens it every morning. "The shop is his now," the younger Uhm said.',
]

RESOLVE: list[tuple[list[str], str, str | None]] = [
    ([_BRIEFING, _ASKED, '"It did. I will say no more today," he replied.'], "It did.", "Hwang"),
    (
        [_BRIEFING, _ASKED, '"It did," he answered. "The crew were calm."'],
        "The crew were calm",
        "Hwang",
    ),
    ([_LIFTS], "We would have to close", "Daeyang Lifts"),
    (
        [_WATER, 'Asked about the dam, the official said: "That is for the engineers."'],
        "That is for the engineers",
        "Gu Hae-rim",
    ),
    (_GENRA, "no tie to the old board", "Genra Pharmaceuticals"),
    (
        ["Bus driver Ryu Sang-mi, 44, has driven the night route for years.", _RUMOUR],
        "The buses",
        None,
    ),
    ([_SCRAWL], "Free the radiators", None),
    (_FATHER, "She has broken enough spokes", "Uhm Tae-il"),
    (_SON, "The shop is his now", "Uhm Gi-tae"),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    # the reply of the one asked, named, stays theirs; a question of one's own is no reply
    ([_BRIEFING, _ASKED, '"It did," Hwang replied.'], "It did", "Hwang"),
    ([_BRIEFING, '"Why now?" he asked. "Because the tide turned."'], "Why now?", "Hwang"),
    # "said it" with no appositive was read before
    (
        ["Daeyang Lifts said it would appeal. \u201cWe did nothing wrong,\u201d the company said."],
        "We did nothing wrong",
        "Daeyang Lifts",
    ),
    # a one-word name the story spells with two different firm words stays as written
    (
        [
            "Genra Pharmaceuticals and Genra Holdings both fell on Monday.",
            'Genra said it would "review every contract."',
        ],
        "review every contract",
        "Genra",
    ),
    # a named writer who is also the teller keeps the words
    (
        ['Na Hyo-sun, a teacher, wrote "Back in an hour" on the board, she said.'],
        "Back in an hour",
        "Na Hyo-sun",
    ),
    (_FATHER[:4], "Every race is a puzzle", "Uhm Bo-ri"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round190_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker), spoken(paragraphs, start)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round190_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker), speaker_of(paragraphs, start)
