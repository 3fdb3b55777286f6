"""Round 298: "a" and a noun no list knows, described by a "who" clause, speak as "a camper said".

Invented sentences only. 'A camper in Gapyeong who was treated last January said he had run a
heater "..."' gave the words to no one, and the next '"...," he told Yonhap' to a doctor quoted
before: a noun no list knows is read as a speaker next to the verb of saying only ("A camper
said", round 22), and the "who" clause stood between them. The sentence's opening phrase is now
read with that noun when a "who" clause alone separates it from the verb.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_DOCTOR = '"Most cases come in the first cold week," said Dr. Hwangbo Il-seon.'
CASES: list[tuple[list[str], str, str]] = [
    (
        [
            _DOCTOR,
            "A kayaker in Uljin who was treated last winter said he had left a stove on"
            ' "for just a few minutes." "I never felt sleepy,"'
            " he told reporters.",
        ],
        "I never felt sleepy",
        "A kayaker in Uljin",
    ),
    (
        ['A beekeeper who lost half her hives in March said the cold snap was "the cruelest yet."'],
        "the cruelest yet",
        "A beekeeper",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round298(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_listed_role_reads_as_before() -> None:
    # near miss: a role the lists know was already read through its "who" clause
    paragraph = 'A nurse who was on duty that night said the ward was "calm until midnight."'
    assert speaker_of([paragraph], "calm until midnight") == "A nurse"


def test_the_clause_may_hold_a_bracket() -> None:
    # the review dropped a guard that left the subject unread when anything but words stood
    # between "who" and the verb: a bracket inside the relative clause is still the clause
    paragraph = (
        'A kayaker who was hurt (his second fall this year) said the water was "cold as a knife."'
    )
    assert speaker_of([paragraph], "cold as a knife") == "A kayaker"
