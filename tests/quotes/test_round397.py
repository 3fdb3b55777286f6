"""Round 397: "attributed ... to" puts a cause in its subject's words.

Invented sentences only. 'The agency attributed the rise to "..."' and 'which the ministry
attributed to "..."' gave the words to no one: "attributed" was no reporting verb, so the
clause had no verb to hang its subject on. It now labels as "called" and "blamed" do
(`_lexicon.ASCRIBING_VERBS`), except as a participle right before "to" that describes a noun
("a motto often attributed to the founder", "was attributed to"): that has no subject of its
own (`_attribute._ascribed_to`).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_body_attributing_a_rise_says_the_words() -> None:
    paragraphs = [
        "Household debt rose 3 percent in the quarter, the Bank of Korea said Tuesday.",
        'The bank attributed the increase to "a rush of mortgage refinancing before the rate'
        ' change."',
    ]
    assert speaker_of(paragraphs, "a rush of", short=True) == "Bank of Korea"


def test_a_fronted_object_keeps_the_subject_after_which() -> None:
    paragraphs = [
        "Salmon catches fell by a third last year, which the Ministry of Oceans and Fisheries"
        ' attributed to "warmer water off the east coast."',
    ]
    assert speaker_of(paragraphs, "warmer water") == "Ministry of Oceans and Fisheries"


def test_a_participle_before_to_has_no_subject_of_its_own() -> None:
    paragraphs = [
        'A motto often attributed to the company founder, "Measure twice, pour once," hangs'
        " above the furnace.",
    ]
    assert speaker_of(paragraphs, "Measure twice") in (None, "the company founder")
