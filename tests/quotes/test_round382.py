"""Round 382: "his late father, NAME" and "Seok's father, NAME" tell two Seoks apart by age.

Invented sentences only. Round 190 read a parent or child named after "his", "her" or "their"
("his father, NAME") as one generation older or younger, so that "the younger Seok" means the
other bearer of the surname. The same relation with "late" before it ("his late father") or
owned by the shared surname itself ("Seok's father, NAME": the other Seok's father) told the
two apart by nothing, and "the younger Seok" went to the newest bearer, the father.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Seok Dae-hun carves wooden ducks in a shed in Hwasun.",
            "He learned to carve from his late father, Seok Ham-yul, who sold ducks at the"
            " five-day market.",
            '"Every duck he made looked a little surprised," the younger Seok said.',
        ],
        "Every duck he made looked a little surprised,",
        "Seok Dae-hun",
    ),
    (
        [
            "Yeop Chan-mi runs a noodle shop in Andong that opened in 1982.",
            "The shop was founded by Yeop's mother, Yeop Bu-rang, who still makes the broth.",
            '"She tastes every pot before I open," the younger Yeop said.',
        ],
        "She tastes every pot before I open,",
        "Yeop Chan-mi",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_a_parent_named_so_is_the_elder(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_the_elder_is_the_late_father() -> None:
    # the son named in full last, "the elder Tak" is still the late father
    paragraphs = [
        "Tak Sol-bin restores old radios in Daejeon.",
        "His late father, Tak Jeong-ung, opened the repair stall in 1975. Tak Sol-bin took it"
        " over in 2001.",
        '"A radio is a patient that cannot tell you where it hurts," the elder Tak said.',
    ]
    assert speaker_of(paragraphs, "A radio is a patient", short=True) == "Tak Jeong-ung"


def test_another_surname_s_father_tells_nothing() -> None:
    # near miss: "Yoo's father" owns no Tak, so the two Taks are not told apart by it and the
    # younger Tak stays with the rules as before (the newest bearer named in full)
    paragraphs = [
        "Tak Sol-bin restores old radios in Daejeon with his friend Yoo Gun.",
        "The stall was opened by Yoo's father, Tak Jeong-ung, in 1975.",
        '"I only fix what I can hear," the younger Tak said.',
    ]
    assert speaker_for(paragraphs, "I only fix what I can hear,") == "Tak Jeong-ung"
