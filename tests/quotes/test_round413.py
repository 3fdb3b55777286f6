"""Round 413: "the elder NAME" and "the younger NAME" told apart in two more ways.

Invented sentences only. Two people share a surname; the copy tells them apart by "the elder"
or "the younger". Read before: both ages, a sibling's rank, or "his father, NAME" and "NAME's
son, NAME". Now also a parent named as a role's kin ("the director's father, NAME": the
father is the elder), and one of the two given an age of 25 or under while the other is
given none ("19-year-old NAME, no relation": the younger). Not when the other's age is
written out in words ("Sixteen-year-old NAME"): that is an age too, and the younger one.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Director Gyeon Ah-ra (견아라) spent four years making her first film, about an"
            " oyster farm on the south coast.",
            "The farm belongs to the director's father, Gyeon Sang-pil, who has worked it for"
            ' 40 years. "He thought I was joking," the director says.',
            "The elder Gyeon, reached by phone, was brief. "
            '"I only hope the oysters look good on a big screen," he said.',
        ],
        "I only hope",
        "Gyeon Sang-pil",
    ),
    (
        [
            "For 30 years, Ok Tae-ju ran a barbershop in Gunsan and sang to his customers.",
            "His rival in the final is 18-year-old Ok Seo-bin, no relation, a student from"
            " Suncheon.",
            "The elder Ok said he practiced every morning before opening the shop."
            ' "The customers never complained, at least not to my face," he said.',
        ],
        "The customers never",
        "Ok Tae-ju",
    ),
    (
        [
            "South Korea's Gyeon Do-ha won the men's singles title on Sunday.",
            "Gyeon, 22, beat a Japanese player in the final.",
            "National team coach Gyeon Mun-bae, no relation, said the win was deserved.",
            'Asked about the next season, the younger Gyeon said, "I want to win twice in a'
            ' row before I dream of more."',
        ],
        "I want to win",
        "Gyeon Do-ha",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (  # an age in words is still an age: the sixteen-year-old is the younger
        [
            "In the same final, 24-year-old Ok Min-seo finished second.",
            "Sixteen-year-old Ok Hae-byeol, no relation, won the women's butterfly on Friday.",
            'The younger Ok said she wanted to "just enjoy the next race."',
        ],
        "just enjoy",
        "Ok Hae-byeol",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), want)
