"""Round 262: what a name's phrase says of why or how long, or how the story names someone,
is not shown as who they are.

Invented sentences only (no name or sentence from a corpus article). The panel showed "Amir
for his family's safety", "Lin Wei-ting for three seasons" and "pseudonym Bang Ho-jun to
protect relatives": a phrase after a name that opens with "for" or "to" was shown as its
description, and "pseudonym" as a title. Such phrases are left out, and a noun that only says
how a person is named ("pseudonym", "alias", "surname") is no title.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The man, identified only by his first name, Amir, for his family's safety, has"
            " lived in Ansan since 2023.",
            '"I was afraid every night," Amir said.',
        ],
        "I was afraid every night",
        "Amir",
    ),
    (
        [
            "The club scouted Taiwanese pitcher Lin Wei-ting for three seasons in Taipei.",
            '"He never changed his face," Lin said.',
        ],
        "He never changed his face",
        "Taiwanese pitcher Lin Wei-ting",
    ),
    (
        [
            "The man, who asked to be identified by the pseudonym Bang Ho-jun to protect"
            " relatives in the North, spent four years on building sites abroad.",
            '"We worked 14 hours a day," Bang said.',
        ],
        "We worked 14 hours a day",
        "Bang Ho-jun",
    ),
    (  # near miss: a description by "of" is still shown
        ['"We will appeal," said Rep. Ko Na-rae of the Justice Party.'],
        "We will appeal",
        "Rep. Ko Na-rae of the Justice Party",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round262(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
