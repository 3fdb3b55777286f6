"""Round 313: ", surnamed NAME," right after a role names the person who speaks.

Invented sentences only. '"...," the wife, surnamed Nam, told The Korea Herald.' gave the words
no speaker: the appositive "surnamed Nam" was read as naming its person only when a description
stood before "surnamed" ("a 29-year-old surnamed Jeong"), so ", surnamed Nam," alone ended the
phrase and "told" had no subject. It now names the person, as the longer form does: "Nam, the
wife". Round 254's predicate ('found the owner, surnamed Gu, guilty') is unchanged.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['"The roof leaked from the first rain," the wife, surnamed Ok, told The Korea Herald.'],
        "The roof leaked",
        "Ok",
    ),
    (
        ['"I sold my bike to pay for it," the student, surnamed Hyeon, said.'],
        "I sold my bike",
        "Hyeon",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round313_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and found.startswith(speaker)


def test_a_surnamed_object_before_a_predicate_is_not_the_speaker() -> None:
    # near miss (round 254): the court found the owner guilty; the court speaks
    paragraph = (
        "The court found the owner, surnamed Gu, guilty of negligence, calling the fire"
        ' "avoidable."'
    )
    found = speaker_of([paragraph], "avoidable")
    assert found is not None and found.startswith("The court")
