"""Round 309: a quotation in the first "that" clause of "said" does not cut off the second.

Invented sentences only. 'NAME said the talks were "..." but that both sides had agreed to meet
"..."' gave the second quotation no speaker: reading back from "agreed" for its subject, the
first quotation stopped the search (a quotation may end a clause). Without that first quotation
the sentence's subject is found, and it is the sayer of both reported clauses. A quotation
followed by plain words and "and that" or "but that" (or by "that" right after a comma inside
its marks) now lets the search go on, when a plain "said" or "told" opens the sentence before it.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            'Pyeon Gyu-ri said the pier had been closed "for two whole winters" and that divers'
            ' had asked for "a second ladder."'
        ],
        "a second ladder",
        "Pyeon Gyu-ri",
    ),
    (
        [
            'Mok Ji-seon said the talks were "not over yet" but that both sides had agreed to'
            ' meet "before the harvest."'
        ],
        "before the harvest",
        "Mok Ji-seon",
    ),
]

KEEP: list[tuple[list[str], str, str]] = [
    (
        [
            'Mok Ji-seon said the talks were "not over yet," and her deputy later described the'
            ' plan as "a fair start."'
        ],
        "a fair start",
        "her deputy",
    ),
    (
        [
            'Visitors called the bridge "the silver arch" and that name stuck, guides admit,'
            ' "for good."'
        ],
        "for good",
        "guides",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round309_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round309_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    # near misses: a clause with a subject of its own, not opened by "that"
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found
