"""Rounds 380 and 381: a lede's words said again by a named person, a little further on.

Invented sentences only. Round 151 gives a lede's partial quotation credited to a group or an
unnamed person to the named person who says the same words in the next three paragraphs.

- Round 380: five paragraphs, not three: a feature or a bill story gives background before the
  person it quoted in the lede speaks.
- Round 381: a party the lede describes and does not name ('with the main opposition party
  calling it "..."') is, like a group, the lawmaker who says the words next, not a body that
  issued them (round 151 keeps a body's words its own unless its person spoke in a statement).
  A party the lede names keeps its words.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for

_BACKGROUND = [
    "The plan would let the chains open on two Sundays a month from March.",
    "Supermarkets have been required to close twice a month since 2012.",
    "The chains say online grocers face no such rule.",
    "The city council will vote on the plan next week.",
]


def test_the_lede_s_words_said_again_five_paragraphs_on() -> None:
    paragraphs = [
        "SEOUL, Feb. 9 (Yonhap) -- Supermarket chains will be allowed to open on Sundays in"
        ' three districts, a change small shop owners called "a slow funeral for the alleys."',
        *_BACKGROUND,
        '"This is a slow funeral for the alleys," said Gil Bong-tae, who heads a merchants'
        " association in Gangseo District.",
    ]
    assert speaker_for(paragraphs, "a slow funeral for the alleys.") == "Gil Bong-tae"


def test_a_described_party_is_the_lawmaker_who_says_it() -> None:
    paragraphs = [
        "SEOUL, Feb. 9 (Yonhap) -- Rival parties clashed Monday over a bill on lottery"
        ' prizes, with the main opposition party calling it "a raffle for donors."',
        '"This bill is a raffle for donors," main opposition spokesperson Yeom Tae-ri said in'
        " a briefing.",
    ]
    assert speaker_for(paragraphs, "a raffle for donors.") == (
        "main opposition spokesperson Yeom Tae-ri"
    )


def test_a_named_party_keeps_its_words() -> None:
    # near miss: the lede names the party, whose words stay its own
    paragraphs = [
        "SEOUL, Feb. 9 (Yonhap) -- Rival parties clashed Monday over a bill on lottery"
        ' prizes, with the Democratic Party (DP) calling it "a raffle for donors."',
        '"This bill is a raffle for donors," DP spokesperson Yeom Tae-ri said in a briefing.',
    ]
    assert speaker_for(paragraphs, "a raffle for donors.") == "Democratic Party"
