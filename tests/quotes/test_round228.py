"""Round 228: a request someone reports is told in the reporter's words.

Invented sentences only (no name or sentence from a corpus article). A quotation after a
request ("asked for", "asked the city to", "asked him for") that an earlier verb of saying in
the same sentence reports, that verb having a subject of its own, is the reporter's: 'Ra said
the drivers had asked for a new depot "at least twice"' gives "at least twice" to Ra, who
tells of the request, not to the drivers. Round 194 read so a place's request and round 133 an
agreement; this reads any subject's request. A question asked ('had asked her, "...?"') is no
request: no "for" or "to" follows the verb and its object.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, words the speaker must hold
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # "asked for", an adverbial quotation
        [
            "Bus driver Ra Chan-uk has worked the night route for 11 years. Ra said the drivers"
            ' had asked for a second depot "at least twice" since 2022.'
        ],
        "at least twice",
        "Ra Chan-uk",
    ),
    (  # "asked OBJECT to"
        [
            "A transport ministry official, who spoke on condition of anonymity, said the union had"
            ' asked bus operators to "hold fares for one more year."'
        ],
        "hold fares",
        "transport ministry official",
    ),
    (  # "asked for" with no auxiliary
        [
            "Pharmacist Hwang Bo-reum runs a shop near the market. Hwang said older customers"
            ' asked for cough syrup "almost every evening" last winter.'
        ],
        "almost every evening",
        "Hwang Bo-reum",
    ),
]

# near misses: the same frames, answered as before the round
KEEP: list[tuple[list[str], str, str | None]] = [
    (  # a request no one reports: the askers'
        ['The drivers asked for a second depot "before the next winter."'],
        "before the next winter",
        "drivers",
    ),
    (  # a question asked, reported: the asker is the reporter here too
        [
            "Taxi driver Im Gyu-seok was questioned on Monday. Im told police he had asked the"
            ' passenger, "Is this the right exit?"'
        ],
        "Is this the right exit",
        "Im Gyu-seok",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round228_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round228_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
