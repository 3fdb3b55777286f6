"""Round 322: a count in a partitive's object stays in the speaker phrase.

Invented sentences only. 'said an official at one of the four banks, who ...' was shown as "an
official": round 196 keeps a count after "the" or an owner in the phrase only before an
adjective ("one of the city's three biggest mills"), so right before its noun ("the four
banks") the count cut the phrase, and the inverted reading fell back to "an official". After
"one of", "each of" (a partitive's object) the count and its noun are the group one is picked
from and belong to the phrase. A count right before its noun elsewhere ("the two leaders
each said") is left as it was.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_short


@pytest.mark.parametrize(
    ("paragraph", "phrase"),
    [
        (
            '"Fees will rise again," said an official at one of the three unions, who asked'
            " not to be named.",
            "official at one of the three unions",
        ),
        (
            '"Nobody warned us," said a manager at each of the five banks.',
            "manager at each of the five banks",
        ),
    ],
)
def test_the_count_stays_in_the_partitive(paragraph: str, phrase: str) -> None:
    assert last_short([paragraph]) == phrase


def test_a_count_before_its_noun_elsewhere_is_left_alone() -> None:
    # near miss: no partitive; the count is no part of a speaker phrase
    assert last_short(['"We agreed," the two ministers each said.']) is None
