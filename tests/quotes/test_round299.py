"""Round 299: a number inside a run-on "who" clause does not end it.

Invented sentences only. '"...," a petty officer who served on a 1,200-ton boat told Yonhap'
gave the words to no one: round 164 reads the noun before a restrictive "who" as the subject
of the verb the clause runs on into when only lowercase words stand between, and a number
("1,200") is not lowercase. A number is no name either: it no longer ends the clause.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_number_in_the_clause() -> None:
    paragraph = (
        '"The bunk is still warm when you climb in," a sailor who worked on a 3,400-ton'
        " ferry told reporters."
    )
    assert speaker_of([paragraph], "The bunk is still warm") == "a sailor"
