"""Round 248: a petition, comment, review or complaint is no "she" or "he".

Invented sentences only (no name or sentence from a corpus article). "a petition posted on the
site must gather ..." made the petition a speaker (it "posted"), and the next "she said" went to
it rather than to the lawmaker named before. Written words (round 171's list) are documents, as
"a notice" and "a statement" were: no person a pronoun may mean.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_NAMED = '"The deadline is too short," Rep. Seok Ga-eun of the Justice Party told reporters.'

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            _NAMED,
            "Under current rules, a petition posted on the council's website must gather"
            " 20,000 signatures within a month.",
            '"Most of them never get there," she said.',
        ],
        "Most of them never get there",
        "Rep. Seok Ga-eun of the Justice Party",
    ),
    (
        [
            _NAMED,
            "A review posted on the app store gave the service one star.",
            '"We asked for a month and got a week," she said.',
        ],
        "We asked for a month and got a week",
        "Rep. Seok Ga-eun of the Justice Party",
    ),
    (  # near miss: a written word still speaks for itself when its words follow
        [_NAMED, 'One widely shared comment read: "Give us the month."'],
        "Give us the month.",
        "One widely shared comment",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round248(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
