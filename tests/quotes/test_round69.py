"""Round 69: "the + role noun" for a person introduced without that noun.

Invented sentences (no name or sentence from a corpus article). First: a sentence that opens
with an age in the possessive ("The 16-year-old's program included ...") speaks of the
person the copy is about, as round 65 read "The 26-year-old joined ...": that person is that
age, so "the teenager" (an age 13 to 19) or "the 17-year-old" later is that person. Near
misses: two people of a teenager's age leave "the teenager" a description (no name), the
owner's kin in the possessive ("The 16-year-old's mother, NAME,") keeps her own quotation,
and a new unnamed speaker ("a spectator") stays one.

Second: an age given as a predicate right after the name and its Hangul ("Kwak Ha-yoon
(곽하윤) was 15 years, four months and two days old when ...") is that person's age, as
"NAME (Hangul), 15," is (round 15). Near misses: "was 15 years in the army" gives no age (the
one teenager named stays the speaker), and a second teenager named leaves "the teenager"
without a name.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts

AGED_POSSESSIVES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Seo Ji-ho (서지호) won the national junior piano contest in Busan on Sunday.",
            "The 16-year-old's program included two Chopin etudes and a new work by composer "
            "Min Tae-gyu, 52.",
            '"I played the last page with my eyes closed," the teenager said.',
        ],
        ["Seo Ji-ho"],
    ),
    (
        [
            "Goh Ye-rin (고예린) finished first in the women's 400 meters at the national "
            "sports festival in Mokpo.",
            "The 15-year-old\u2019s time of 53.1 seconds broke a record set by Pyo Han-sol, 27, "
            "in 2019.",
            '"I did not look at the clock until I stopped," the teenager told reporters.',
        ],
        ["Goh Ye-rin"],
    ),
    (
        [
            "Bong Da-hee (봉다희) became the youngest winner of the Jeonju calligraphy prize "
            "on Friday.",
            "The 17-year-old's scroll was chosen from 400 entries by a jury led by teacher "
            "Yang Seung-bo.",
            '"My grandmother made me copy one poem every night," the 17-year-old said.',
        ],
        ["Bong Da-hee"],
    ),
    (
        [
            "Seo Ji-ho (서지호) and Uhm Na-ri (엄나리), 15, shared first prize at the national "
            "junior piano contest in Busan on Sunday.",
            "The 16-year-old's program included two Chopin etudes.",
            "Judges praised both finalists.",
            '"I played the last page with my eyes closed," the teenager said.',
        ],
        ["teenager"],  # two teenagers: no name (main gave the one whose age was known)
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), AGED_POSSESSIVES)
def test_aged_possessive_gives_the_age(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


AGED_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Seo Ji-ho (서지호) won the national junior piano contest in Busan on Sunday.",
            "The 16-year-old's mother, Ra Eun-ju, sat in the front row. \"I could not "
            'breathe," she said.',
            '"I played the last page with my eyes closed," the teenager said.',
        ],
        ["Ra Eun-ju", "Seo Ji-ho"],
    ),
    (
        [
            "Seo Ji-ho (서지호) won the national junior piano contest in Busan on Sunday.",
            "The 16-year-old's program included two Chopin etudes.",
            '"Nobody left their seat," a spectator said.',
        ],
        ["spectator"],
    ),
    (
        [
            "Cha Min-gyu (차민규) won the national amateur piano contest in Busan on Sunday.",
            "The 45-year-old's program included two Chopin etudes.",
            '"I played the last page with my eyes closed," the teenager said.',
        ],
        ["teenager"],  # the only person named is 45: "the teenager" is someone else
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), AGED_NEAR_MISSES)
def test_aged_possessive_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


YEARS_OLD: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Kwak Ha-yoon (곽하윤) was 15 years, four months and two days old when her "
            "opponent, world champion Rhee Tae-hwa, 31, resigned in the final on Sunday.",
            '"I was lucky on move 60," the teenager said.',
        ],
        ["Kwak Ha-yoon"],
    ),
    (
        [
            "Kwak Ha-yoon (곽하윤) is 16 years old and already the country's best archer, "
            "coach Rhee Tae-hwa said.",
            "Rhee coached three Olympians.",
            '"I only see the yellow," the teenager said.',
        ],
        ["Kwak Ha-yoon"],
    ),
    (
        [
            "Kwak Ha-yoon (곽하윤) was 15 years, four months and two days old when her "
            "opponent, Rhee Tae-hwa (이태화), 14, resigned in the final on Sunday.",
            "Both were praised.",
            '"I was lucky on move 60," the teenager said.',
        ],
        ["teenager"],  # two teenagers: no name (main gave the one whose age it read)
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), YEARS_OLD)
def test_years_old_gives_the_age(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


def test_years_in_office_is_no_age() -> None:
    paragraphs = [
        "Kwak Ha-yoon (곽하윤) was 15 years in the army before he ran for office, aide "
        "Rhee Tae-hwa, 17, said.",
        "The party lost.",
        '"I only see the yellow," the teenager said.',
    ]
    assert shorts(paragraphs) == ["Rhee Tae-hwa"]
