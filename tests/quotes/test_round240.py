"""Round 240: the lede's described speaker named next, without a place or a noun in the way.

Invented sentences only (no name or sentence from a corpus article).

- A fuller name completes a one-word entity only when it is a person's name: "in Gunsan" in
  the lede is a city, and "the Gunsan Branch Court" named after it is another entity, so the
  lede's "a court" can be named next (it was passed over as the lede's own city).
- "one analyst said" (or "A Daegu startup says") in the lede, then a paragraph opening
  "That analyst, NAME," ("The company, NAME,"): the copy sets the name beside the lede's
  noun, so the lede's words are that name's, whether or not the name speaks there.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_COURT_LEDE = (
    "A ferry operator in Gunsan must refund 3,000 passengers whose sailings were cancelled,"
    ' a court ruled, saying the firm had "treated tickets as loans."'
)

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [_COURT_LEDE, 'The Gunsan Branch Court said the operator kept "every won it could."'],
        "treated tickets as loans",
        "Gunsan Branch Court",
    ),
    (
        [
            "Rents near new subway stations rose twice as fast as elsewhere, in what one"
            ' analyst called "a ticket tax on tenants."',
            "That analyst, Tae Gyeong-uk, a researcher at a private housing institute, said"
            " landlords priced the stations in before they opened.",
        ],
        "a ticket tax on tenants",
        "Tae Gyeong-uk, a researcher at a private housing institute",
    ),
    (
        [
            "A Daegu startup says its sensors can warn of a failing escalator"
            ' "weeks before a step breaks," and two subway lines have begun testing them.',
            "The company, Baram Motion, fitted 40 escalators with the sensors last year.",
        ],
        "weeks before a step breaks",
        "Baram Motion",
    ),
    (  # near miss: a name set beside another noun is not the lede's speaker
        [
            "Rents near new subway stations rose twice as fast as elsewhere, in what one"
            ' analyst called "a ticket tax on tenants."',
            "The landlord, Tae Gyeong-uk, said prices followed demand.",
        ],
        "a ticket tax on tenants",
        "one analyst",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round240(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
