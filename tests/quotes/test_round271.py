"""Round 271: the words of a saying or a joke after "that" are no name.

Invented sentences only (no name or sentence from a corpus article). 'A saying among the
divers holds that "..."', 'a joke has it that "..."' and 'a quip making the rounds was that
"..."' lost their quotation whole: with no speaker found, a partial right after "that" was
read as a name after a determiner ('that "Korean wave"'). When a saying, a proverb, a joke or
a quip opens the sentence, a clause of four words or more after "that" is its words; the
panel shows it with no speaker (the corpus labels a saying with none). Shorter ones, and
clauses after "that" with no saying before them, stay as they were.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

FOUND: list[tuple[str, str]] = [
    (
        "An old saying among the divers of Udo holds that \u201cthe tide keeps what the net"
        " forgets.\u201d",
        "the tide keeps what the net forgets.",
    ),
    (
        'Among bus drivers, an old joke has it that "the route gets longer, the break gets'
        ' shorter."',
        "the route gets longer, the break gets shorter.",
    ),
    (
        'In the market, the quip making the rounds was that "a stall is for a season, but a'
        ' debt is for life."',
        "a stall is for a season, but a debt is for life.",
    ),
]


@pytest.mark.parametrize(("paragraph", "text"), FOUND)
def test_clause_after_that_is_found_with_no_speaker(paragraph: str, text: str) -> None:
    quotes = extract_quotes("", [paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [(text, None)]


def test_short_name_after_that_stays_a_name() -> None:
    # near miss: two words after "that" are still a name the copy points at
    assert not extract_quotes("", ['Fans still love that "Korean wave" feeling.'])


def test_joke_as_a_verb_keeps_its_subject() -> None:
    # near miss: "joke" after a plural subject is their verb, not a joke nobody owns
    paragraph = 'Drivers in Jeongseon joke that "the bus comes when the weather lets it."'
    assert [(q.text, q.speaker) for q in extract_quotes("", [paragraph])] == [
        ("the bus comes when the weather lets it.", "Drivers in Jeongseon")
    ]


def test_a_joke_that_goes_the_rounds_has_no_speaker() -> None:
    # review: the joke is read where round 118 reads a saying ('a joke ... goes, "..."')
    paragraph = (
        'Residents call the cold spell "the fridge," and a joke going around the harbor goes,'
        ' "Pack a coat in August and a swimsuit in December."'
    )
    speakers = {q.text: q.speaker for q in extract_quotes("", [paragraph])}
    assert speakers["Pack a coat in August and a swimsuit in December."] is None
