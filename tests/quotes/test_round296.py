"""Round 296: a word capitalised on its second letter ("eXchange") is a name's word.

Invented sentences only. 'The Digital Asset eXchange Alliance, a group of ..., said ... "..."'
gave the words to "Alliance": "eXchange" opens with a lowercase letter, so the capitalised run
of the body's name broke there. A word whose second letter is a capital is read as capitalised.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "The Digital Asset eXchange Alliance, a group of five exchanges, said in a statement"
            ' that the cap would create "a market for the few."'
        ],
        "a market for the few",
        "Digital Asset eXchange Alliance",
    ),
    (
        [
            'The Marigold eLearning Council said it would review the fees. "We hear parents,"'
            " the council said."
        ],
        "We hear parents",
        "Marigold eLearning Council",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round296(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_product_name_takes_no_words() -> None:
    # near miss: a product named that way is no speaker; the firm after it speaks
    paragraph = 'The new eBook reader sold out, and the firm said demand was "unusual."'
    assert speaker_of([paragraph], "unusual") == "the firm"
