"""Round 87: quoted terms a group gives a thing, read on the term-rich tuning36.

Invented sentences only (no name or sentence from a corpus article). Must-resolve cases are
names a group of people gives a thing, in the frames tuning26, tuning32, tuning35 and
tuning36 hold: an adverb of manner between the group and its "call" ('which its engineers
fondly call "the ..."') and a bare plural noun a group gives a plural object ('Students call
their tokens "seeds."'). Near misses keep their answer: an adjective
or an adverb and an adjective (a group's judgement, round 70's 'call the plan "deeply
flawed"'), a description with "a", one named speaker, a singular object, a past "called" of
one occasion, and a real quotation after such a sentence. A third frame is one person's
habitual name for a thing, the present "calls" before an object and a short "the ..." ('NAME,
who calls the booths "the ...," said: "..."'), beside that person's judgements in the same
frame (a rank, a contrast, "a", a long phrase, the past "called").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is as _right
from tests.quotes.invented import resolve_and_near

_N = None

RESOLVE: list[tuple[list[str], str, str | None]] = [
    # rule 1: an adverb of manner between the group and "call"
    (
        [
            "Gyeonggi Province runs the ferry Saebyeol, which its engineers fondly call "
            '"the old mule."'
        ],
        "the old mule",
        _N,
    ),
    (
        ['Visitors queue for the rye loaf, which its bakers jokingly call "the doorstop."'],
        "the doorstop",
        _N,
    ),
    # rule 2: a bare plural noun a group gives a plural object
    (
        ['Students call their tokens "seeds."'],
        "seeds",
        _N,
    ),
    (
        ['Critics call such apps "ghostbots," and regulators are watching.'],
        "ghostbots",
        _N,
    ),
    (
        ['Drivers call their routes "ladders."'],
        "ladders",
        _N,
    ),
    (
        ['Yoon Ha-ram said he still works 11 hours. The firm\'s ads call its couriers "falcons."'],
        "falcons",
        _N,
    ),
    # rule 3: the name one person habitually gives a thing, a short "the ..." after "calls"
    (
        [
            'Rep. Gong Ha-neul, who calls the proposal "the lunchbox tax," said in a statement: '
            '"Nobody asked teachers before writing it."'
        ],
        "the lunchbox tax",
        _N,
    ),
    (
        [
            'Pyeon, who calls his old van "the rolling kitchen," said: "It has fed more people '
            'than my restaurant ever did."'
        ],
        "the rolling kitchen",
        _N,
    ),
    (
        ['Coach Do Min-gyu calls the twin strikers "the hammers" because they never pass.'],
        "the hammers",
        _N,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # rule 3's near misses: a rank or superlative, a contrast with a comma, "a", a long
    # phrase, a pronoun inside the speaker's turn, and the past "called" of one occasion
    # stay theirs
    (
        [
            'Rep. Gong Ha-neul, who calls the proposal "the worst bill of the session," said '
            "she would vote against it."
        ],
        "the worst bill",
        "Gong Ha-neul",
    ),
    (
        [
            'Pyeon, who calls his van "the best worker I ever hired, and the cheapest," said '
            "he would keep it."
        ],
        "the best worker",
        "Pyeon",
    ),
    (
        ['Pyeon, who calls the course "a speed trap, not a road," said the city must act.'],
        "a speed trap",
        "Pyeon",
    ),
    (
        ['Coach Do Min-gyu calls the derby "the one match of the year that keeps our town awake."'],
        "the one match",
        "Do Min-gyu",
    ),
    (
        [
            '"Some weeks are fine," the 61-year-old trader Cheon Bo-ra said. She calls the '
            'price board "the seesaw" and checks it every morning.'
        ],
        "the seesaw",
        "Cheon Bo-ra",
    ),
    (
        ['Coach Do Min-gyu called the twin strikers "the future of the club" on Monday.'],
        "the future of the club",
        "Do Min-gyu",
    ),
    # an adjective, or an adverb and an adjective: the group's judgement stays theirs
    (
        ['Critics call the reforms "reckless."'],
        "reckless",
        "Critics",
    ),
    (
        ['Officials call the new shifts "inhumane," union leader Bang Ju-ri said.'],
        "inhumane",
        "Bang Ju-ri",
    ),
    (
        ['Critics openly call the plan "deeply flawed."'],
        "deeply flawed",
        "Critics",
    ),
    (
        ['The council passed a budget officials call "barely adequate."'],
        "barely adequate",
        "officials",
    ),
    # a description with "a": theirs
    (
        ['Critics bluntly call the plan "a giveaway to landlords."'],
        "giveaway to landlords",
        "critics",
    ),
    # one named speaker's call keeps its speaker
    (
        ['Rep. Baek So-yun called the new rules "shackles" at a hearing on Monday.'],
        "shackles",
        "Baek So-yun",
    ),
    (
        ['Ha Jin-seo, a nurse in Daejeon, calls the night shifts "endless" and wants more staff.'],
        "endless",
        "Ha Jin-seo",
    ),
    # a plural noun for a singular object is no name of it
    (
        ['Farmers call the subsidy "peanuts," their union chief Son Min-ho said.'],
        "peanuts",
        "Son Min-ho",
    ),
    # a real quotation in the next sentence keeps its speaker
    (
        [
            'Students call their tokens "seeds." '
            '"We vote on every new snack," student president Ahn Ye-jin said.'
        ],
        "every new snack",
        "Ahn Ye-jin",
    ),
]


# Round 87 left two frames as strict xfails: a group's compound of nouns after a present
# "call" was kept as the group's characterisation ('metal' ends like an adjective). Round 141
# reads a present "call" by a group as the group's habitual name when no word of the span
# weighs anything (no adverb, no word of judgement): both are terms now.
LEFT: list[object] = [
    pytest.param(
        ['Her braces use nitinol, an alloy workers call "memory metal."'],
        "memory metal",
        _N,
    ),
    pytest.param(
        ['The government buys empty homes, a scheme officials call "rent credits."'],
        "rent credits",
        _N,
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), LEFT)
def test_left(paragraphs: list[str], piece: str, want: str | None) -> None:
    """Frames the round left, which round 141 resolved."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
