"""Round 407: a short "the ..." one person habitually calls a thing, after "he" or "she" or
before "it" or "them" (terms).

Invented sentences only. Round 87 read 'NAME calls the booths "the ..."' as the name one person
gives a thing (a nickname per the corpus README), but left out a pronoun subject, because 'He
calls the freight index "the ..."' in the middle of a speaker's turn relays that speaker's
words, and it needed a determiner and a noun as the object ('calls it "the ..."' was not read).
A pronoun subject is now read in a paragraph that has quoted nobody before it, and "it" or
"them" is an object. Not after a quotation in the same paragraph, not a superlative or rank
(round 87's shape test).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Pi Jun-seok, 61, has kept bees on the roof of his noodle shop since 2009.",
            'The shop is small. He calls the hives "the upstairs tenants" and checks them at dawn.',
        ],
        "the upstairs tenants",
        None,
    ),
    (
        [
            "Seom Ha-ri, 44, restores church organs in Daegu.",
            'Her oldest client is a 1938 instrument. She calls it "the old lady" and tunes it'
            " twice a year.",
        ],
        "the old lady",
        None,
    ),
    (
        [
            "Bin Tae-ok, 70, feeds the stray cats behind the market.",
            'He knows each by its face. He calls them "the night shift."',
        ],
        "the night shift",
        None,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (  # after a quotation in the paragraph: the speaker's turn goes on (round 87's exclusion)
        [
            "Pi Seon-gyu, 58, trades scrap copper in Incheon.",
            '"Nobody hedges here," Pi said. He calls the copper price "the weather vane."',
        ],
        "the weather vane",
        "Pi",
    ),
    (  # a superlative: a judgement, the speaker's words
        [
            "Hwangbo Sol, 39, runs a repair cafe in Suwon.",
            'She calls it "the best habit in Suwon" and opens it every Saturday.',
        ],
        "the best habit",
        "Hwangbo",
    ),
    (  # "it" after a quotation in the paragraph: still the speaker's turn
        [
            "Bin Tae-ok, 70, feeds the stray cats behind the market.",
            '"They wait for me," Bin said of the cats. She calls it "the roll call."',
        ],
        "the roll call",
        "Bin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), want)
