"""Round 317: the SK group's lowercase affiliate names are names ("SK hynix", "SK innovation").

Invented sentences only (the company names are real). 'SK hynix said it would "..."' showed the
speaker as "SK", and '"...," SK hynix said' had none: the lowercase word ended the name. After
"SK", the group's lowercase affiliate words are read as a name's words.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (['SK hynix said it would "expand capacity at home first."'], "expand capacity", "SK hynix"),
    (['"We are in allocation mode," SK hynix said.'], "We are in allocation mode", "SK hynix"),
    (['SK innovation said its battery unit was "on track."'], "on track", "SK innovation"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round317(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker


def test_a_lowercase_word_after_another_acronym_is_not_a_name() -> None:
    # near miss: only the SK group's affiliate words, and only right after "SK"
    paragraph = 'The KCNA innovation drive, KCNA said, was "a great success."'
    found = speaker_of([paragraph], "a great success")
    assert found is not None and "innovation" not in found
