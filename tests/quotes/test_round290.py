"""Round 290: "ADD", the Agency for Defense Development, is a name, never the verb "add".

Invented sentences only (no name or sentence from a corpus article). '"...," the ADD said in a
statement' gave no speaker: the acronym's lowered form, "add", is a verb of saying, and every
phrase reader stops at one. Round 158 keeps "IT" and "WHO" in capitals for the same reason;
"ADD" joins them, so the acronym names the agency its brackets gave.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

INTRO = "The Agency for Defense Development (ADD) tested two sonar drones off Jinhae."

CASES: list[tuple[list[str], str]] = [
    ([INTRO, '"Both drones found every dummy mine," the ADD said in a statement.'], "Both drones"),
    ([INTRO, 'The ADD said the drones would "halve the time a sweep takes."'], "halve the time"),
    ([INTRO, '"Both drones found every dummy mine," said the ADD.'], "Both drones"),
]


@pytest.mark.parametrize(("paragraphs", "start"), CASES)
def test_round290(paragraphs: list[str], start: str) -> None:
    assert speaker_of(paragraphs, start) == "Agency for Defense Development"


def test_a_lowercase_add_is_still_a_verb() -> None:
    # near miss: "add" in lower case still reports
    paragraph = 'Defense officials add that the drones are "only a first step."'
    found = speaker_of([paragraph], "only a first step")
    assert found is not None and "officials" in found
