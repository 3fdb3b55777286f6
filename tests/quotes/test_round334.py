"""Round 334: a relative clause whose naming verb has no object of its own names the thing.

Invented sentences only. 'a rope stitch, which the guild calls "fish bones"', 'the dogs, whom
she calls "the aunties"', 'a lever he still calls "the tongue"': the relative pronoun (or the
noun a reduced relative hangs from) is what the quotation names, so the quotation is the name
the subject habitually gives a thing or a person, a nickname per the corpus README, whoever
the subject is. Round 167 read this for a name or "he"/"she" and a "the ..." name-shaped span;
round 148 for "what" and a body or group. Here: any subject, "call(s)" in the present, or "dub"
and "nickname" in any tense (after "have" too), up to six words that weigh nothing (round 141's
test). A past "which he called "..."" is his judgement of one event and stays his words; so
does a main clause's "He calls it "...""; a span that weighs ("the worst ...") or runs longer
is how the speaker sees the thing.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

_INTRO = '"We mend nets the old way," said Byeon Ho-jun, 61, a net mender in Tongyeong.'

CASES = resolve_and_near(
    [
        (
            'The stitch, which the guild calls "fish bones," takes a month to learn.',
            "fish bones",
            None,
        ),
        (
            'He learned from two older women, whom he calls "the aunties," and still visits them.',
            "the aunties",
            None,
        ),
        (
            'The knots, which the KFCA calls "meshes," are counted by hand.',
            "meshes",
            None,
        ),
        (
            'He fixes the winch with a lever he still calls "the tongue."',
            "the tongue",
            None,
        ),
        (
            'The floats, which younger crews have dubbed "yellow moons," are made in Busan.',
            "yellow moons",
            None,
        ),
        (
            'Every net passes a bench which the couple calls "the schoolroom."',
            "the schoolroom",
            None,
        ),
    ],
    [
        (
            'He lost half the nets to the storm, which he called "the worst in 30 years."',
            "the worst",
            "Byeon Ho-jun",
        ),
        (
            'He calls it "a trade for people who can sit still."',
            "a trade for",
            "Byeon Ho-jun",
        ),
        (
            'He pointed to a cheaper import, which he calls "rubbish that sinks in a season and'
            ' costs the sea for a century."',
            "rubbish that sinks",
            "Byeon Ho-jun",
        ),
        (
            'He blames the new floats, which younger crews call "useless," for the losses.',
            "useless",
            "younger crews",
        ),
        (
            'Asked about the subsidy, which he calls "far too small," he shrugged.',
            "far too small",
            "Byeon Ho-jun",
        ),
    ],
)


@pytest.mark.parametrize(("paragraph", "start", "want"), CASES)
def test_answer(paragraph: str, start: str, want: str | None) -> None:
    assert speaker_holds(spoken([_INTRO, paragraph], start), want)
