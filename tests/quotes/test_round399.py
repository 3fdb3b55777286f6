"""Round 399: a label and a plaque are documents that speak their own words.

Invented sentences only. 'Each jar carries a label that reads, "..."' and 'a small brass
plaque that reads: "..."' gave the words to no one: "label" and "plaque" were not among the
document nouns (`_lexicon.DOCUMENTS`) that "a sign that reads" already was. A record label
benefits too: "the label said" after "her label, NAME," is read as a phrase that can be
resolved to the firm. A caption is left out on purpose: the one who posts a photo writes it
('NAME posted a photo with a caption that read, "..."' stays NAME's).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_label_that_reads_speaks() -> None:
    paragraphs = [
        "Each jar of the brewery's plum wine carries a label that reads, \"Picked by hand,"
        ' waited on for a year."',
    ]
    assert speaker_of(paragraphs, "Picked by hand", short=True) == "label"


def test_a_plaque_that_reads_speaks() -> None:
    paragraphs = [
        'The bench has a small brass plaque that reads: "For Grandma Gye, who fed the pigeons."',
    ]
    assert speaker_of(paragraphs, "For Grandma Gye", short=True) == "small brass plaque"


def test_a_caption_stays_the_words_of_the_one_who_posted_it() -> None:
    paragraphs = [
        "Pak Eun-sol, 24, the youngest on the crew, posted a photo of the summit on Instagram"
        ' with a caption that read, "Day 61. Still standing."',
    ]
    assert speaker_of(paragraphs, "Day 61", short=True) == "Pak Eun-sol"


def test_a_record_label_named_before_speaks_as_the_label() -> None:
    paragraphs = [
        "Singer Bong Ha-na will take a break from touring, her label, Moonstone Music, said"
        " Tuesday.",
        '"She needs rest after three years on the road," the label said in a statement.',
    ]
    assert speaker_of(paragraphs, "She needs rest", short=True) == "Moonstone Music"
