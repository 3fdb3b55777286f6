"""Round 254: no "guilty of ..." and no clause shown as a speaker's description.

Invented sentences only (no name or sentence from a corpus article). Two shapes showed words
that describe nobody after a name:

- 'found the owner, identified only by his surname Seok, guilty of fraud': "guilty of fraud"
  was read as Seok's appositive (and "guilty" as his role). An adjective a clause's object
  takes ("guilty", "liable", "responsible") opens no description.
- 'According to NAME, a survey found that ...': the clause after the comma was read as the
  name's appositive. A past tense with "that" after it makes the words a clause.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The Daegu District Court found the 51-year-old trader, identified only by his"
            " surname Seok, guilty of fraud and of forging invoices.",
            '"I will appeal," Seok told reporters.',
        ],
        "I will appeal",
        "Seok",
    ),
    (
        [
            "According to Ahn Ji-ho, a ward survey found that 61 percent of tenants backed the"
            ' plan, a figure he called "too big to ignore."'
        ],
        "too big to ignore",
        "Ahn Ji-ho",
    ),
    (  # near miss: a description after "according to NAME," is still shown
        [
            "According to Ahn Ji-ho, a professor of urban planning at Hanbat University, the"
            ' plan is "ten years late."'
        ],
        "ten years late",
        "Ahn Ji-ho, a professor of urban planning at Hanbat University",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round254(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
