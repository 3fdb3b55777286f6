"""Round 110: a lede's "a civil defense official" is the one named next at that body.

Round 80 let a lede's "a senior official" be the first speaker named next who holds an
official's job. A lede's official described by the body ("a civil defense official") stayed
a description although the next paragraphs named the person at the civil defense
headquarters. Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

_LEDE = (
    "SEOUL, Dec. 5 (Yonhap) -- North Korea held a flood drill along the Taedong River this week,"
    ' state media reported, with a flood control official declaring that "not one dike gave"'
    " under the test."
)


def test_the_official_named_at_that_body_is_the_ledes() -> None:
    paragraphs = [
        _LEDE,
        '"Every brigade held its post," Pak Yong-gil, a section chief at the flood control'
        " bureau, was quoted by KCNA as saying.",
    ]
    speaker = speaker_of(paragraphs, "not one dike gave")
    assert speaker is not None and speaker.startswith("Pak Yong-gil"), speaker


def test_an_official_of_another_body_is_not() -> None:
    paragraphs = [
        _LEDE,
        '"Every brigade held its post," Pak Yong-gil, a section chief at the railway bureau,'
        " was quoted by KCNA as saying.",
    ]
    speaker = speaker_of(paragraphs, "not one dike gave")
    assert speaker is None or not speaker.startswith("Pak Yong-gil"), speaker
