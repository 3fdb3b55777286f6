"""Round 336: a group's past "called" before a short "the ..." name is a nickname.

Invented sentences only. Round 100 read a group's habitual "the ..." name for a thing after a
present "call" or a habit's perfect ('Locals have long called the county "the ..."') and left
the simple past out, as one occasion's judgement. On the tuning text a plural group's simple
past before an object and a short "the ..." name with no rank or first person is a nickname
every time ('Inmates called Noh "the ..."', 'prisoners called the block "the ..."'); the
judgements of that frame are "a ..." or adjectives ('Critics called it "brave"'), or carry a
rank ('the worst ...'). The object may now be a name or "him"/"her"/"them" as well as a "the
..." phrase, and the group may carry a phrase of time ('Villagers at the time') or a clause
naming whom they knew ('Neighbors who remember NAME').
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

_INTRO = '"I kept my head down," Baek Tae-ho, 58, said of his years at the prison.'

CASES = resolve_and_near(
    [
        ('Inmates called Baek "the librarian," according to court records.', "the librarian", None),
        ('Villagers at the time called the flood "the long night."', "the long night", None),
        ('Fishermen at the time called the storm "the widow maker."', "the widow maker", None),
        # kept: read right before this round too
        ('Neighbors who knew Baek called him "the quiet one" for years.', "the quiet one", None),
    ],
    [
        ('Critics called Baek "the worst warden in memory."', "the worst warden", "Critics"),
        ('Activists called the ruling "a disgrace."', "a disgrace", "Activists"),
        ('Guards called the riot "the clearest failure we have seen."', "the clearest", "Guards"),
    ],
)


@pytest.mark.parametrize(("paragraph", "start", "want"), CASES)
def test_answer(paragraph: str, start: str, want: str | None) -> None:
    assert speaker_holds(spoken([_INTRO, paragraph], start), want)
