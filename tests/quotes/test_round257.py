"""Round 257: a class a record, a ledger or an advertisement gives is a term, no one's words.

Invented sentences only (no name or sentence from a corpus article). 'much of it recorded only
as "staff welfare"', 'filed as "policy research"', 'which the agency lists as "low-risk
equipment"' and 'a package advertised as "Golden Hour"' gave the class to the nearest speaker:
a term with a speaker. Their verbs now class as "classified" and "marketed" do, but only right
before "as" (within two words), since they do other work farther off.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import spoken

TERMS: list[tuple[list[str], str]] = [
    (
        [
            'Budget Watch Busan said in a report that councillors spent "far too much" on meals,'
            ' much of it recorded only as "staff welfare."'
        ],
        "staff welfare",
    ),
    (
        [
            'Rep. Cheon Bo-ra said the receipts were "a scandal," most of them filed as'
            ' "policy research" and paid from office accounts.'
        ],
        "policy research",
    ),
    (
        [
            "Ahn Ye-ji, a researcher at a state think tank, said heaters, which the agency lists"
            ' as "low-risk equipment", were "the real danger."'
        ],
        "low-risk equipment",
    ),
]

KEPT: list[tuple[list[str], str, str]] = [
    (  # near miss: a record's verb far from "as" classes nothing
        [
            "Gal Ye-rim said she had recorded the meeting and would hand it over as"
            ' "proof that they knew."'
        ],
        "proof that they knew",
        "Gal Ye-rim",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start"), TERMS)
def test_round257_terms(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEPT)
def test_round257_kept(paragraphs: list[str], start: str, speaker: str) -> None:
    got = spoken(paragraphs, start)
    assert got is not None and speaker in got
