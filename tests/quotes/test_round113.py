"""Round 113: "the Iranian" is the one person the story placed in Iran.

Round 49 let "the American" mean the one person named in full whose title or description holds
the word. A nationality given by the country's possessive ("Iran's NAME") did not count, so
"the Iranian told reporters" named a speaker called "Iranian". Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    ("introduced", "demonym", "name"),
    [
        ("beating Iran's Dariush Farahani in the final", "Iranian", "Dariush Farahani"),
        ("beating Jordan's Farah Haddad in the final", "Jordanian", "Farah Haddad"),
    ],
)
def test_the_nationality_given_by_the_country(introduced: str, demonym: str, name: str) -> None:
    paragraphs = [
        f"Taekwondo athlete Moon Ha-jun won his first Grand Prix title on Wednesday, {introduced}.",
        f'"He was faster than me in the last ten seconds," the {demonym} told reporters.',
    ]
    speaker = speaker_of(paragraphs, "He was faster")
    assert speaker is not None and name in speaker, speaker


def test_two_of_that_nation_leave_it_open() -> None:
    paragraphs = [
        "Iran's Dariush Farahani and Iran's Reza Tehrani both lost to Moon Ha-jun on Wednesday.",
        '"He was faster than me in the last ten seconds," the Iranian told reporters.',
    ]
    speaker = speaker_of(paragraphs, "He was faster")
    assert speaker is None or not any(n in speaker for n in ("Farahani", "Tehrani")), speaker
