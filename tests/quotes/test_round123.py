"""Round 123: a body's description of its kind ("the studio", "the think tank") as the body named.

Invented sentences (no name or sentence from a corpus article). Round 76 named a body known
only by "the" + a body noun after the one body of that kind the copy named before it; the
nouns it knew left out some wire copy uses once a body is named: "the corporation" for a
"... Corp.", "the studio" for a "... Pictures" or "... Studios", "the cinema" or "the theater"
for a "... Theater", "the think tank" for an "... Institute", "the rating agency" for a
"... Ratings" (``DESCRIBED_NOUNS`` in ``_speakers.py``, the kinds in ``_bodies.py``).

Near misses keep their answer: two studios (or two rating agencies) named leave the
description; a body of the kind named only after the description is not read (round 76's
dropped rule); a person's role ("the studio head") is a person; "the tank" that is no think
tank names nothing.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts

NAMED_BEFORE: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Tenants at the port have been fighting Mokpo New Port Corp. over rents since March.",
            'The port corporation said the rents were "set by an open tender" and would not '
            "change.",
        ],
        ["Mokpo New Port Corp."],
    ),
    (
        [
            'The horror film "Red Lantern," released by Hanul Pictures last year, drew 2 '
            "million viewers.",
            "A screenwriter, Bang Ye-rin, says the plot was hers.",
            '"We have never seen her script," the studio said in a statement.',
        ],
        ["Hanul Pictures"],
    ),
    (
        [
            "The Yeonhwa Theater, which opened in 1962, will close its doors in June.",
            '"Sixty years of films, one screen," the cinema said on its website.',
        ],
        ["Yeonhwa Theater"],
    ),
    (
        [
            "The Korea Housing Research Institute on Monday cut its forecast for home prices.",
            'The state-funded think tank called the market "frozen at both ends."',
        ],
        ["Korea Housing Research Institute"],
    ),
    (
        [
            "Daon Ratings on Tuesday kept the city's bond rating at A+ with a stable outlook.",
            'The global rating agency said the city\'s finances were "sound and improving."',
        ],
        ["Daon Ratings"],
    ),
]
"""One body of the kind named before the description, its name ending in a word of its kind."""

NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Hanul Pictures and Bomnae Studios both bid for the rights to the novel.",
            '"We made the better offer," the studio said.',
        ],
        ["studio"],
    ),
    (
        [
            "Daon Ratings and Saebyeok Ratings both kept the city's bond rating at A+.",
            '"The finances are sound," the rating agency said.',
        ],
        ["rating agency"],
    ),
    (
        [
            '"We will keep the screen open," the cinema said in a post on Friday.',
            "The Yeonhwa Theater, which opened in 1962, has lost money for three years.",
        ],
        ["cinema"],
    ),
    (
        [
            "Hanul Pictures will release two films this summer.",
            '"The slate is the strongest we have had," the studio head, Pyeon Da-seul, said.',
        ],
        ["Pyeon Da-seul"],
    ),
    (
        [
            "Workers at the Ulsan Fuel Institute found a crack in a storage unit on Monday.",
            '"Nobody was near it," the tank operator said.',
        ],
        ["tank operator"],
    ),
]
"""Two bodies of the kind, a body named only after, a person's role, no think tank."""


@pytest.mark.parametrize(("paragraphs", "speakers"), NAMED_BEFORE)
def test_description_is_the_body_of_its_kind(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


@pytest.mark.parametrize(("paragraphs", "speakers"), NEAR_MISSES)
def test_near_misses_keep_their_answer(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers
