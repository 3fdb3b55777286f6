"""Round 162: which of two people named together a "she" or "he" means.

Invented sentences only (no name or sentence from a corpus article).

- Two people joined by "and" at the very start of a paragraph ("Noh and Bae both urged ...")
  are a pair, as they are anywhere else in it (round 41): a pronoun after them weighs both.
- Of such a pair, a gendered pronoun means the one already known to be of its gender when
  the other's gender is unknown; none when both, or neither, could be meant.
- A sentence opening on a gerund's clause that the parser reads as a several-word "name"
  ("Sorting of mail by hand is slow, he added") names no one: the "he" after it means the
  person before (a guard: with pairs at a paragraph's start, such a false "he" left the
  person's gender unknown).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            '"The wells are low," said Noh Ha-rim, a hydrologist at the county office.',
            '"We will wait a week before rationing," she said.',
            'Col. Bae Tae-gu, the garrison commander, said his troops would haul water. "We '
            'have trucks ready," the colonel said.',
            'Noh and Bae both asked farmers to save rain. "Every barrel counts," she said.',
        ],
        "Every barrel",
        "Noh",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Rep. Jin Ah-rae and Rep. Mo Seul-gi filed rival bills on Monday.",
            '"It is a fair plan," she said.',
        ],
        "It is a fair plan",
        None,
    ),
    (
        [
            '"The wells are low," said Noh Ha-rim, a hydrologist at the county office.',
            '"We will wait a week before rationing," she said.',
            "Col. Bae Tae-gu, the garrison commander, said his troops would haul water.",
            'Noh and Bae both asked farmers to save rain. "Every barrel counts," he said.',
        ],
        "Every barrel",
        "Bae",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round162_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round162_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
