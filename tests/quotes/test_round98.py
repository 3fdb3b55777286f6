"""Round 98: the capital of any government that speaks is its country.

Round 10 and round 79 listed the capitals Korean wire copy reports speaking most; the rest of
an atlas's one-word capitals now follow ("Havana said" is Cuba), none that is also a surname or
a given name. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    ("capital", "country"),
    [("Havana", "Cuba"), ("Rabat", "Morocco"), ("Tbilisi", "Georgia"), ("Accra", "Ghana")],
)
def test_a_capital_that_speaks_is_its_country(capital: str, country: str) -> None:
    paragraphs = [
        "Seoul and the visiting delegation signed a memorandum on fisheries on Thursday.",
        f"{capital} said in a statement that the talks had been"
        ' "frank and forward-looking" and that a second round would follow in spring.',
    ]
    assert speaker_of(paragraphs, "frank and forward") == country
