"""Round 232: "Order" may end a body's name, as "Post" and "Express" may.

Invented sentences only (no name or sentence from a corpus article). A capitalised "Order" was
read as the verb of saying "order", which no name holds, so "The Cheontae Order said" gave
"Cheontae": a clipped name. It now ends the name, like "Korea Post" and "Hanjin Express".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        ['The Cheontae Order said the lantern parade would be "smaller but brighter" this year.'],
        "smaller but brighter",
        "Cheontae Order",
    ),
    (  # lowercase "order" is still the verb: the court that ordered
        ['The court said it would order the firm to pay "in full and at once."'],
        "in full and at once",
        "The court",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round232(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker
