"""Round 67: a speaker reported inside another's report (round 65's shape (B)).

Invented sentences (no name or sentence from a corpus article). Rules:

* "the agency's claim that ... "..."" with a body's lowercase role noun as the possessive
  ("the ministry's", "the union's") quotes that body, as "the Finance Ministry's claim" did:
  the role phrase is read without its "'s" (a person's noun, "his elder brother's", is not).

Near misses keep their answers: what the sentence's speaker says of the claim ('... was
"..."'), a claim whose owner is a named body, and a noun of speech no clause follows.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_HOUSING = [
    "The Ministry of Maritime Affairs said Monday its ferry subsidy would keep 12 island "
    "routes open through 2028.",
    'Critics were unconvinced. "Nobody has shown us the numbers," said Pyo Dong-hwan, a '
    "transport economist at Hallim University.",
    'Pyo said the ministry\'s claim that the subsidy would save "at least 40 sailings a week" '
    "had no basis in the timetables.",
]

_PORT = [
    "Dockworkers in Mokpo walked out on Tuesday over plans to automate two berths.",
    "The berth operator, Yeongsan Terminal Co., said in a statement that the union's claim "
    'that the cranes would cost "about 600 jobs" was "simply wrong."',
]

RESOLVE: list[tuple[list[str], str, str]] = [
    # a body's role noun as the claim's possessive: the body named before
    (_HOUSING, "at least 40 sailings", "Ministry of Maritime Affairs"),
    # the union no name was given for: the role itself, not the operator reporting it
    (_PORT, "about 600 jobs", "union"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round67_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


NEAR: list[tuple[list[str], str, str | None]] = [
    # what the operator says of the claim stays the operator's (round 58)
    (_PORT, "simply wrong", "Yeongsan Terminal Co."),
    # the sentence's speaker's own words before the claim
    (_HOUSING, "Nobody has shown us", "Pyo Dong-hwan"),
    # a named body's claim stays that body's
    (
        [
            'Pyo said the Maritime Ministry\'s claim that the subsidy would save "40 sailings '
            'a week" had no basis.'
        ],
        "40 sailings",
        "Maritime Ministry",
    ),
    # a noun of speech whose possessive is a person's: no body read into it
    (
        [
            "Baek Ji-hoon, 52, said at a shareholders' meeting that he backed the board.",
            'He rejected his cousin\'s claim that the board had "never met in a year."',
        ],
        "never met in a year",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), NEAR)
def test_round67_near_misses_keep_their_answer(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker
