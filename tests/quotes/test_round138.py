"""Round 138: role nouns resolved to the wrong person, a bare role, or a place.

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. "the deputy director" is not the director: a rank below the title ("deputy", "vice",
   "assistant") names another post, held by the one person introduced as someone's deputy
   ("with her deputy, NAME" or "NAME, her deputy,"); with none, no one named.
2. A name ending in a landform ("the Soyang River", "Mount Gwanak") is a place, never a firm
   "the operator" or "the company" may mean.
3. "NAME, who runs a ferry company" (or "operates") is "the operator" next.
4. "the official" is the one person the paragraph has named whom the story introduced as
   heading a part of a government ("NAME, who heads the county's water bureau").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "Museum Director Ahn So-ra appeared before the council with her deputy, Ku Ji-bin, "
            "as members questioned the cost of the new wing.",
            '"The wing will pay for itself," Ahn told the council.',
            "Ku, who runs the museum's exhibitions office, said visitor numbers had doubled.",
            '"We sold out every weekend in May," the deputy director said.',
        ],
        "We sold out",
        "Ku Ji-bin",
    ),
    (  # 1: an appositive after the name
        [
            "Port Commissioner Mun Hae-rim and Seol Ba-da, her deputy, visited the pier.",
            '"Mun has asked for a review," officials said.',
            '"The cranes are too old," the deputy commissioner said.',
        ],
        "The cranes are too old",
        "Seol Ba-da",
    ),
    (  # 2
        [
            "On a warm Saturday, dozens of tour boats crowd the Soyang River.",
            '"Business has never been better," the operator said.',
        ],
        "Business has never",
        "the operator",
    ),
    (  # 3
        [
            "Bong Tae-rang, who runs a ferry company on the lake, watched the rescue.",
            '"We saw the smoke from the dock," the operator said.',
        ],
        "We saw the smoke",
        "Bong Tae-rang",
    ),
    (  # 4
        [
            "Residents met Wi Chan-seo, who heads the county government's water bureau, on Friday.",
            'Farmers put their question to Wi directly. "The county will pay," the official '
            "replied.",
        ],
        "The county will pay",
        "Wi Chan-seo",
    ),
    (  # 4: the head named in the paragraph as its subject
        [
            "Gong Ha-neul, who leads the city's parks division, said the trail would reopen.",
            "Some hikers were unhappy.",
            'Gong said the fence would stay. "Safety comes first," the official said.',
        ],
        "Safety comes first",
        "Gong Ha-neul",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a deputy named in a title holds it as before
        [
            "Director Ahn So-ra and Deputy Director Ku Ji-bin visited the site.",
            '"It is on time," the deputy director said.',
        ],
        "It is on time",
        "Ku Ji-bin",
    ),
    (  # 1: the director is still "the director"
        [
            "Museum Director Ahn So-ra appeared with her deputy, Ku Ji-bin.",
            '"The wing will pay for itself," the director said.',
        ],
        "The wing will pay",
        "Ahn So-ra",
    ),
    (  # 4: a person heading a civic group is no official
        [
            "Residents met Wi Chan-seo, who heads the Clean River Network, on Friday.",
            'Farmers put their question to Wi directly. "The county will pay," the official '
            "replied.",
        ],
        "The county will pay",
        "the official",
    ),
    (  # 2: a firm named before is still "the operator"
        [
            "Hanul Ferries carried 2 million passengers on the Soyang River last year.",
            '"We will add two boats," the operator said.',
        ],
        "We will add",
        "Hanul Ferries",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round138_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
