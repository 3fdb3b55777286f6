"""Round 135: a body named in full, then credited by a description of its kind.

Invented sentences (no name or sentence from a corpus article). Two shapes:

A firm whose name ends in a word of its trade ("Dongho Steel", "Saebom Chemical") and that
the copy names only in a possessive ("Dongho Steel's Dangjin plant") or in a person's title
before "the company said": round 76's kinds (``_bodies._KIND_HEADS``) knew no "Steel" and
read no name before "'s", so the description stayed.

A league whose name says no kind but ends in its country's name ("Esports Champions Korea",
round 76's "Statistics Korea" shape) then called "the league" in a story about its teams,
coaches or players (``_speakers.SpeakerTable._unkinded``).

Near misses keep their answer: two firms named only so, the firm named only after the
description, a person's role ("a company spokesperson"), a firm that is itself the subject
(already resolved); a league named "... League" beside the kindless body, a story with no
team, coach or player ("Statistics Korea said ..." then "the league said"), "the league
commissioner, NAME" who is a person, "a youth futsal league" that is a new body.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts

FIRM_NAMED_BEFORE: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Workers at Dongho Steel's Dangjin plant walked off the job on Monday over a pay "
            "freeze.",
            '"We will keep talking with the union until a deal is reached," the company said '
            "in a statement.",
        ],
        ["Dongho Steel"],
    ),
    (
        [
            "For 20 years the naphtha cracker at Saebom Chemical\u2019s Yeosu complex has run "
            "around the clock.",
            "On Tuesday the company began shutting it down, citing cheap imports.",
            'The company said no workers would be laid off. "Everyone will be moved to our '
            'other lines," it said.',
        ],
        ["Saebom Chemical"],
    ),
    (
        [
            "A four-hour outage of Gaon Telecom's mobile network left card readers dead "
            "across Daejeon on Sunday.",
            '"We apologize to every customer affected," the company said.',
        ],
        ["Gaon Telecom"],
    ),
]
"""One firm named before "the company", in a possessive, its name ending in its trade."""

FIRM_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Workers at Dongho Steel's Dangjin plant and at Hanul Motors' Ulsan plant walked "
            "out on Monday.",
            '"We will keep talking," the company said.',
        ],
        ["company"],
    ),
    (
        [
            '"We will keep talking with the union," the company said.',
            "Workers at Dongho Steel's Dangjin plant walked off the job on Monday.",
        ],
        ["company"],
    ),
    (
        [
            "Workers at Dongho Steel's Dangjin plant walked off the job on Monday.",
            '"Nobody told us anything," said Ahn Ji-ho, a company spokesperson.',
        ],
        ["Ahn Ji-ho"],
    ),
    (
        [
            "Dongho Steel said Monday it would idle its oldest furnace.",
            '"Demand is too weak," the company said.',
        ],
        ["Dongho Steel"],
    ),
]
"""Two firms, the firm named after, a person's role, the firm as the subject."""

LEAGUE_NAMED_BEFORE: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "The Esports Champions Korea (ECK) on Monday suspended Bang Tae-o, head coach of "
            "the Blue Comets, for a year after an inquiry into abuse of players.",
            '"No trophy is worth a young player\'s health," the league said in a statement.',
        ],
        ["Esports Champions Korea"],
    ),
    (
        [
            "Basketball Korea on Friday fined the Incheon Sea Hawks 10 million won for "
            "fielding an ineligible player.",
            "Fans protested outside the arena.",
            '"The rules are clear and apply to every team," the league said.',
        ],
        ["Basketball Korea"],
    ),
]
"""A league named in full, its name ending in its country's, then "the league"."""

LEAGUE_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Statistics Korea said Tuesday that youth sports sign-ups fell 8 percent last year.",
            '"Fewer children means fewer teams," the league said.',
        ],
        ["league"],
    ),
    (
        [
            "Esports Champions Korea and the Hanbit Futsal League both signed sponsorship "
            "deals on Monday with the Blue Comets' coach present.",
            '"It is a big day," the league said.',
        ],
        ["Hanbit Futsal League"],
    ),
    (
        [
            "The Esports Champions Korea (ECK) on Monday banned two players for match-fixing.",
            '"We accept the ruling," the league commissioner, Baek Ha-neul, said.',
        ],
        ["Baek Ha-neul"],
    ),
    (
        [
            "Basketball Korea on Friday fined the Incheon Sea Hawks 10 million won.",
            '"Fewer children means fewer teams," a youth futsal league said.',
        ],
        ["youth futsal league"],
    ),
]
"""No team, coach or player; a "... League" named; a person's role; a new league."""


@pytest.mark.parametrize(("paragraphs", "speakers"), FIRM_NAMED_BEFORE)
def test_company_is_the_firm_named_in_a_possessive(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


@pytest.mark.parametrize(("paragraphs", "speakers"), FIRM_NEAR_MISSES)
def test_firm_near_misses_keep_their_answer(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


@pytest.mark.parametrize(("paragraphs", "speakers"), LEAGUE_NAMED_BEFORE)
def test_league_is_the_kindless_body_named(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


@pytest.mark.parametrize(("paragraphs", "speakers"), LEAGUE_NEAR_MISSES)
def test_league_near_misses_keep_their_answer(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers
