"""Round 57: rules read from tuning25's wrong speakers.

Invented sentences (no name or sentence from a corpus article). First: "on" after the head of
a body ("Committee", "Commission", "Council", "Conference", "Convention") joins its remit to
its name, as "of" does, and the remit's own "and" or list goes on ("the Presidential
Commission on Rural Renewal and Fisheries Policy said"), so the body speaks, not its last
words. Near misses: a day after "on" ("The Commission on Tuesday said") stays out of the name,
a lowercase "committee on Friday" too, and a body in "of" keeps its reading.

"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def speakers(paragraphs: list[str]) -> list[str | None]:
    """The speaker of every quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return [q.speaker for q in quotes]


REMITS: list[tuple[list[str], str]] = [
    (
        [
            "The Presidential Commission on Rural Renewal and Fisheries Policy said in a "
            'statement that it would draft a "five-year blueprint" by June.'
        ],
        "Presidential Commission on Rural Renewal and Fisheries Policy",
    ),
    (
        ['The Council on Water Security said the dam plan was "years overdue."'],
        "Council on Water Security",
    ),
    (
        [
            '"We cannot wait for another flood," said the Committee on Coastal Safety, Ports '
            "and Shipping."
        ],
        "Committee on Coastal Safety, Ports and Shipping",
    ),
    (
        [
            "The Committee on Digital Literacy and Media Policy said it had found "
            '"serious gaps" in school lessons.',
            '"Teachers need support," the committee said.',
        ],
        "Committee on Digital Literacy and Media Policy",
    ),
]

REMITS_NEAR: list[tuple[list[str], str | None]] = [
    (['The Commission on Tuesday said the fine was "fair and final."'], "The Commission"),
    (['The ethics committee on Friday said the case was "closed."'], "The ethics committee"),
    (
        ['The Ministry of Oceans and Fisheries said the ban was "temporary."'],
        "Ministry of Oceans and Fisheries",
    ),
    (
        [
            "Gil Seo-hyun, who chairs the Committee on Rail Safety and Transport, said the "
            'audit was "long overdue."'
        ],
        "Gil Seo-hyun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), REMITS)
def test_a_body_named_by_its_remit_speaks(paragraphs: list[str], speaker: str) -> None:
    assert speakers(paragraphs)[-1] == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), REMITS_NEAR)
def test_remit_near_misses(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers(paragraphs)[-1] == speaker
