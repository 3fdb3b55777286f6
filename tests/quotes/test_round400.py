"""Round 400: a document a relative "that" goes back to reads its own words.

Invented sentences only. 'The Rodong Sinmun, the ruling party's newspaper, carried photos of
workers ... beneath a banner that read, "..."' gave the banner's slogan to the paper: after an
apposition on the sentence's subject, the subject reader went back past "a banner that" to the
paper (without the apposition it already stopped at the banner). A document noun right before
"that" or "which" and "read" or "reads" is now the speaker (`_attribute.Narration.
_document_that_reads`); any other noun there is not ("pupils in a county that read ...
aloud" read someone's words, and the county is no one who wrote them).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_banner_that_reads_speaks_after_an_apposed_paper() -> None:
    paragraphs = [
        "The Rodong Sinmun, the ruling party's newspaper, carried photos of workers at the Sinpo"
        ' Tractor Works beneath a banner that read, "Let us turn the frost into harvest!"',
    ]
    assert speaker_of(paragraphs, "Let us turn the frost", short=True) == "banner"


def test_a_place_before_that_read_is_no_document() -> None:
    paragraphs = [
        "The Rodong Sinmun, the ruling party's newspaper, praised pupils in Kangso County that"
        ' read "the fields are our classroom" aloud before lessons.',
    ]
    assert speaker_of(paragraphs, "the fields are our classroom") != "Kangso County"
