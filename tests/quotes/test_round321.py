"""Round 321: a person's role, "on" and the body they sit on make one speaker phrase.

Invented sentences only. 'an official on its housing policy team said' was shown as "an
official": the parser climbs "at", "in" or "of" after a role noun but never "on", so the seat
was left off and the panel showed a shorter phrase than the article's. "on" now joins a
lowercase person role to a team, panel, committee, board or council right after it. Not a seat
with a capital in it ("a researcher on Choi's team, Choi Yeon-woo": the name is the speaker)
and not "on" before anything else ("said on Tuesday").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_short, speaker_of


@pytest.mark.parametrize(
    ("paragraph", "phrase"),
    [
        (
            '"We expected the first results in spring," an official on its water quality team'
            " said.",
            "official on its water quality team",
        ),
        (
            '"The list will be public," said a researcher on the agency\'s vaccine review panel.',
            "researcher on the agency's vaccine review panel",
        ),
        (
            '"Nobody read the draft," an aide to a lawmaker on the education committee said.',
            "aide to a lawmaker on the education committee",
        ),
    ],
)
def test_the_seat_belongs_to_the_role(paragraph: str, phrase: str) -> None:
    assert last_short([paragraph]) == phrase


def test_a_named_seat_leaves_the_name_to_speak() -> None:
    # near miss: the owner is a person, and the name after the comma is the speaker
    paragraph = (
        "A junior surveyor on Heo's team, Heo Da-eun, said the stone could be \"the missing"
        ' boundary marker."'
    )
    assert speaker_of([paragraph], "the missing", short=True) == "Heo Da-eun"


def test_on_before_a_day_is_not_a_seat() -> None:
    # near miss: "on" opens the time of saying, not a body the official sits on
    assert last_short(['"It will reopen," an official said on Friday.']) == "official"
