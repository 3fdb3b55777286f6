"""Round 385: a jury speaks as a body, as a committee or a panel does.

Invented sentences only. "jury" was no role noun, so 'The jury praised the film as "..."' was
read only while nothing stood between the noun and its verb: an aside ('The jury, chaired by
NAME, praised ...', 'The jury, in its citation, praised ...') left the words with no speaker.
"jury" is now a body's role noun, as "committee" and "panel" are, and the aside is read past as
for them. (Read as a person's noun only, not a body's, the second story still has no speaker.)
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The documentary won the Seomjin Film Prize on Saturday. The jury, chaired by"
            ' director Pyeon Ha-yul, praised it as "a long look that never turns away."'
        ],
        "a long look that never turns away.",
        "The jury",
    ),
    (
        [
            "Poet Ryu Jin-seul won the Hallyeo Literary Award. The jury, in its citation,"
            ' praised her for "a stubborn tenderness."'
        ],
        "a stubborn tenderness.",
        "The jury",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_a_jury_speaks_past_an_aside(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected
