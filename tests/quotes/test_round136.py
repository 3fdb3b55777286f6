"""Round 136: three clauses misread in tuning text already read (the wrong-name class).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. "two long reading passages had proved ...": "reading" before a plural noun modifies it;
   no document reads anything, and the sentence's speaker keeps the words.
2. "NAME's mother cooked in the canteen for 20 years.": a role phrase read to the sentence's
   end holds the sentence's verb, so the subject stops before the last past tense in it.
3. 'NAME expects ..., while NAME2 sees room for more. "...," she said': the subject after ",
   while" is the sentence's newest, whom "she" means.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "Ryu Seon-mi said the board had aimed for an average of 60 points, but that three "
            'dense reading passages had proved "harder than our panel predicted."'
        ],
        "harder than",
        "Ryu Seon-mi",
    ),
    (  # 3
        [
            "Baek Ji-on and Min Gyu-ri, an economist, disagree on rents. Min expects them to "
            'rise "maybe 3 percent" next year, while Baek sees a sharper jump. "Supply has '
            'stalled, and buyers know it," she said.'
        ],
        "Supply has stalled",
        "Baek Ji-on",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a document reading words still reads them
        ['Protesters held signs reading "Cuts kill."'],
        "Cuts kill",
        "signs",
    ),
    (  # 3: ", while" and a reporting verb is that clause's own
        [
            'Min said rents would rise "maybe 3 percent," while Baek Ji-on said "far more."',
        ],
        "far more",
        "Baek Ji-on",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round136_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round136_subject_stops_before_the_verb() -> None:
    """Rule 2: "NAME's mother | cooked in the canteen" is shown as the mother, and "A
    prosecutor involved in the case | declined" keeps its description and loses the verb."""
    mother = speaker_of(
        [
            "Ahn Do-hyun said the school was small.",
            "Ahn's mother cooked in the school canteen for 20 years. "
            '"She never missed a day," he said.',
        ],
        "She never missed",
    )
    assert mother is not None and "cooked" not in mother and "Ahn Do-hyun" in mother
    short = speaker_of(
        ['A prosecutor involved in the case declined. "It is early," he said.'],
        "It is early",
        short=True,
    )
    assert short == "prosecutor involved in the case"
