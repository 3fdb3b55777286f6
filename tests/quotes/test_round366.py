"""Round 366: "the Hwasun city government" is Hwasun's, and a body a place modifies opens a
clause with any finite verb.

Invented sentences only. (1) 'The Gokseong city government said ...' then 'The Hwasun city
government said "..."' gave Hwasun's words to Gokseong: round 218 reads a bare "the city
government" as the one city body named before, and it also read the phrase that names its own
city so. A capitalised place in the phrase names the body. (2) 'The Jeju provincial government
is paying 70 percent of the cost. The province said ... "..."' left "the province" with no
body: round 173 took a place and a body noun as a sentence's subject only before a past in
"-ed" ("closed"), not before "is", "will" or an irregular past.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_another_county_s_government_is_its_own_speaker() -> None:
    paragraphs = [
        'The Gokseong city government said the bridge was "safe for another decade."',
        'The Hwasun city government said its own bridge was "closed until further notice."',
    ]
    expected = "The Hwasun city government"
    assert speaker_for(paragraphs, "closed until further notice.") == expected


def test_the_county_is_the_body_that_opened_the_sentence() -> None:
    paragraphs = [
        "The Jeju provincial government is paying 70 percent of the cost for 40 fish farms this"
        ' year. The province said in a statement that the farms needed to "stop guessing the'
        ' weather."'
    ]
    expected = "The Jeju provincial government"
    assert speaker_for(paragraphs, "stop guessing the weather.") == expected


def test_the_city_government_named_before_is_the_city_government() -> None:
    # near miss: read the same before this round
    paragraphs = [
        'The Hwasun city government said the bridge was "safe for another decade."',
        'The city government said repairs would "have to wait until the ground thaws."',
    ]
    expected = "The Hwasun city government"
    assert speaker_for(paragraphs, "have to wait until the ground thaws.") == expected
