"""Round 294: the person an outlet quotes, named after "quoting" or "identified as", speaks.

Invented sentences only (no name or sentence from a corpus article). '"...," KCNA said, quoting
NAME, the mill's chief engineer.' gave the words to the agency, and so did 'KCNA quoted a
worker at the mill, identified as NAME, as saying, "..."'. An outlet that names the person it
quotes relays that person's words (rounds 119 and 185 read "quoted NAME as saying"; round 178
reads "identified as NAME" before a colon): the words are the person's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        [
            '"Every family in the county will have warm boots by winter," KCNA said, quoting'
            " Ryang Chol-gu, the mill's chief engineer."
        ],
        "Every family in the county",
        "Ryang Chol-gu",
    ),
    (
        [
            '"Every family in the county will have warm boots by winter," the Rodong Sinmun'
            " reported, quoting Ryang Chol-gu."
        ],
        "Every family in the county",
        "Ryang Chol-gu",
    ),
    (
        [
            'KCNA quoted a stitcher at the mill, identified as Pang Un-ju, as saying, "My mother'
            ' never owned boots like these."'
        ],
        "My mother never owned",
        "Pang Un-ju",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round294(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_quoted_document_leaves_the_outlet() -> None:
    # near miss: "quoting a statement" names no one who speaks
    paragraph = '"The plan is final," Yonhap said, quoting a ministry statement.'
    assert speaker_of([paragraph], "The plan is final") == "Yonhap"
