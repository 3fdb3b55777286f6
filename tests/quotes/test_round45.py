"""Round 45: the owner of a message addressed to someone, 'NAME had a message for NAME: "..."'.

English gives a message its sender as the subject of the clause that holds it: 'Tak had a
message for Moon: "..."' and 'Tak sent a note to Moon: "..."' quote Tak, whom the message is
from, never "a message" (a document names nobody) nor Moon, to whom it goes. Round 40 read the
frame only with the noun right before the colon ('sent Moon a message: "..."'); the phrase of
the one addressed ("for NAME", "to him") between noun and colon left "a message" as the
speaker. Every sentence here is invented (no name or sentence from the corpus).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_N = None

MUST_RESOLVE: list[tuple[list[str], str, str]] = [  # paragraphs, piece, speaker
    (['Tak Seong-min had a message for Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min has a message for Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min had a message for him: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min sent a note to Moon Ha-yul: "The vote is on Friday."'], "Friday", "Tak"),
    (['Tak Seong-min left a note for her: "The vote is on Friday."'], "Friday", "Tak"),
    (['Tak Seong-min posted a message to Moon Ha-yul: "See you in court."'], "court", "Tak"),
    (['Tak Seong-min also had a message for Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
    (['Tak Seong-min wrote a letter to Moon Ha-yul: "I regret nothing."'], "regret", "Tak"),
    (
        ['Tak Seong-min had a message for Moon Ha-yul: "Keep your promises. We are watching."'],
        "watching",
        "Tak",
    ),
    (
        [
            "Moon Ha-yul won the seat on Sunday.",
            'Tak Seong-min had a message for Moon Ha-yul: "Keep your promises."',
        ],
        "promises",
        "Tak",
    ),
    (['Pyeon Ji-a emailed a note to Tak Seong-min: "The deal is off."'], "deal is off", "Pyeon"),
    (['Tak Seong-min left a message for Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
    (['Tak Seong-min had a note for Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
    (['Tak Seong-min had a message to Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
]

NEAR_MISSES: list[tuple[list[str], str, str | None]] = [  # the present answer stays
    # the message right before the colon, no one addressed: round 40's frame, unchanged
    (['Tak Seong-min sent Moon Ha-yul a message: "Keep your promises."'], "promises", "Tak"),
    # a noun of no message: the subject already speaks
    (['Tak Seong-min had a warning for Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min had some advice for him: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min had one request for Moon Ha-yul: "Call me."'], "Call me", "Tak"),
    # a message whose writer is named after its noun: round 13's frame, the writer speaks
    (
        ['Tak Seong-min read out a message Moon Ha-yul sent him in May: "Stay home."'],
        "Stay home",
        "Moon",
    ),
    # the message after the quotation
    (['"Stay home," Tak Seong-min wrote in a message to Moon Ha-yul.'], "Stay home", "Tak"),
    # the one addressed is never the speaker
    (['Tak Seong-min told Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    # a word quoted, no colon: a term stays nobody's
    (['Tak Seong-min had a message for "the silent majority" in May.'], "silent majority", _N),
    # a message sentence with no quotation leaves the next speaker alone
    (
        [
            "Tak Seong-min had a message for Moon Ha-yul.",
            '"We will win," Pyeon Ji-a said.',
        ],
        "We will win",
        "Pyeon",
    ),
    (['Moon Ha-yul replied: "Thank you for the note."'], "Thank you", "Moon"),
    (['Tak Seong-min said on Monday: "Keep your promises."'], "promises", "Tak"),
]


def _speaker(paragraphs: list[str], piece: str) -> tuple[bool, str | None]:
    quotes = [q for q in extract_quotes("", paragraphs) if piece in q.text]
    if not quotes:
        return False, None
    return True, quotes[0].speaker


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), MUST_RESOLVE)
def test_message_owner(paragraphs: list[str], piece: str, speaker: str) -> None:
    found, got = _speaker(paragraphs, piece)
    assert found and got is not None and speaker in got, got


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), NEAR_MISSES)
def test_near_miss(paragraphs: list[str], piece: str, speaker: str | None) -> None:
    found, got = _speaker(paragraphs, piece)
    if speaker is None:
        assert got is None, got
    else:
        assert found and got is not None and speaker in got, got
