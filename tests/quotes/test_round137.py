"""Round 137: a name read inside a body's long name is that body (the wrong-name class).

Invented sentences only (no name or sentence from a corpus article). Korean ministries have
names that are lists ("Ministry of A, B and C"); a verb's subject reader stops at the comma and
read "B and C" (or "B") as a speaker of its own, whom a later "it" then meant. The name read
inside the body's name now gives way to the body, which keeps its clause. A name after a body's
appositive ("the Han River, the elder Pae said") is no part of the body's name and stays.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The Ministry of Science, Culture and Digital Affairs said on Monday that it would "
            "review app store fees next year, fees it said had to "
            '"leave room for small studios."'
        ],
        "leave room",
        "Ministry of Science, Culture and Digital Affairs",
    ),
    (
        [
            "The Ministry of Oceans, Ports and Coastal Safety said in a written reply that it "
            "planned new buoys off the east coast, buoys it said would "
            '"warn fishing boats an hour earlier."'
        ],
        "warn fishing",
        "Ministry of Oceans, Ports and Coastal Safety",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # the ministry as the plain subject of the quotation's own verb
        [
            "The Ministry of Science, Culture and Digital Affairs said the fee cap was "
            '"a first step."'
        ],
        "a first step",
        "Ministry of Science, Culture and Digital Affairs",
    ),
    (  # a name after a body's appositive is a speaker of its own
        [
            "Pae Gyeong-mun and his daughter Pae Seul-bit run boats on the river.",
            'Asked about the ferry plan for the Han River, the elder Pae smiled. "Ask me in a '
            'year," he said.',
        ],
        "Ask me",
        "Pae Gyeong-mun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round137_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
