"""Round 134: shapes read from fresh tuning text (tuning45's first reading).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. 'The paper carried a brief comment from NAME, a grower: "..."': a comment (or a quote)
   from a person is that person's words, as "the words of" and "a remark from" were.
2. 'X ruled that ... "...," according to a copy of the ruling': the record relays the
   words of the subject that made the ruling.
3. 'KCNA carried a commentary titled "..." that accused Seoul of "..."': an outlet's own
   document speaks for the outlet.
4. 'Rep. NAME of the Democratic Party (DP)' then 'The DP says ... "..."': the acronym in a
   person's description names the party.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "The paper also carried a brief comment from Ryang Chol-min, a 47-year-old "
            'orchard keeper: "Apples in every house this winter."'
        ],
        "Apples in every house",
        "Ryang Chol-min",
    ),
    (  # 2
        [
            "The Korea Workers' Compensation and Welfare Service ruled in October that the "
            'cook\'s back injury "was caused by years of lifting at work," according to a copy '
            "of the ruling."
        ],
        "was caused by",
        "Korea Workers' Compensation and Welfare Service",
    ),
    (  # 3
        [
            'KCNA also carried a commentary titled "Whose Bases Threaten Peace?" that accused '
            'Tokyo of "renting out its islands to the Pentagon."'
        ],
        "renting out",
        "KCNA",
    ),
    (  # 4
        [
            "Rep. Bang Ji-hoon (방지훈) of the People Power Party (PPP) chairs the panel.",
            'The PPP says the new map is "a trick to save incumbents."',
        ],
        "a trick",
        "People Power Party",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a comment from a body is no person's words
        ['The paper carried a comment from the ministry: "Supplies are ample."'],
        "Supplies are ample",
        None,
    ),
    (  # 2: a ruling with no subject that made it is the source itself
        ['The fee was "unfair to tenants," according to the ruling.'],
        "unfair to tenants",
        "ruling",
    ),
    (  # 3: a statement two sides issued speaks as itself
        ['The two sides issued a joint statement that called the alliance "ironclad."'],
        "ironclad",
        "joint statement",
    ),
    (  # 4: an acronym nobody spelled out stays as it is
        ['The PPP says the new map is "a trick to save incumbents."'],
        "a trick",
        "PPP",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round134_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
