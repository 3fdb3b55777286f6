"""Round 318: "BODY in PLACE, which said" is the body's, not the place's.

Invented sentences only. 'shown at the Hanul Art Museum in Seoul, which described his work as
"..."' gave the words to "South Korea": the name before the comma, "Seoul", was taken as the
body the "which" clause describes (a capital read as its government). Round 58 reads a body's
name right before ", which" as the antecedent and no place; a place after "in" that follows a
body only says where the body is, so the body is the antecedent.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_body_in_a_place_is_the_antecedent() -> None:
    paragraph = (
        "His lacquerware was shown last year at the Hanul Art Museum in Seoul, which described"
        ' it as "the finest of its generation."'
    )
    assert speaker_of([paragraph], "the finest") == "Hanul Art Museum"


def test_a_place_alone_is_still_no_body() -> None:
    # near miss (round 58): "Busan, which" names no body that speaks
    paragraph = 'The delegation visited Busan, which called the talks "productive."'
    assert speaker_of([paragraph], "productive") is None
