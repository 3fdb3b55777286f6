"""Round 315: a bare verb-shaped word right after a document's "that" is the clause's subject.

Invented sentences only. 'The central bank said in a report that demand for loans remained
"..."' gave the words to "a report": "demand" was read as a verb of saying whose subject was the
document, while 'said that demand for loans had "..."' gave them to the bank. After "that" and
a document noun ("a statement that", "a report that") or a verb of saying, a bare form ("demand",
"report", "call") opens the reported clause as its subject; a relative clause after a singular
document would take "demands" or a past ("a banner that read", whose "read" is both, stays).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

CASES: list[tuple[list[str], str, str]] = [
    (
        ['The Hanul Central Bank said in a report that demand for loans remained "weak."'],
        "weak",
        "Hanul Central Bank",
    ),
    (
        [
            "The Gyeonghae Education Office said in a statement that report cards would be"
            ' "simplified."'
        ],
        "simplified",
        "Gyeonghae Education Office",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round315(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_banner_that_read_still_speaks() -> None:
    # near miss: "read" after a document's "that" is the relative clause's past tense
    paragraph = 'Protesters carried a banner that read "We are not disposable."'
    assert speaker_of([paragraph], "We are not disposable") == "a banner"
