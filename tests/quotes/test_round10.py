"""Round 10 of issue 13: rules that carry to new text, written while a new author's split
(``tuning13``) arrived in two halves, each half scored unread before its misses were read.
Every example is invented (no sentence or name comes from any corpus split); near misses pin
the readings the rules must keep."""

from __future__ import annotations

import pytest

from tests.quotes.test_round4 import quotes

# --- a capital that speaks is its country's government ----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "country"),
    [
        ('"We will not accept the levy," Canberra said in a statement.', "Australia"),
        ('Ottawa said the new tariffs were "unjustified and short-sighted."', "Canada"),
        ('"The door to talks stays open," Hanoi said on Monday.', "Vietnam"),
    ],
)
def test_a_capital_speaking_is_its_country(paragraph: str, country: str) -> None:
    (found,) = quotes(paragraph)
    assert found.speaker_short == country


def test_a_capital_where_someone_speaks_is_only_a_place() -> None:
    # near miss: "In Jakarta, Kim said" is Kim's, the capital is where he spoke
    (found,) = quotes('In Jakarta, Kim Do-hyeon said the talks were "useful."')
    assert found.speaker_short == "Kim Do-hyeon"
