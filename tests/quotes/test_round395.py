"""Round 395: "regulator" is a role noun.

Invented sentences only. 'Financial regulators on Tuesday fined NAME ..., calling the breach
"..."' gave the words to "Financial": "regulator" was no role noun, so the capitalised first
word was read as a one-word name and the noun after it as nothing. As a role noun ("the
regulator", "Insurance regulators") it heads the phrase, and round 158's reading of plural
state roles ("Banking regulators warned ..." then the agency that speaks next) gives the lede's
regulators the supervisory body the story names (`_lexicon.ROLE_NOUNS`).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_regulators_in_the_lede_are_the_body_named_next() -> None:
    paragraphs = [
        "Insurance regulators on Monday fined Dalbit Life 900 million won, calling its sales"
        ' scripts "a maze built to trap the elderly."',
        "The Financial Supervisory Service said the insurer had 60 days to refund the policies.",
    ]
    assert speaker_of(paragraphs, "a maze built", short=True) == "Financial Supervisory Service"


def test_regulators_with_no_body_named_stay_a_description() -> None:
    paragraphs = [
        "Tax regulators on Monday fined three accounting firms a combined 1.2 billion won,"
        ' calling their audits "paperwork dressed as diligence."',
    ]
    assert speaker_of(paragraphs, "paperwork dressed", short=True) == "Tax regulators"
