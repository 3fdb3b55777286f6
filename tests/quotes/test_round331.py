"""Round 331: a placed document opening its sentence reads past a clause or an aside in its
description.

Invented sentences only. 'A petition taped to the door, signed by 230 customers, reads: "..."'
and 'A sign put up at the gate after the road was closed reads, "..."' gave their words no
speaker: the subject reader stopped inside the description ("230 customers", "the road") and
found no one who reads. When the sentence opens on "a", "an" or "the" and a noun that is no
person's role or body, a participle placing it ("taped", "put up", "posted", "hung") follows,
and a comma or a clause ("after ...") stands before "reads", the opening document reads (the
memo case was read already: kept). A plain 'A banner hung from the gate reads:' was read
already and is left as it was; a person placed at the gate is no document.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    ("paragraph", "start", "noun"),
    [
        (
            'A petition taped to the counter, signed by 140 regulars, reads: "Keep the noodle'
            ' shop open."',
            "Keep the noodle",
            "petition",
        ),
        (
            'A sign put up at the gate after the road was closed reads, "No entry until spring."',
            "No entry",
            "sign",
        ),
        (
            'The memo pinned above the sink, for staff the manager would not name, reads: "Wash'
            ' your own cup."',
            "Wash your own cup",
            "memo",
        ),
    ],
)
def test_the_placed_document_reads(paragraph: str, start: str, noun: str) -> None:
    found = speaker_of([paragraph], start, short=True)
    assert found is not None and noun in found


def test_a_person_placed_at_the_gate_is_no_document() -> None:
    # near miss: a guard posted at the gate is a person; "reads" has no document subject here
    paragraph = (
        'A guard posted at the gate, who asked not to be named, said the notice reads "Closed."'
    )
    found = speaker_of([paragraph], "Closed", short=True)
    assert found is None or "guard" not in found
