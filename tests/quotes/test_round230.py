"""Round 230: a lede's indefinite description of a body is the body the copy names next.

Invented sentences only (no name or sentence from a corpus article). Wire copy describes a body
in the lede ("a state think tank said", "A Busan-based startup said") and names it in the next
paragraph. Two cues, each seen in two articles of the tuning splits (round 227's and this
round's own):

1. The body named next that speaks is the lede's, even when its name shares no word with the
   description: "a state think tank said" then "The Korea Coastal Life Institute said" (a
   "think tank" is a body, not a "fuel tank"; before, a body described so was the one named
   next only when a role word was shared, a gate written for people: "a spokesperson" is the one
   named next as a spokesperson). With a think tank a body, the lede's definite "the state
   think tank" is the institute named next too, by the reading rounds 15 and 76 already made.
2. A firm the lede describes is the firm the next paragraph opens with as its subject, though it
   does not speak there ("A Busan-based startup said ..." then "Haneulbit Inc. installed ...";
   or a one-word name nothing makes a person's and no Korean surname, "Padori, founded in
   2021, has ..."), so "the company" later is that firm, not "A Busan-based startup".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, words the speaker must hold
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # cue 1
        [
            "SEJONG, March 3 (Yonhap) -- Fishing villages lost a fifth of their young people in"
            ' five years, a state think tank said Tuesday, calling the trend "a slow emptying."',
            "The Korea Coastal Life Institute said 4,100 people in their 20s left villages on the"
            " south coast last year.",
        ],
        "a slow emptying",
        "Korea Coastal Life Institute",
    ),
    (  # "think tank" a body: the definite lede reading (rounds 15 and 76) takes it too
        [
            "SEOUL, May 2 (Yonhap) -- Rents rose again, the state think tank said, warning of"
            ' "a hard winter for tenants."',
            "The Korea Housing Life Institute said rents rose 4 percent in the capital.",
        ],
        "a hard winter",
        "Korea Housing Life Institute",
    ),
    (  # cue 2, a firm's name
        [
            "BUSAN, May 2 (Yonhap) -- A Busan-based startup said Friday its floating sensors had"
            " found 12 illegal nets in the harbor in a month.",
            "Haneulbit Inc. installed 40 of the sensors on buoys near the fish market.",
            'The company said it hoped to cover "every harbor on the south coast" by 2028.',
        ],
        "every harbor on the south coast",
        "Haneulbit Inc.",
    ),
    (  # cue 2, a one-word name
        [
            "Small shops have long lost sales on rainy days. A startup says it has an answer:"
            " umbrella lockers by the door.",
            "Padori, founded in 2021 by two former bank clerks, has put lockers in 90 shops. The"
            ' company said sales on rainy days rose "by a third."',
        ],
        "by a third",
        "Padori",
    ),
]

# near misses: the same frames, answered as before the round
KEEP: list[tuple[list[str], str, str]] = [
    (  # a Korean surname opening the next paragraph is no firm
        [
            "A startup said it had found a way to cut delivery costs.",
            'Baek has run the business for three years. The company said costs fell "by half."',
        ],
        "by half",
        "startup",
    ),
    (  # a person the lede describes is no body named next
        [
            "SEOUL, May 2 (Yonhap) -- Rents rose again, a housing researcher said, warning of"
            ' "a hard winter for tenants."',
            "The Korea Housing Life Institute said rents rose 4 percent in the capital.",
        ],
        "a hard winter",
        "housing researcher",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round230_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round230_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
