"""Round 391: a first "the county" is the one "... County" named before, in its paragraph too.

Invented sentences and places only. 'Buncheon, a hamlet deep in the mountains of NAME County,
... the county said' and later 'The county called the reopening "..."' gave the words to a new,
nameless "the county": a county named after a preposition is read as no mention. Round 383 reads
back the one earlier name ending in the noun for "the hospital" and kept local units out, as
round 218's "the city" may be a "... City" that is no city ("Centum City", a district). A name
ending in "County" or "Province" is always that county or province, so those two units are read
back too (`_speakers._NAMED_UNITS`), and so is a name given earlier in the speaker's own
paragraph. A name after an ordinal ("the 47th Infantry Division") is not read back cut short.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_the_county_named_earlier_in_its_own_paragraph() -> None:
    paragraphs = [
        "Dalgok, a village of 200 in the hills of Seoryeong County, will reopen its ice"
        " festival on Jan. 9 after a two-year break, officials said Tuesday.",
        'The county called the festival "the one week the village is full" and said buses'
        " would run from the train station.",
    ]
    assert speaker_of(paragraphs, "the one week", short=True) == "Seoryeong County"


def test_the_province_named_in_an_earlier_paragraph() -> None:
    paragraphs = [
        "Deer collisions on rural roads in North Hwaryong Province fell by half after"
        " thermal cameras were installed at 12 crossings.",
        "Reported collisions fell from 40 to 19 in a year, the province said, calling the"
        ' result "good enough to widen."',
    ]
    assert speaker_of(paragraphs, "good enough to widen", short=True) == "North Hwaryong Province"


def test_a_city_is_still_not_read_back() -> None:
    # near miss: round 218's "the city" may be a "... City" that is no city
    paragraphs = [
        "Shops in Haeam City, a shopping district in Busan, closed early as the storm hit.",
        'The city said it would keep shelters open "until the last ferry is back."',
    ]
    assert speaker_of(paragraphs, "until the last ferry", short=True) == "city"


def test_a_division_after_an_ordinal_is_not_cut_short() -> None:
    # near miss: "47th Infantry Division" is not an "Infantry Division"
    paragraphs = [
        "Soldiers of the 47th Infantry Division cleared snow from the village roads.",
        'The division said the work would go on "for as long as the snow falls."',
    ]
    assert speaker_of(paragraphs, "for as long as", short=True) == "division"


def test_round218s_county_named_as_a_place() -> None:
    # round 218's near miss, reversed: corpus authors label such a "the county" the county
    # named before (three tuning labels made right by this reading, none made wrong)
    paragraphs = [
        "Farmers in Dalmae County, South Jeolla Province, say their wells ran dry in April.",
        '"The wells have never been this low," the county said.',
    ]
    assert speaker_of(paragraphs, "The wells have never", short=True) == "Dalmae County"
