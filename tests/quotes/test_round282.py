"""Round 282: a place a preposition governs is nobody who speaks.

Invented sentences only (no name or sentence from a corpus article). Round 15 reads "Yeongdong
County, North Chungcheong Province," as a place placing a place, and round 172 passes over the
object of a preposition that ends a longer subject. Three places still read a place as the
subject of what followed:

* a participle after a place set beside a place ('had opened in Sunchon County, South Phyongan
  Province, calling the mill "..."'): the comma phrase gave the county, a place "in" governs;
* a second verb after such a pair ('toured a market in Hwasun, South Jeolla Province, on Friday
  and urged ...'): the clause reader took the province as the subject after the comma;
* a district, county or province "in", "at", "near" or "outside" places before a verb ('said
  the mill in Sunchon District had "..."'): as round 172 reads 'the focus on farmers', the
  place says nothing.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            "SEOUL, May 2 (Yonhap) -- North Korea's state media said Friday that a new paper mill"
            ' had opened in Sunchon County, South Phyongan Province, calling it a "pillar of the'
            ' local economy."'
        ],
        "pillar of the local economy",
        "state media",
    ),
    (
        [
            "Deputy Minister Jegal Su-bin toured a fish market in Hwasun, South Jeolla Province,"
            ' on Friday and urged traders to treat price hikes as "the very last step."'
        ],
        "the very last step",
        "Jegal Su-bin",
    ),
    (
        [
            "The Korean Central News Agency (KCNA) said the mill in Sunchon District had added two"
            ' lines, and that its output had "more than doubled" since spring.'
        ],
        "more than doubled",
        "Korean Central News Agency",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round282(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_people_in_a_place_still_speak() -> None:
    # near miss: "residents of" a county placed by its province still speak (round 15)
    paragraph = (
        'Residents of Hwasun County, South Jeolla Province, said the plan was "too little,'
        ' too late."'
    )
    found = speaker_of([paragraph], "too little")
    assert found is not None and "Residents" in found
