"""Round 408: the name someone "used to call" a thing is a name (terms).

Invented sentences only. "Used to" is a habit of the past: 'workers used to call the kiln
"the ..."', 'his father used to call his first rods "..."' give the name someone gave a thing
then (a nickname per the corpus README), whoever gave it, not the words of one occasion. The
quotation got the speaker of the paragraph (or the group). It is now a term: a partial of at
most six words after "used to call" and an object of words only. Not "once called" (one
occasion), not "used to tell", not "used to call for" (a demand), not a longer quotation.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Jin Bong-su, 66, ran the town's last rice mill until 2019.",
            'He said the farmers used to call the old husker "the grumbler" because of its noise.',
        ],
        "the grumbler",
        None,
    ),
    (
        [
            "Dan Ye-seo, 34, took over her grandfather's print shop in Daegu.",
            'She said her grandfather used to call his first press "the iron grandma" and'
            " oiled it every Sunday.",
        ],
        "the iron grandma",
        None,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (  # "once called": one occasion's words, the speaker's
        [
            "Jin Bong-su, 66, ran the town's last rice mill until 2019.",
            'Jin said he once called the mill "the heart of Gochang" in a speech to the county'
            " council.",
        ],
        "the heart of Gochang",
        "Jin",
    ),
    (  # "used to tell": a habit of saying, not of naming
        [
            "Jin Bong-su, 66, ran the town's last rice mill until 2019.",
            'Jin said he used to tell the farmers "the rain is late again" every spring.',
        ],
        "the rain is late",
        "Jin",
    ),
    (  # "used to call for": a demand, the speaker's words (found on the session's reading)
        [
            "Jin Bong-su, 66, ran the town's last rice mill until 2019.",
            'Jin said the farmers used to call for "a fair price for wet rice" every autumn.',
        ],
        "a fair price",
        "Jin",
    ),
    (  # longer than a name: what the speaker says of the thing
        [
            "Jin Bong-su, 66, ran the town's last rice mill until 2019.",
            'Jin said he used to call the mill "the warmest room in a cold town where everybody'
            ' met" and meant it.',
        ],
        "the warmest room",
        "Jin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), want)
