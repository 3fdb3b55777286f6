"""Round 345: a body's one earlier description may hold a possessive plural ("a window
cleaners' union").

Invented sentences only. Round 200 shows a bare "the <noun>" speaking first as the one
description "a ... <noun>" gave the body before, with lower-case words only, so 'members of a
crane drivers' union' then 'according to the union' stayed "the union". A possessive plural or
singular among the modifiers now counts (round 343 reads a person's description the same way:
"a donor's son"). A string repair.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_a_possessive_plural_in_the_description() -> None:
    paragraphs = [
        "About 40 members of a crane drivers' union rallied at the port on Monday.",
        'The new rules leave night shifts "a gray area," according to the union.',
    ]
    assert speaker_for(paragraphs, "a gray area,") == "crane drivers' union"
