"""Round 363: a lede's unnamed firm that does not speak is the firm the next paragraph opens
with.

Invented sentences only. 'A Gimhae-based maker of electric fans has signed its biggest export
deal ...', then 'Hwaro Dynamics said Tuesday the contract ...', then 'The company said it
expects "..."' gave the last words to the lede's description: round 230 names a lede's firm
by the firm the next paragraph opens with only when the lede's firm speaks. Wire copy names
the firm right after describing it whether or not it speaks in the lede, so "the company"
later is the firm named.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_silent_lede_firm_is_named_next() -> None:
    paragraphs = [
        "A Gimhae-based maker of electric fans has signed its biggest export deal yet, agreeing"
        " to supply 90,000 units to a chain of hardware stores in Vietnam.",
        "Hwaro Dynamics said Tuesday the contract was worth 7 billion won.",
        'The company said it expects exports to make up "more than half" of its sales by 2028.',
    ]
    assert speaker_for(paragraphs, "more than half") == "Hwaro Dynamics"


def test_a_person_opening_the_next_paragraph_is_no_firm() -> None:
    # near miss: read the same before this round
    paragraphs = [
        "A Gimhae-based maker of electric fans has signed its biggest export deal yet, agreeing"
        " to supply 90,000 units to a chain of hardware stores in Vietnam.",
        "Ha Seon-mi, its founder, said Tuesday the contract was worth 7 billion won.",
        'The company said it expects exports to make up "more than half" of its sales by 2028.',
    ]
    expected = "A Gimhae-based maker of electric fans"
    assert speaker_for(paragraphs, "more than half") == expected
