"""Round 410: a short quotation after "such as" is an example of a class, a term (terms).

Invented sentences only. 'ministries would replace English loanwords such as "roadmap"', 'signs
for new terms, such as "long COVID"' and 'a code phrase, such as "blue umbrella."' gave the
quotation to the sentence's speaker: the words are examples of the class the sentence names,
words mentioned as words, names or titles. A quotation of at most three words after "such as"
is now a term. Not a longer one (a saying or a line, 'folk remedies such as "rinsing the eye
with salt water"'), and not after "as" alone ('described it as "...").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Rep. Gyeon Ha-ru said the bill would make agencies replace English loanwords such as"
            ' "kickoff" in their notices.',
        ],
        "kickoff",
        None,
    ),
    (
        [
            "Pyo Da-un, 33, teaches sign language in Gwangju.",
            'She said her class had to invent signs for new terms, such as "smart farm", before'
            " the festival.",
        ],
        "smart farm",
        None,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (  # a longer quotation: a line someone wrote or said
        [
            "Pyo Da-un, 33, teaches sign language in Gwangju.",
            "Pyo said the manual included lines such as"
            ' "raise both hands when the siren stops sounding" for drills.',
        ],
        "raise both hands",
        "Pyo",
    ),
    (  # "as" alone: a description, the speaker's words
        [
            "Rep. Gyeon Ha-ru criticized the plan, describing it as"
            ' "a late fix" in a speech on Monday.',
        ],
        "a late fix",
        "Gyeon",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), want)
