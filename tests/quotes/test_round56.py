"""Round 56: rules read from tuning24's wrong speakers.

Invented sentences (no name or sentence from a corpus article). First: a naming "call" after
"what" or "which" ('what players call a "golden cage"') names the one thing right after it; a
later quotation in the sentence ('... and that Park had been "one of dozens"') is the
sentence speaker's, not the group's. Near misses: the named thing itself stays a term, and a
quotation right after "what X called" in the past stays the group's.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def shorts(paragraphs: list[str]) -> list[str | None]:
    """The short speaker of every quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return [q.speaker_short for q in quotes]


CALLS: list[tuple[list[str], str]] = [
    (
        [
            'Her agent, Moon Tae-il, said the deal was what players call a "golden cage" and '
            'that Park had been "one of dozens."'
        ],
        "Moon Tae-il",
    ),
    (
        [
            "Ahn Bo-ra, a tenant lawyer in Incheon, said the lease was what landlords call a "
            '"flexible term" and that her client had been "tricked from the first day."'
        ],
        "Ahn Bo-ra",
    ),
    (['Bae Jin-ah said what Choi called "a strike" was "reckless."'], "Bae Jin-ah"),
]

CALLS_NEAR: list[tuple[list[str], list[str | None]]] = [
    # coordinated names are both the group's
    (
        ['Yang Ji-hoon said the fee was what critics called "a tax by another name" and "a trap."'],
        ["critics", "critics"],
    ),
    (['Yang Ji-hoon said the fee was what critics called "a tax by another name."'], ["critics"]),
    (
        [
            'The union said the plan was part of what managers call a "lean shift," which '
            'it said had left crews "exhausted and unsafe."'
        ],
        ["union"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), CALLS)
def test_a_naming_call_names_only_the_next_quotation(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs)[-1] == speaker


@pytest.mark.parametrize(("paragraphs", "speakers"), CALLS_NEAR)
def test_calls_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs)[-len(speakers) :] == speakers
