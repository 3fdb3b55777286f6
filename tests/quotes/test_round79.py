"""Round 79: which name speaks, from the wrong names of the fresh splits tuning27 to tuning29.

Invented sentences only (no name or sentence from a corpus article). Each rule has cases that
must resolve (each fails on main) and near misses whose answer on main must stay.

Shape 1 (four articles of two splits, tuning25 and tuning27): a word English capitalises only
because it opens the sentence, a number counting a span of time ("Nine months ago, NAME"),
the auxiliary of a question ("Does she miss it?") or an adverb ("Back in the hall, NAME",
"Even so, NAME"), read as the sentence's subject, a name, so that a later "she said" meant
it. The near misses: the same words as surnames ("Back Ji-hoon", "Do, asked about it,
said", "Ok said") and numbers counting the subject ("Nine workers walked out").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

# (paragraphs, piece of the quotation, speaker the short or full speaker must hold, or None)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Nine months ago, Pyo Ha-neul, a 31-year-old baker in Suncheon, put her savings into "
            "a bond fund.",
            "“It felt safe,” she said. “Then it did not.”",
        ],
        "It felt safe",
        "Pyo",
    ),
    (
        [
            "Seven years ago, Ma Jun-seo (마준서) quit his job at a bank in Daejeon to grow "
            "mushrooms.",
            "“I have never been this tired or this happy,” he said.",
        ],
        "never been this tired",
        "Ma",
    ),
    (
        [
            "Twenty years ago, Gil Seon-ae, a widow in Yeosu, opened a noodle stall by the harbor.",
            "“The noodles have not changed. The prices have,” she said.",
        ],
        "noodles have not changed",
        "Gil",
    ),
    (
        [
            "Eom Da-yeon now teaches at a hagwon in Ulsan. She sleeps more, she said. Does she "
            "miss the newsroom?",
            "“The deadlines,” she said, after a pause. “Only the deadlines.”",
        ],
        "The deadlines",
        "Eom",
    ),
    (
        [
            "Tae Min-gyu left the navy in 2019. Did he ever think of going back?",
            "“Every winter,” he said with a grin.",
        ],
        "Every winter",
        "Tae",
    ),
    (
        [
            "Back in the workshop, Moon Geon-u, 52, is sanding a chair. “My grandfather sold "
            "these in Andong,” he said."
        ],
        "My grandfather sold",
        "Moon",
    ),
    (
        [
            "Back in the workshop, Moon Geon-u, 52, is sanding a chair.",
            "Asked whether the orders would last, he shrugged. “Ask the hotels,” he said.",
        ],
        "Ask the hotels",
        "Moon",
    ),
    (
        ["Even so, Gu Han-byeol, a potter in Icheon, is not worried. “Clay is patient,” he said."],
        "Clay is patient",
        "Gu",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Outside the station, Ok Ji-hye, 27, hands out leaflets every morning. “Nobody reads "
            "them, but they take them,” she said."
        ],
        "Nobody reads them",
        "Ok",
    ),
    (
        [
            "Not every shop owner agrees. Seok Yun-ah, who sells tea in Insa-dong, has stopped "
            "buying in bulk.",
            "“Now I order one box at a time,” she said.",
        ],
        "one box at a time",
        "Seok",
    ),
    (
        [
            "Nine workers at the plant in Gumi walked out on Monday.",
            "“We are tired of waiting,” they said.",
        ],
        "tired of waiting",
        "workers",
    ),
    (
        [
            "Pyo Ha-neul put her savings into a bond fund nine months ago.",
            "“It felt safe,” she said. “Then it did not.”",
        ],
        "It felt safe",
        "Pyo",
    ),
    (
        [
            "Back Ji-hoon, a coach in Gwangju, said the team was ready. “We trained all summer,” "
            "he said."
        ],
        "trained all summer",
        "Back",
    ),
    (
        [
            "The ministry said it would review the plan. “Nothing is decided,” Deputy Minister "
            "Na Eun-gyeol said."
        ],
        "Nothing is decided",
        "Na",
    ),
    (
        [
            "Even so, the union said it would strike. “We have waited long enough,” union leader "
            "Ahn Jae-ho said."
        ],
        "waited long enough",
        "Ahn",
    ),
    (
        [
            "Do Hye-rim, asked about the closures after the meeting, said no branch would shut "
            "“before the spring.”"
        ],
        "before the spring",
        "Do",
    ),
    (
        [
            "Not everyone is so sure. Ha Seon-mi, a retail analyst at Daeyang Securities, said "
            "the merger could stall.",
            "“The regulators will take their time,” she said.",
        ],
        "regulators will take",
        "Ha Seon-mi",
    ),
    (
        [
            "Seven players from the youth team were called up on Monday.",
            "“We are ready,” they said in a joint message.",
        ],
        "We are ready",
        "players",
    ),
    (
        [
            "Ok Bo-ra runs a bakery in Jeonju. Ok said she bakes every night. “The ovens never "
            "rest,” she said."
        ],
        "ovens never rest",
        "Ok",
    ),
]


def _answer(paragraphs: list[str], piece: str) -> str | None:
    """The short and the full speaker of the quotation holding ``piece``; "" when no
    quotation holds it."""
    for quote in extract_quotes("", paragraphs):
        if piece in quote.text:
            if quote.speaker_short is None:
                return None
            return quote.speaker_short + "|" + (quote.speaker or "")
    return ""


def _right(answer: str | None, want: str | None) -> bool:
    if want is None:
        return not answer
    return answer is not None and want.lower() in answer.lower()


@pytest.mark.parametrize(
    ("paragraphs", "piece", "want"),
    [pytest.param(*case, id=f"resolve-{i}") for i, case in enumerate(RESOLVE)]
    + [pytest.param(*case, id=f"near-{i}") for i, case in enumerate(NEAR)],
)
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
