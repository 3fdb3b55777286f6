"""Round 109: "the CIO" is the person the story called its chief investment officer.

"CIO" was no role noun, so "the CIO said" named someone called "CIO"; and a role given by
initials was matched only by a capitalised title. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    "introduced",
    [
        "Seo Ha-yun (서하윤), the pension fund's chief investment officer, said",
        "Chief Investment Officer Seo Ha-yun said",
    ],
)
def test_the_cio_is_the_chief_investment_officer(introduced: str) -> None:
    paragraphs = [
        f"{introduced} the fund had followed its own hedging rules.",
        'Told of the criticism, Seo laughed. "The rules are the rules," the CIO said.',
    ]
    speaker = speaker_of(paragraphs, "The rules are")
    assert speaker is not None and "Seo Ha-yun" in speaker, speaker
