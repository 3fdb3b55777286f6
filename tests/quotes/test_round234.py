"""Round 234: a city after a town's comma places the town, it is no speaker.

Invented sentences only (no name or sentence from a corpus article). Round 231 read "a role in
TOWN, | CITY" after a verb; this reads the same place before a verb, inside an aside: 'NAME,
who runs a bakery in Mapo, western Seoul, told' gave the words to "Seoul", shown as the country
its capital stands for. A capital, or a place a region's word opens ("western Seoul"), after a
district or a town a preposition names, places it, as round 15 read a province after a county.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            '"Flour went up again," Yoon Ga-eun, who runs a bakery in Mapo, western Seoul, told'
            " reporters."
        ],
        "Flour went up again",
        "Yoon Ga-eun",
    ),
    (
        ['The bakery owner, who works in Jung-gu, Seoul, said flour was "the new gold."'],
        "the new gold",
        "bakery owner",
    ),
    (  # a name after a city's comma still names the role
        ['The mayor of Busan, Park Hyun-su, said flour was "the new gold."'],
        "the new gold",
        "Park Hyun-su",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round234(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


def test_round235_ing_noun_is_no_verb() -> None:
    """Round 235: "warning" after an article and a describing word is a noun, so "The
    current warning ... reads:" gives no one named "The current" (before the round it did)."""
    got = speaker_of(
        [
            "Labels will change next year. The current warning, printed on the back, reads:"
            ' "Keep away from open flame."'
        ],
        "Keep away from open flame",
    )
    assert got is None or "warning" in got, got
