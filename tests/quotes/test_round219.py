"""Round 219: a definite description of a person is the one named person it fits.

Invented sentences only (no name or sentence from a corpus article). One rule, on how a
reader resolves a definite description that has no name of its own: "the 67-year-old flute
maker", "the clock shop owner", "the former national team striker".

1. "the", modifiers and a head noun that names a person (an occupation or role of the role
   lexicon, an age, or "maker" after an age or epithet: "the flute maker" alone may be a
   firm), with no capitalised word, no preposition and no word picking someone else
   ("other", "another", "second", "younger"), where at least one modifier says what the
   person does or works with ("flute", "clock shop", "mechanical"; not only "former",
   "veteran", "67-year-old", "chief", nor a body such as "team"), is the one named person
   the paragraph or the two before mentioned, when exactly one fits: no other gender, no
   other age ("NAME, 24," is no 51-year-old) or sibling rank, and no other role known for
   them unless "former", "retired" or an age marks the description as another side of them
   ("Coach NAME" is "the former national team striker").
2. It is no one named when: two people fit; the text introduced "a <noun>" of the same head
   in that reach ("a flute maker looked at it" is who "the flute maker" means); the head
   is a role wire copy leaves unnamed ("official", "source", "witness"); "maker" follows a
   body named in that reach (the firm may be meant); or, in the lede, the description is
   not marked by "former" or an age (the person's story has other people in it).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, a word of the speaker it must have
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # an age and an occupation read as a firm's ("maker")
        [
            "Tak Mun-seol keeps about 200 lengths of reed in the shed behind his house.",
            '"Most of these will burn," the 67-year-old flute maker said.',
        ],
        "Most of these will burn",
        "Tak Mun-seol",
    ),
    (  # a compound occupation, a paragraph between
        [
            '"We fixed clocks here for 40 years," said Pyo Jae-hun, 71, who runs a clock'
            " repair stall in the market.",
            "The notice, taped to a pillar, gave the tenants six months.",
            'The clock shop owner, who says he has fixed clocks for "four generations of the'
            ' same families," said most tenants had nowhere to go.',
        ],
        "four generations",
        "Pyo Jae-hun",
    ),
    (  # a title and a former role: the same man
        [
            "Coach Yeo Dal-su took over the club in May after a losing season.",
            '"We will run more," the former national team striker said.',
        ],
        "We will run more",
        "Yeo Dal-su",
    ),
    (  # the lede: "former" and an occupation after the name
        [
            "When Nam Ji-ryeong lost most of her hearing to an infection at 29, she learned"
            " to read lips like everyone else. Six years later, the former civil engineer"
            ' runs a firm that makes a band she says lets deaf users "hear the doorbell."',
        ],
        "hear the doorbell",
        "Nam Ji-ryeong",
    ),
]

# near misses: the same frames, answered as before the rule
KEEP: list[tuple[list[str], str, str]] = [
    (  # two people fit
        [
            "Tak Mun-seol and Yeom Ga-ram keep about 200 lengths of reed in their shed.",
            '"Most of these will burn," the 67-year-old flute maker said.',
        ],
        "Most of these will burn",
        "flute maker",
    ),
    (  # "the other": someone else
        [
            "Tak Mun-seol keeps about 200 lengths of reed in the shed behind his house.",
            '"Most of these will burn," the other flute maker said.',
        ],
        "Most of these will burn",
        "flute maker",
    ),
    (  # "a flute maker" introduced: the one "the flute maker" means
        [
            "Tak Mun-seol took his cracked flute to a workshop, where a flute maker looked at"
            " it for a minute.",
            '"Just buy a new one," the flute maker said.',
        ],
        "Just buy a new one",
        "flute maker",
    ),
    (  # a body named near "maker": the firm, as before
        [
            "Tak Mun-seol sold his reed to the Sori Instruments company last year.",
            '"We will buy more," the 50-year-old flute maker said.',
        ],
        "We will buy more",
        "Sori Instruments",
    ),
    (  # another role known for him and no "former": a player of his
        [
            "Coach Yeo Dal-su took over the club in May after a losing season.",
            '"We will run more," the national team striker said.',
        ],
        "We will run more",
        "striker",
    ),
    (  # a role wire copy leaves unnamed
        [
            "Pyo Jae-hun said the tax would hurt small shops.",
            '"It will not," the finance ministry official said.',
        ],
        "It will not",
        "official",
    ),
    (  # "maker" with no age may be a firm: it stays
        [
            "Tak Mun-seol keeps about 200 lengths of reed in the shed behind his house.",
            '"Most of these will burn," the flute maker said.',
        ],
        "Most of these will burn",
        "flute maker",
    ),
    (  # only a rank and a body ("chief", "team"): no work of its own
        [
            "Ham Bo-ri, who led the search, spoke at the scene.",
            '"The river was high," the chief team medic said.',
        ],
        "The river was high",
        "medic",
    ),
    (  # an age the person named is not
        [
            "Tak Mun-seol, 24, keeps about 200 lengths of reed in the shed behind his house.",
            '"Most of these will burn," the 51-year-old flute maker said.',
        ],
        "Most of these will burn",
        "flute maker",
    ),
    (  # a preposition after the head: someone new
        [
            "Pyo Jae-hun said the tax would hurt small shops.",
            '"It will," the owner of the clock shop said.',
        ],
        "It will",
        "owner",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round219_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round219_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
