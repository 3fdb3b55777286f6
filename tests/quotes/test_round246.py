"""Round 246: a role's phrase after an inverted verb keeps the body a place names.

Invented sentences only (no name or sentence from a corpus article). 'said an official at the
Busan city government' was cut to "an official at the Busan": a lower-case word after a
capitalised one was read as a verb whose subject ends the phrase. Inside a role's phrase that
"at", "in", "of" (...) and "the" tie to a place, a lower-case word that opens the rest of a
body's name within two words ("city government", "provincial government") goes on with it.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        ['"We expect fewer trips," said an official at the Gimje city government.'],
        "We expect fewer trips",
        "an official at the Gimje city government",
    ),
    (
        ['"The ferry stays," said a spokesperson for the North Jeolla provincial government.'],
        "The ferry stays",
        "a spokesperson for the North Jeolla provincial government",
    ),
    (  # near miss: a name and its verb after an inverted tag's place still end the phrase
        ['"We expect fewer trips," said an official in Gimje, who asked not to be named.'],
        "We expect fewer trips",
        "an official in Gimje",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round246(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
