"""The full speaker the panel shows holds the speaker's own title, not a word before it.

Invented sentences. A plural role noun right before a name ("Among lawyers Hwang was known
...") names a group the person belongs to, not a title, so it stays out of the shown speaker; a
singular role noun before a name is a title ("screenwriter Oh", "head coach Jang").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_speaker

CASES: list[tuple[list[str], str]] = [
    (
        [
            "Among engineers Moon Seo-yeon is known for testing every weld twice.",
            '"A bridge forgives nothing," Moon said.',
        ],
        "Moon Seo-yeon",
    ),
    (
        [
            "With farmers Gong Tae-min has a reputation for straight talk.",
            '"Rain does not read forecasts," Gong said.',
        ],
        "Gong Tae-min",
    ),
    (
        ['"We sail at dawn," fisherman Gong Tae-min said.'],
        "fisherman Gong Tae-min",
    ),
    (
        ['"We start again on Monday," head coach Yeo Min-ji said.'],
        "head coach Yeo Min-ji",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), CASES)
def test_the_shown_speaker_keeps_only_a_title(paragraphs: list[str], speaker: str) -> None:
    assert last_speaker(paragraphs) == speaker


@pytest.mark.parametrize(
    ("opening", "shown"),
    [
        ("Another resident, Yeo Min-ji,", "Yeo Min-ji, another resident"),
        ("The orchestra's oldest cellist, Gong Tae-min,", "Gong Tae-min, the orchestra's oldest"),
        ("Her lawyer, Moon Seo-yeon,", "Moon Seo-yeon, her lawyer"),
    ],
)
def test_a_description_moved_after_the_name_reads_in_lower_case(opening: str, shown: str) -> None:
    """A description that opened the sentence before the name is shown after it, so the
    capital it had as the sentence's first word goes: "Yeo Min-ji, another resident"."""
    speaker = last_speaker([f'{opening} said the plan was "too late by a decade."'])
    assert speaker is not None and speaker.startswith(shown), speaker
