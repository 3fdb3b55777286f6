"""Round 316: what someone is urged to say is the urger's wording.

Invented sentences only. 'The association urged buyers to insist on "..."' gave the words to
"buyers": the infinitive "to insist" is a verb of saying, and its subject was read from the
object of "urged". Round 255 reads 'urged drivers to "..."' as the urger's; an infinitive of
saying after the object of a verb of urging ("urged", "asked", "told", "called on", "pressed",
"advised" ...) is read the same way.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            "The Hanul Luthiers Guild urged buyers to insist on"
            ' "an independent tree-ring test" before paying.'
        ],
        "an independent tree-ring test",
        "Hanul Luthiers Guild",
    ),
    (
        [
            "The Dorim Fire Station asked residents to report"
            ' "any smell of gas, however faint" to the station.'
        ],
        "any smell of gas",
        "Dorim Fire Station",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round316(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_subject_of_its_own_still_speaks() -> None:
    # near miss: the buyers' own clause of saying, not an infinitive after "urged"
    paragraph = 'Buyers insist on "an independent tree-ring test," the guild said.'
    found = speaker_of([paragraph], "an independent tree-ring test")
    assert found is not None and "guild" in found
