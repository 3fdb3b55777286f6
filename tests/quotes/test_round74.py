"""Round 74: two speakers in one sentence, and a pronoun meaning the other one.

Invented sentences (no name or sentence from a corpus article). Rules:

* a quotation closing on a comma before "and", "while", "whereas" or "but" ends the first
  clause as a comma outside the marks does: a verb of the second clause with no subject read
  before it takes that clause's own subject ('Potters say ... "...," and NAME likes to say
  that "..."');
* an infinitive that reports a clause or a quotation ("likes to say that") is a verb whatever
  its subject (a bare verb after a one-word name was read as a noun, "Rural post offices");
* "frame ... as" characterises, as "portray ... as" does ('while B has framed it as "..."');
* "her father, NAME" makes NAME the father, a man: a later "she said" after a sentence whose
  subject is the father is the woman named before.

Near misses keep their answers: the first clause's subject keeps the first quotation, a
second clause with no subject of its own ("..., and added that"), a woman and a person whose
gender nothing tells ("she" stays the nearest subject: no guess at the other person), "he
said" for the father.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_POTTER = "Baek Min-jae (백민재) has fired onggi jars in Icheon for 40 years."
_JARS = (
    "Onggi is fired for days in a climbing kiln. Older potters say a good jar can keep kimchi "
    '"for three winters," and Baek likes to say that "the jar remembers every hand."'
)
_PARTIES = (
    "The Gangseo Ward by-election on Dec. 4 is seen as a test for both camps. Oh's party has "
    'called it "a vote on rents," while Yang\'s party has framed it as "a vote on jobs."'
)
_PARTIES_NAMED = (
    'Rep. Oh Seung-ho (오승호) has called the plan "a gift to builders," while Rep. Yang '
    'Hye-rin (양혜린) has framed it as "long overdue."'
)
_FATHER = "Jang Seo-yeon (장서연) runs the noodle shop with her father, Moon Tae-il (문태일)."
_HUSBAND = "Jang Seo-yeon (장서연) met her husband, Moon Tae-il (문태일), at a fish market."

RESOLVE: list[tuple[list[str], str, str]] = [
    ([_POTTER, _JARS], "the jar remembers", "Baek Min-jae"),
    (
        [
            _POTTER,
            "Brewers say a good jar breathes through its walls, and Baek likes to say that "
            '"the jar remembers every hand."',
        ],
        "the jar remembers",
        "Baek Min-jae",
    ),
    (
        [
            'Farmers in Icheon say the soil is "tired," and Baek Min-jae (백민재) likes to say '
            'that "the jar remembers every hand."'
        ],
        "the jar remembers",
        "Baek Min-jae",
    ),
    ([_PARTIES_NAMED], "long overdue", "Yang Hye-rin"),
    (
        [
            _FATHER,
            'Moon was rolling dough when the inspectors came. "We had nothing to hide," she said.',
        ],
        "We had nothing",
        "Jang Seo-yeon",
    ),
    (
        [_HUSBAND, 'Moon proposed a year later. "I said yes before he finished," she said.'],
        "I said yes",
        "Jang Seo-yeon",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    # the first clause's subject keeps the first quotation
    ([_POTTER, _JARS], "for three winters", "Older potters"),
    ([_PARTIES_NAMED], "a gift to builders", "Oh Seung-ho"),
    ([_PARTIES], "a vote on rents", "Oh's party"),
    ([_PARTIES], "a vote on jobs", "Yang's party"),
    # a second clause with no subject of its own: the first speaker goes on
    (
        [
            _POTTER,
            'Baek said the kiln would be lit "by Friday," and added that "the fire decides the '
            'rest."',
        ],
        "the fire decides",
        "Baek Min-jae",
    ),
    # nothing tells Moon's gender: "she" stays the nearest subject, no guess at Jang
    (
        [
            "Jang Seo-yeon (장서연) met Moon Tae-il (문태일) at a fish market.",
            'Moon proposed a year later. "I said yes before the ring," she said.',
        ],
        "I said yes",
        "Moon Tae-il",
    ),
    # "he" is the father
    (
        [
            _FATHER,
            'Moon was rolling dough when the inspectors came. "We had nothing to hide," he said.',
        ],
        "We had nothing",
        "Moon Tae-il",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), RESOLVE)
def test_the_second_clause_or_the_other_person_speaks(
    paragraphs: list[str], start: str, want: str
) -> None:
    assert want in (speaker_of(paragraphs, start) or "")


@pytest.mark.parametrize(("paragraphs", "start", "want"), KEEP)
def test_near_misses_keep_their_speaker(
    paragraphs: list[str], start: str, want: str | None
) -> None:
    got = speaker_of(paragraphs, start)
    assert got == want if want is None else want in (got or "")
