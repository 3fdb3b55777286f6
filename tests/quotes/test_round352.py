"""Round 352: a document held up is shown without the place before the participle.

Invented sentences only. 'gathered outside the courthouse holding placards that read "..."'
showed "the courthouse holding placards" as the speaker: the document's phrase stopped the
words before it only at a past tense or a particle ("held up | signs"). A participle of holding
a document up ("holding", "carrying", "waving", "raising", "bearing", "hoisting",
"brandishing", "unfurling") now ends what comes before the document too. A string repair.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "About 80 tenants gathered outside the district office holding placards that read"
            ' "Heat is not a luxury."'
        ],
        "Heat is not a luxury.",
        "placards",
    ),
    (
        ["Students stood in the rain carrying banners that read “A school is not a parking lot.”"],
        "A school is not a parking lot.",
        "banners",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_document_alone(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_comma_before_the_participle_stays() -> None:
    # near miss: read the same before this round
    paragraphs = ['Drivers rallied outside the depot, holding signs that read "Rest is safety."']
    assert speaker_for(paragraphs, "Rest is safety.") == "signs"
