"""Round 157: which person speaks (a name shaped like a district, a person named by surname
alone, an opening "Asked ..." phrase, a quoted name inside an object).

Invented sentences and names only (no name or sentence from a corpus article). The rules:

1. A two-word name whose given part ends like a district ("-ri", "-dong") is still a
   person's when its first word is a Korean surname ("Ye Han-ri"): a later "he" may mean them.
2. A person named by a Korean surname only, never in full ("who gave only his surname, Gu,"),
   is who "he" or "she" means in the paragraph that brings them in.
3. A clause inside an opening "Asked what she ..., NAME ..." phrase reports nothing after it:
   the quotation is the main clause subject's.
4. (Left out at the merge: a quotation in a second complement of the sentence's opening
   "said", after ", and that" ('NAME said A, and that B was "..."'), read as NAME's, gave a
   wrong speaker to a right one on a reused held-out split. Its near misses stay.)
5. A quoted name between a possessive and its noun ('through its "Green Start" loan for
   farmers') does not stop a free participle (", saying ...") from reaching the subject.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Pyo Da-eun spent two years filming a night market in Daegu.",
            "The lead is played by Ye Han-ri, 58, who took the part after he complained about"
            " the script.",
            "Asked why the shoot ran long, she said: \u201cNobody wanted to leave the stall.\u201d",
        ],
        "Nobody wanted",
        "Pyo Da-eun",
    ),
    (
        [
            "Wi Seong-mo, the market's manager, said sales fell.",
            "At a stall near the gate, a man in his 70s who gave only his surname, Gu,"
            " waved at the empty aisle. \u201cThe young people buy online now,\u201d he said.",
        ],
        "The young people",
        "Gu",
    ),
    (
        [
            "Oh Ga-yeon, 31, won the national title on Sunday.",
            "Her rival, Seon Mi-rae, said she had tried to keep up.",
            "Asked what she tells herself before a final, Oh repeated the words she keeps"
            " taped to her locker: \u201cBreathe, then run.\u201d",
        ],
        "Breathe",
        "Oh Ga-yeon",
    ),
    (
        [
            "The Gyeonggi Farm Agency lent the group 80 million won through its"
            ' "Green Start" loan for young farmers, saying the plan showed'
            ' "a clear way to make rice pay."',
        ],
        "a clear way",
        "Gyeonggi Farm Agency",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Officials in Incheon Seo-gu said the road would reopen.",
            "Yang Bo-ra, a resident, said: \u201cWe waited long enough.\u201d",
        ],
        "We waited",
        "Yang Bo-ra",
    ),
    (
        [
            "Asked about the delay, Noh Jae-won said, \u201cWe will be ready by May.\u201d",
        ],
        "We will be ready",
        "Noh Jae-won",
    ),
    (
        [
            "Min Ha-jun said tenants complained that the roof leaked, and that officials had"
            ' called the damage "minor."',
        ],
        "minor",
        "officials",
    ),
    (
        [
            'Ko Eun-sol said the firm would appeal, and that the fine was "out of all proportion."',
        ],
        "out of all proportion",
        "Ko Eun-sol",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round157_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round157_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
