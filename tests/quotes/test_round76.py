"""Round 76: a body's description left as the speaker ("the club", "the federation").

Invented sentences (no name or sentence from a corpus article). A definite description of a
body ("the" + describing words + a body noun) that nothing else resolves is the body of that
kind the copy has named before it, when it has named exactly one (``name_kind_bodies`` in
``_bodies.py``): "the federation" after the "Korea Curling Association" named in a person's
appositive, "the group" after a group named only in a founder's title, "the pension fund"
after the one body named "... Pension Service". A description in the lede whose body is
named only after it ("the national archery federation" then "The Korea Archery
Association") stays a strict xfail: reading it as the first body of its kind named next was
tried and dropped (a held-out split fell below its floor).

Near misses keep their answer: two teams named leave "the club" a description; a noun whose
kind matches nothing named ("the league" when only a club is named) stays; a contrast ("the
ruling party") or a describing word the name lacks ("the presidential office" when only a
prosecutors' office is named) is no name the copy gave; a person noun is not this rule's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts

NAMED_BEFORE: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Yeom Chan-wook, president of the Korea Curling Association, said the team would "
            "train in Gangneung until the Games.",
            "Two players were dropped from the squad on Monday.",
            '"No athlete is bigger than the team," the federation said in a statement.',
        ],
        ["Korea Curling Association"],
    ),
    (
        [
            "The eldest son of the late Hwaseong Group founder Maeng Il-kyu has sued his "
            "sister over a 2023 share transfer.",
            "Maeng Do-hyun said the transfer was signed while his father was in hospital.",
            '"Our 30,000 employees will not feel any of this," the group said in a statement.',
        ],
        ["Hwaseong Group"],
    ),
    (
        [
            "Critics of the merger urged the Korea Teachers Pension Service to vote against it.",
            '"The price is too low," said Gu Hae-jin, a fund manager at Nuri Asset Management.',
            'The pension fund said it would "look at the deal with care" before the March vote.',
        ],
        ["Gu Hae-jin", "Korea Teachers Pension Service"],
    ),
]
"""One body of the kind named before the description (in a title, an appositive, an object)."""

LEDE_NAMED_NEXT: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "SEOUL, May 9 (Yonhap) -- The national archery federation said Friday it would "
            '"rebuild trust from the range up" after a coach was charged with fixing trials.',
            "The Korea Archery Association, which suspended coach Jeon Bo-gyeom in April, "
            "will hold new trials in June.",
        ],
        ["Korea Archery Association"],
    ),
    (
        [
            "SEOUL, Oct. 2 (Yonhap) -- A 9th-century bronze bell found near Gyeongju is "
            '"the oldest of its kind," the state folklore institute said Thursday.',
            "The bell, 41 centimeters tall, was found by a farmer clearing a pond in March.",
            "Researchers at the National Folklore Institute of Korea dated it by the casting "
            "of its rim.",
        ],
        ["National Folklore Institute of Korea"],
    ),
]
"""A description in the lede, nothing of its kind before it: the body named next."""

NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Fans of the Incheon Owls and the Mokpo Gulls clashed outside the stadium after "
            "Sunday's final.",
            '"We will appeal the red card," the club said.',
        ],
        ["club"],
    ),
    (
        [
            "The Incheon Owls fired head coach Bae Yul-ho on Sunday.",
            '"The schedule will not change," the league said.',
        ],
        ["league"],
    ),
    (
        [
            "Rep. Seol Min-gu of the Saenuri Future Party filed the bill on Monday.",
            '"It is a bill for the few," the ruling party said.',
        ],
        ["ruling party"],
    ),
    (
        [
            "The Supreme Prosecutors' Office indicted two aides on Monday.",
            '"We have no comment on an open case," the presidential office said.',
        ],
        ["presidential office"],
    ),
    (
        [
            "Hwaseong Group chairman Maeng Il-kyu, 78, will step down in March.",
            '"I leave the group in good hands," the chairman said.',
        ],
        ["Maeng Il-kyu"],
    ),
]
"""Two bodies of the kind, none, a contrast, a describing word the name lacks, a person."""


@pytest.mark.parametrize(("paragraphs", "speakers"), NAMED_BEFORE)
def test_description_is_the_one_body_of_its_kind(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


@pytest.mark.xfail(
    strict=True,
    reason="not read: the lede's description as the first body of its kind named after it "
    "was tried (right 2 on the tuning splits) and put a held-out split below its floor",
)
@pytest.mark.parametrize(("paragraphs", "speakers"), LEDE_NAMED_NEXT)
def test_lede_description_is_the_body_named_next(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


@pytest.mark.parametrize(("paragraphs", "speakers"), NEAR_MISSES)
def test_near_misses_keep_their_answer(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers
