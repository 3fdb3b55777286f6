"""Round 342: a request another made, inside what a speaker reports, is the speaker's account.

Invented sentences only. 'An official said the company had asked its unions to discuss a "..."'
gave the words to "the company": the clause nearest the quotation has a subject and a verb of
asking, so it read as the company's request in its own words. Round 194 reads a capital or a
country opening a clause that an earlier verb of saying reports as the reporter's account
('NAME said Seoul had asked ...'); any subject of "asked", "urged", "pressed" or "requested" in
that place is read the same way now, past "told X that" as well as "said".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

CASES = resolve_and_near(
    [
        (
            'A ministry official said the government had asked chipmakers to "share the pain"'
            " of the cuts.",
            "share the pain",
            "ministry official",
        ),
        (
            "A Dalmi Foods official told Yonhap that the company had also asked its unions to"
            ' discuss a "pay pause" for managers.',
            "pay pause",
            "Dalmi Foods official",
        ),
        (
            'Ko Min-ah said customers urged her every week to stock "real butter, not margarine."',
            "real butter",
            "Ko Min-ah",
        ),
    ],
    [
        (
            'The government asked chipmakers to "share the pain" of the cuts.',
            "share the pain",
            "government",
        ),
        (
            'A ministry official said the minister had told him, "We cannot wait."',
            "We cannot wait",
            "minister",
        ),
    ],
)


@pytest.mark.parametrize(("paragraph", "start", "want"), CASES)
def test_answer(paragraph: str, start: str, want: str | None) -> None:
    assert speaker_holds(spoken([paragraph], start), want)
