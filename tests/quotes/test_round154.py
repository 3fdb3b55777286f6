"""Round 154: bodies and people named by another phrase.

Invented sentences only (no name or sentence from a corpus article). The rules:

* '"...," came the reply.' (no "from NAME") answers the question just put: the one person a
  sentence before it in the paragraph says was "asked" ("A reporter asked NAME whether ...");
  nobody when no one was asked, when a body was, or when a quotation came between.
* A chain (or a franchisor) is a company: "The chain, NAME, said ..." then "the company said"
  is NAME.
* "her lawyer" is the lawyer an owner after "the" introduced ("The tenants' lawyer, NAME,").
* "the city" (or "the county") is the one city the story named as "the city of NAME" before;
  nobody new when it named two.
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
            "The skipper met reporters at the harbor on Friday. One reporter asked Yeom "
            "Dal-ho whether he would fish again. He looked at the water for a while. "
            '"Maybe in spring. Not before," came the reply.'
        ],
        "Maybe in spring",
        "Yeom Dal-ho",
    ),
    (
        [
            "The chain, Sanmaru Dosirak, said in a statement it would fight the fine. "
            '"Every lunchbox we sell is checked twice," the company said.'
        ],
        "Every lunchbox",
        "Sanmaru Dosirak",
    ),
    (
        [
            "The tenants' lawyer, Gu Hye-seon, said the landlord had ignored three notices.",
            "Pyo Eun-ja said she had not slept since the eviction letter came. "
            'Her lawyer called the notice "plainly unlawful" under the lease act.',
        ],
        "plainly unlawful",
        "Gu Hye-seon",
    ),
    (
        [
            "The city of Hwaseong will decide on the landfill permit next month.",
            "The city said in a reply to residents that it would weigh "
            '"every complaint on its merits."',
        ],
        "every complaint",
        "city of Hwaseong",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The skipper met reporters at the harbor on Friday. He looked at the water for a "
            'while. "Maybe in spring. Not before," came the reply.'
        ],
        "Maybe in spring",
        _N,
    ),
    (
        [
            '"Not this week," came the reply from Hong Seul-bi, the port director, when '
            "reporters asked about the cranes."
        ],
        "Not this week",
        "Hong Seul-bi",
    ),
    (
        [
            "Kim Da-rae, a lawyer who advises tenants, said such notices were common.",
            'Her lawyer called the notice "plainly unlawful" under the lease act.',
        ],
        "plainly unlawful",
        "Her lawyer",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    assert _right(_answer(paragraphs, piece), want)


def test_two_cities_name_neither() -> None:
    """Two cities named "the city of NAME": "the city" is neither of them."""
    paragraphs = [
        "The city of Hwaseong and the city of Osan both objected to the route.",
        'The city said the route was "far too close to the schools."',
    ]
    answer = _answer(paragraphs, "far too close") or ""
    assert "Hwaseong" not in answer and "Osan" not in answer
