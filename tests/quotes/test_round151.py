"""Round 151: a lede's words given to a group that the next paragraphs give to one person.

Invented sentences only (no name or sentence from a corpus article).

1. A lede's partial quotation credited to a plural group ("veterinarians warned of "..."")
   whose words one named person says in a full quotation of the next paragraphs ('"... That is
   why I call it a slow fuse," said NAME'): that person's. Not when two people say them, nor a
   body's own full quotation, nor a company's spokesperson at a briefing (the company speaks).
   A body's or a country's lede words are the person's only when that person spoke in a
   statement ('"... will meet a thunderous answer," NAME said in a statement'). The words
   may be written with numerals in the lede and in words by the person ("18 hours a shift",
   "Eighteen hours a shift").

Tried and left out: a lede giving a country's words with no statement named, then a paragraph
opening with a person who "said in a statement", read as that person's (the README's
convention): right 11, wrong 5, the five in the two older articles labelled the other way.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "SEOUL, Jan. 3 (Yonhap) -- Cases of canine flu rose sharply this winter, as "
            'veterinarians warned that the virus was "a slow fuse" for shelters.',
            '"Dogs look fine for a week and then the whole kennel falls ill. That is why I '
            'call it a slow fuse," said Tae Un-gyeol, a veterinarian in Wonju.',
        ],
        "a slow fuse",
        "Tae Un-gyeol",
    ),
    (
        [
            'SEOUL, Jan. 3 (Yonhap) -- North Korea on Monday vowed a "thunderous answer" '
            "to the allies' river-crossing drill.",
            '"Every shell fired across the river will meet a thunderous answer," Pak Yong-dal, '
            "vice minister of the People's Armed Forces, said in a statement carried by KCNA.",
        ],
        "thunderous answer",
        "Pak Yong-dal",
    ),
    (  # a counted group the parser reads as one unnamed person, and a number word
        [
            "Four Filipino nurses told a press conference on Monday that they had worked "
            '"18 hours a shift" at a nursing home in Icheon.',
            '"Eighteen hours a shift, and nobody paid the night rate," said Marites Dizon, 44.',
        ],
        "18 hours",
        "Marites Dizon",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # a company's word said again by its spokesperson at a briefing: the company's
        [
            "SEOUL, Jan. 3 (Yonhap) -- Saebit Motors on Tuesday called its sales outlook "
            '"uncertain" as exports slowed.',
            '"The outlook is uncertain for the first half," spokesperson Gal Ha-neul told '
            "reporters.",
        ],
        "uncertain",
        "Saebit Motors",
    ),
    (  # two people say the group's word: the lede keeps the group
        [
            'SEOUL, Jan. 3 (Yonhap) -- Nurses warned of a "lost winter" in rural clinics.',
            '"This is a lost winter," said Noh Bo-ra, a nurse in Yeongju.',
            '"A lost winter, yes," said Won Seul-gi, a nurse in Jecheon.',
        ],
        "lost winter",
        "Nurses",
    ),
    (  # the person speaks at a briefing, no statement: the country keeps its words
        [
            "SEOUL, Jan. 3 (Yonhap) -- China on Tuesday urged restraint, calling the drill "
            '"destabilizing."',
            "Foreign ministry spokesperson Lu Wenjie told a regular briefing that Beijing "
            "hoped for calm.",
        ],
        "destabilizing",
        "China",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), resolve_and_near(RESOLVE, KEEP))
def test_round151_lede_words_of_one_person(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
