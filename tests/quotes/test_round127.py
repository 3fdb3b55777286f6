"""Round 127: terms given a speaker, a second pass over every tuning split.

Invented sentences only (no name or sentence from a corpus article). Must-resolve cases are
names, not quotations, in the one frame the round kept: a name a subject uses for a thing or
a person in the present of "call", coloured by a naming adverb of manner ('calls his garage
simply "the clinic"', 'jokingly call the grant a "farewell gift"', 'calls them, a little
grandly, "Team Hwajeon"'), even inside a speaker's turn ('..., he added.'). Near misses keep
their speaker: an adverb that is no naming manner ('has routinely called', 'repeatedly
called'), the simple past of one occasion ('jokingly called the merger "..." at a briefing'),
an evaluation with no name's shape ('simply calls the plan "unworkable"', '... a "disaster"',
'"a matter of survival"'), the speaker's own first person, and "said" instead of "call".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is as _right
from tests.quotes.invented import resolve_and_near

_N = None

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Kwon Doh-ryeong, 63, has repaired motorcycles in Gwangju since 1981. "
            '"We fix what the big dealers throw away," he said. He calls his garage simply '
            '"the clinic," and the boxes of spare parts his pharmacy.'
        ],
        "the clinic",
        _N,
    ),
    (
        [
            '"Nobody leaves this program richer, but nobody leaves it broke," Baek Se-rim said. '
            'Some members jokingly call the grant a "farewell gift," he added.'
        ],
        "farewell gift",
        _N,
    ),
    (
        [
            "The walking club of Hwajeon village meets at dawn. Its motto is sewn onto green "
            'caps: "One more hill." The district office calls them, somewhat grandly, '
            '"Team Hwajeon."'
        ],
        "Team Hwajeon",
        _N,
    ),
    (
        [
            '"I shout a lot, but they come back every year," coach Moon Hae-ul said. '
            'Her rowers playfully call the boathouse a "floating barracks," she added.'
        ],
        "floating barracks",
        _N,
    ),
    (
        ['The ward office calls the festival, a bit grandly, "Gangseo Light Week."'],
        "Gangseo Light Week",
        _N,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (
        ['Rep. Ahn Gyu-tak has routinely called the bill "a gift to landlords."'],
        "a gift to landlords",
        "Ahn Gyu-tak",
    ),
    (
        [
            "Rep. Seo Yun-bich, who chairs the committee, repeatedly called the plan "
            '"a betrayal of farmers" during Tuesday\'s hearing.'
        ],
        "a betrayal of farmers",
        "Seo Yun-bich",
    ),
    (
        [
            'Chairman Do Chae-bong jokingly called the merger a "shotgun wedding" at Tuesday\'s '
            "briefing, before turning to the figures."
        ],
        "shotgun wedding",
        "Do Chae-bong",
    ),
    (
        [
            '"We will not sign it," Finance Minister Pyo Ga-on said. '
            'She simply calls the plan "unworkable."'
        ],
        "unworkable",
        "Pyo Ga-on",
    ),
    (
        ['Labor Minister Gu Bit-na simply calls the reform "a matter of survival."'],
        "a matter of survival",
        "Gu Bit-na",
    ),
    (
        [
            '"We fix what the big dealers throw away," said Kwon Doh-ryeong, 63. '
            'He jokingly said the garage was "a hospital for old bikes."'
        ],
        "a hospital for old bikes",
        "Kwon Doh-ryeong",
    ),
    (
        [
            '"Every engine here has a story," Kwon Doh-ryeong said. '
            'He fondly calls the garage "my second home, and my last one."'
        ],
        "my second home",
        "Kwon Doh-ryeong",
    ),
    (
        [
            '"We will not sign it," Finance Minister Pyo Ga-on said. '
            'She simply calls the plan a "disaster."'
        ],
        "disaster",
        "Pyo Ga-on",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
