"""Round 83: a group's name for a named thing, 'Drivers call the N26 "the hospital line"'.

Invented sentences only (no name or sentence from a corpus article). Must-resolve cases are
terms a group of people gives a thing the copy already names with a capital or a number (the
quotation is the thing's other name, nobody's words); near misses keep their answer: a named
speaker's or a pronoun's call, one occasion's past "called", a description with "a", one
lower-case word (a characterisation), and a real quotation after such a sentence.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is as _right
from tests.quotes.invented import resolve_and_near

_N = None

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        ['Nurses call the N41 "the night ward" because it stops at four clinics.'],
        "the night ward",
        _N,
    ),
    (
        ['Drivers call the 7016 "the exam bus" because it stops at three cram schools.'],
        "the exam bus",
        _N,
    ),
    (
        ['Doctors call the KTX-Sancheon "the bullet" for its speed.'],
        "the bullet",
        _N,
    ),
    (
        ['Teachers still call the A5 "the stairway" in winter.'],
        "the stairway",
        _N,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # a capitalised one-word name already had no speaker on main: it keeps none
    (
        ['Divers call the Sambong "the green cathedral" for its kelp.'],
        "the green cathedral",
        _N,
    ),
    (
        ['Divers still call the B3 "the widow maker" in winter.'],
        "the widow maker",
        _N,
    ),
    # one named speaker's call, or a pronoun's: theirs
    (
        ['Mayor Goh Eun-chae calls the N41 "the best bus in the city."'],
        "the best bus",
        "Goh Eun-chae",
    ),
    (
        ['Cha Do-yun said of the route, "I call the N41 my second home."'],
        "second home",
        "Cha Do-yun",
    ),
    # a description with "a" and a lone lower-case word stay the group's characterisation
    (
        ['Critics call the KTX-Eum "a costly toy," Jin Seo-ah reported.'],
        "costly toy",
        "Jin Seo-ah",
    ),
    # a real quotation in the next sentence keeps its speaker
    (
        [
            'Drivers call the N41 "the night ward." '
            '"I carry more nurses than anyone," driver Im Ha-jun said.'
        ],
        "more nurses",
        "Im Ha-jun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
