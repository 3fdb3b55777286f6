"""Round 358: a comma after a body's "of" or "on" name ends the name unless an "and" closes
the list it starts.

Invented sentences only. 'Asked whether Seoul would speak at the Conference on
Disarmament, Ryu said, "..."' was shown as "Conference on Disarmament, Ryu": the name reader
took the comma for a list inside the body's remit ("Ministry of Culture, Sports and
Tourism"). A list of a body's name ends with "and"; a comma with no "and" after it closes an
opening phrase, and the name after it is the clause's subject. A country alone after the
comma still belongs to the body ("..., Korea").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Asked whether Seoul would raise the matter at the Conference on Disarmament, Ryu"
            ' said, "Our delegation will state its view at the next plenary."'
        ],
        "Our delegation will state its view at the next plenary.",
        "Ryu",
    ),
    (
        [
            'Speaking at the Council on Coastal Fisheries, Gye Seon-ul said, "The quota is'
            ' too low for the small boats."'
        ],
        "The quota is too low for the small boats.",
        "Gye Seon-ul",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_name_after_the_comma_speaks(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


KEEP: list[tuple[list[str], str, str]] = [
    (
        [
            'The Ministry of Culture, Sports and Tourism said, "The festival will go ahead as'
            ' planned."'
        ],
        "The festival will go ahead as planned.",
        "Ministry of Culture, Sports and Tourism",
    ),
    (
        [
            '"The archive will open to the public in March," the National Museum of Modern and'
            " Contemporary Art, Korea said."
        ],
        "The archive will open to the public in March,",
        "National Museum of Modern and Contemporary Art, Korea",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), KEEP)
def test_a_listed_name_stays_whole(paragraphs: list[str], text: str, expected: str) -> None:
    # near misses: read the same before this round
    assert speaker_for(paragraphs, text) == expected
