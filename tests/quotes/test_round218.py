"""Round 218: a body's description resolved by the head noun of a body's name.

Invented sentences only (no name or sentence from a corpus article). One rule, on how a
reader resolves "the county", "the city", "the institute": the head noun of the description
is the head noun of the name it means, preferred over a nearer name that does not have it.

1. A Korean local government's name holds its unit as its head: "X County" (gun), "X City",
   "X City Hall", "X City Government", "X Metropolitan Government" (si), "X Province", "the X
   provincial government" (do), "X District Office", "X-gu Office" (gu). "The county", "the
   city", "the province", "the district office" (with "the" and no other word) mean the one
   body so named that was a sentence's subject, and two counties that were subjects leave
   "the county" as it is. (Its near miss "a county named only as a place speaks for no one"
   moved to `tests/quotes/test_round391.py`, which reads such a county back, as the corpus
   authors label it.)
2. Of the bodies that hold a noun ("institute"), a bare "the institute" means the one whose
   name has it as its head noun (the word before the name's first "of" or "for", or its last
   word), not a nearer holder whose name says nothing of the kind (a word before ", the ...
   Institute said" misread as the institute's name); when no holder's name, or two, has the
   head noun, the holder chosen before stays.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, a word of the speaker it must have
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # rule 1: the county that spoke, a paragraph before
        [
            "Dalmae County said Tuesday it would shut two village wells after a dry spring.",
            'The county said the wells were "empty by noon" most days.',
        ],
        "empty by noon",
        "Dalmae County",
    ),
    (  # rule 1: "the city" is a "... City Hall"
        [
            "Pyeongdal City Hall on Monday ordered food stalls off the seawall.",
            'The city said the stalls had become "a fire risk on a wooden walk."',
        ],
        "a fire risk",
        "Pyeongdal City Hall",
    ),
    (  # rule 1: "the district office" is a "...-gu Office"
        [
            "Haneul-gu Office will open a night clinic for day laborers from May.",
            'About 300 laborers a day would use it, "at the very least," the district office said.',
        ],
        "at the very least",
        "Haneul-gu Office",
    ),
    (  # rule 2: the institute, not the word the lede's appositive misread as its name
        [
            "Scientists traced the spread of eels up three rivers by testing water for eel RNA,"
            " the Korea Institute of Tundra Science (KITS) said Monday, calling the method"
            ' "quick and cheap."',
            "The team looked for RNA, or eRNA, shed by young eels.",
            'The institute said the levels were "below alarm but above comfort."',
        ],
        "below alarm",
        "Korea Institute of Tundra Science",
    ),
]

# near misses: the same frames, answered as before the rule
KEEP: list[tuple[list[str], str, str]] = [
    (  # rule 1: two counties were subjects: unclear, the description stays
        [
            "Dalmae County and Baegun County agreed on Tuesday to share a water pipe.",
            'The county said the pipe was "long overdue."',
        ],
        "long overdue",
        "The county",
    ),
    (  # rule 2: "the agency" for the administration just named, not an "... Agency" before
        [
            "The Coastal Radar Agency said Monday it had tested a new radar.",
            "The Defense Procurement Administration said it would buy ten units.",
            '"Delivery will begin next year," the agency said.',
        ],
        "Delivery will begin",
        "Defense Procurement Administration",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round218_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round218_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
