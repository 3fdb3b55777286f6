"""Round 99: "the former <role>" read back to the one person the story said held that role.

Invented sentences only (no name or sentence from a corpus article). A careful reader takes
"the former furniture maker" for the person introduced as "a former furniture maker", and "the
former pastry chef" for the one the story said had spent years "as a pastry chef". Near
misses keep their answer: two people who both held the role, a role nobody named held, the
role without "former" (a current violinist need not be the one who used to be one), an
anonymous role ("the official"), and "hired NAME as a <role>", whose role is NAME's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is

# (paragraphs, piece of the quotation, speaker the short or full speaker must hold)
RESOLVE: list[tuple[list[str], str, str]] = [
    # (1) "as a <role>" in a sentence about a named person, then "the former <role>"
    (
        [
            "Choi Min-ho, the new music director of the Daegu Symphony, was appointed on "
            "Monday. Seo Ga-eun, who spent 12 years as a violinist in the orchestra, will be "
            "his deputy.",
            "The orchestra has lost a third of its audience since 2019, the city said.",
            '"We will play where people are, in markets and in schools," the former violinist '
            "said.",
        ],
        "in markets",
        "Seo Ga-eun",
    ),
    (
        [
            "Yang Hye-jin, who founded the bakery chain in 2011 after a decade as a pastry "
            "chef at a Busan hotel, denied the report on Tuesday.",
            "The consumer group Sobija Haneul had said the chain cut the butter in its "
            "croissants by a fifth.",
            '"We have never cut the butter. We cut the size," the former pastry chef said.',
        ],
        "never cut the butter",
        "Yang Hye-jin",
    ),
    (
        [
            "Kwon Bo-ra joined the Incheon fire service as a paramedic in 2004 and now heads "
            "its training school.",
            "The school trains about 300 recruits a year, according to the city.",
            '"Most of them have never seen a real cardiac arrest," the former paramedic said.',
        ],
        "real cardiac arrest",
        "Kwon Bo-ra",
    ),
    # (2) the mention's words are the person's own description ("a former furniture maker")
    (
        [
            "Sculptor Nam Ha-eun, a former furniture maker from Tongyeong, and painter Jo "
            "Min-seok opened a joint show in Seoul on Friday.",
            'Jo, who chose the pieces, called her work "quiet and cruel."',
            '"I still cannot look at a chair without turning it over," the former furniture '
            "maker said.",
        ],
        "turning it over",
        "Nam Ha-eun",
    ),
    (
        [
            "Director Im Seon-a, a former documentary maker, and actor Kang Tae-jun spoke at "
            "the premiere in Busan.",
            "Kang said he had lost 10 kilograms for the role.",
            '"He barely ate for a month," the former documentary maker said.',
        ],
        "barely ate",
        "Im Seon-a",
    ),
]

# (paragraphs, piece, the answer that must stay: the description kept, or the one person)
KEEP: list[tuple[list[str], str, str]] = [
    # two people who both held the role: either may be meant
    (
        [
            "Oh Min-ji, who worked as a nurse in Gwangju for a decade, and Park So-yeon, who "
            "served as a nurse in the Army, opened the clinic in March.",
            "It sees about 40 patients a day, most of them over 70.",
            '"We wanted a place the old would not be afraid of," the former nurse said.',
        ],
        "not be afraid of",
        "the former nurse",
    ),
    # a role nobody named held
    (
        [
            "Yang Hye-jin, who spent a decade as a pastry chef, opened the shop in Suncheon.",
            "A line formed outside by 7 a.m. on the first day.",
            '"I have never seen this on our street," the former mayor said.',
        ],
        "never seen this",
        "the former mayor",
    ),
    # the role without a past qualifier: a current violinist is not the one who was one
    (
        [
            "Seo Ga-eun, who spent 12 years as a violinist in the orchestra, now runs its school.",
            "The orchestra has 80 players and a waiting list of 200.",
            '"We need more young players," the violinist said.',
        ],
        "more young players",
        "the violinist",
    ),
    # the role is the object's when a name stands right before "as a": Cha's, not Ma's
    # (right on main through the paragraph before; the new reading must not move it)
    (
        [
            "In 2015, Governor Ma Jin-gyu hired Cha Eun-seo as a speechwriter. Both left "
            "office in 2018, and Ma has since taught law in Daejeon.",
            "His memoir, published on Monday, does not mention her.",
            '"He never read a draft twice," the former speechwriter said.',
        ],
        "never read a draft",
        "Cha Eun-seo",
    ),
    # an anonymous role: "the official" may be anyone
    (
        [
            "Lim Da-som, who worked as an official at the ministry until 2020, now teaches "
            "in Jeju.",
            "The ministry defended the plan on Monday.",
            '"The plan is under review," the official said.',
        ],
        "under review",
        "the official",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), RESOLVE)
def test_former_role_resolves(paragraphs: list[str], piece: str, want: str) -> None:
    assert answer_is(_answer(paragraphs, piece), want)


@pytest.mark.parametrize(("paragraphs", "piece", "want"), KEEP)
def test_near_miss_keeps_its_answer(paragraphs: list[str], piece: str, want: str) -> None:
    answer = _answer(paragraphs, piece)
    assert answer_is(answer, want)
