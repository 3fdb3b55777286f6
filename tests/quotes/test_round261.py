"""Round 261: a trade's "-ing" word inside a body's name stays in the name.

Invented sentences only (no name or sentence from a corpus article). "the Incheon Cargo Lashing
Union" was cut to "Union": "Lashing" is a form of a verb of saying ("lash"), which no name
holds. Between two
other capitalised words of a name, such an "-ing" word names a trade, as round 133 let "Voice"
stand in "Korea Voice Actors Union".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        ['The Incheon Cargo Lashing Union said the new rules were "a good first step."'],
        "a good first step",
        "Incheon Cargo Lashing Union",
    ),
    (  # near miss: a lower-case "-ing" verb after a name is still its verb
        ['Kang Bo-ra, lashing out at the plan, called it "a trap."'],
        "a trap",
        "Kang Bo-ra",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round261(paragraphs: list[str], start: str, speaker: str | None) -> None:
    got = speaker_of(paragraphs, start)
    assert got is not None and speaker is not None and got.startswith(speaker)
