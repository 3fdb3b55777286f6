"""Round 297: a noun no list knows, right after "said that", is no speaker of the report.

Invented sentences only. 'An official ... told Yonhap that the drive suggests the North "..."'
gave the words to "the drive", 'NAME replied that his country welcomed the offer "..."' to "his
country" and 'adding that a witness abroad could still testify "..."' to the witness: after
"that" an unknown noun was read as the reported clause's subject and speaker, while right after
"said" (no "that") it is read so only before "told" (round 173). The two now read alike.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "A researcher at the Sejong Institute, who asked not to be named, told Yonhap that the"
            ' drive suggests the North "cannot grow enough fodder," adding, "A goat farm is a sign'
            ' of need."'
        ],
        "cannot grow enough fodder",
        "A researcher at the Sejong Institute",
    ),
    (
        [
            "Visiting minister Teodoro Valcarce replied that his country welcomed the offer"
            ' "with both hands."'
        ],
        "with both hands",
        "Teodoro Valcarce",
    ),
    (
        [
            '"The hearing will go ahead," Rep. Gwon Yeo-ul replied, adding that a witness abroad'
            ' could still testify "from any laptop in any city."'
        ],
        "from any laptop in any city",
        "Gwon Yeo-ul",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round297(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_reported_teller_still_speaks() -> None:
    # near miss (round 173): before "told" the unknown noun is the reported clause's subject
    paragraph = 'Ma Sun-bok said that a porter had told her the lift was "shut for good."'
    assert speaker_of([paragraph], "shut for good") == "a porter"
