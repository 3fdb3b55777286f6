"""Round 260: a named body's unit that speaks is the body ("The X Court's civil division said").

Invented sentences only (no name or sentence from a corpus article). 'The Daejeon District
Court's civil division said in its ruling ...' was read as a nameless "division", so the lede's
"a court ruled" was never named (no court spoke by name in the next paragraph) and a later
"the court said" went to the lede's "a court". A role phrase that is a unit ("division",
"panel", "bench", "office", "bureau", "team" ...) or a ruling ("decision", "ruling",
"verdict") of a body named by its capitalised name before "'s" now names that body.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_LEDE = (
    "A climbing gym in Daejeon must pay 30 million won to a woman who fell from a wall, a court"
    ' ruled, saying the gym had "ignored its own rules" on ropes.'
)

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            _LEDE,
            "The Daejeon District Court’s civil division said in its ruling that staff had"
            ' checked the ropes "once a month at best."',
            '"A rope is only as safe as the last check," the court said.',
        ],
        "ignored its own rules",
        "Daejeon District Court",
    ),
    (
        [
            _LEDE,
            "The Daejeon District Court’s civil division said in its ruling that staff had"
            ' checked the ropes "once a month at best."',
            '"A rope is only as safe as the last check," the court said.',
        ],
        "A rope is only as safe",
        "Daejeon District Court",
    ),
    (
        [
            "A Daegu court has ordered a builder to pay 20 million won for a cracked wall,"
            ' ruling that the work was "careless from the first day."',
            "According to the Daegu District Court’s written decision, released Monday, the"
            ' builder skipped a step the court described as "the whole point of a wall."',
        ],
        "careless from the first day",
        "Daegu District Court",
    ),
    (  # near miss: a unit owned by a lowercase noun stays the unit's phrase
        ['"We will review the case," the ministry’s press office said.'],
        "We will review the case",
        "the ministry’s press office",
    ),
    (  # near miss: a person's office is no body ("Kim's office")
        ['"We will review the case," Rep. Kim Bo-ra’s office said.'],
        "We will review the case",
        "Rep. Kim Bo-ra’s office",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round260(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
