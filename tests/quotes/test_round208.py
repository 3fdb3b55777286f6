"""Round 208: which person: a gerund after "and that", a lede's job and a firm named next, a
real name given with a stage name, a participle after a quotation, a clause after a
quotation and "and".

Invented sentences and names only (no name or sentence from a corpus article).

* An "-ing" word right after "that" and before "was"/"is" ('and that writing was how he
  managed to "..."') opens the that-clause as its subject: it is no verb with an unread subject, so
  the "said" before still governs the second partial (was: no one).
* A lede's person known by a job ("the foreman") is not merged with a company named next
  ("according to her employer, NAME Marine"): a firm is no foreman (was: the firm).
* "NAME, whose real name is FULL NAME," keeps both names: the speaker reads "Dami (Jo Da-mi)",
  so either finds the speaker (was: the stage name only).
* An "-ing" participle after a quotation closing on a comma inside its marks ('profiled a
  potter, whom neighbours call "...," saying she ...') belongs to the sentence's subject, also
  past an adverb before its verb ("The paper also profiled"): not the object's words.
* "and NAME VERB" after a quotation closing on a comma ('Gu said Ra had been "...," and Ra
  did not argue.') opens a clause of its own: NAME is the newest subject, whom a following
  "she said" means (was: the first speaker).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Roh Tae-gyun has farmed pears for forty years.",
            'He said the winters were "long, and very quiet," and that writing was how '
            'he managed to "keep the mind busy."',
        ],
        "keep the mind busy",
        "Roh Tae-gyun",
    ),
    (
        [
            "When Pyo Da-som joined a trawler crew in 2009, the foreman told her to keep off "
            'the bridge because women at the wheel were "a curse."',
            "Today she captains the Haneul Star, the largest trawler in its fleet, according "
            "to her employer, Hanul Marine.",
        ],
        "a curse",
        "foreman",
    ),
    (
        [
            "The singer left the trio on Friday.",
            "Dami, whose real name is Jo Da-mi (조다미), wrote online that she was "
            '"grateful for every night on stage."',
        ],
        "grateful for every night",
        "Jo Da-mi",
    ),
    (
        [
            "The Minju Joson newspaper praised rural artists on Sunday.",
            'The paper also profiled a potter, Ri Song-ok, whom neighbours call "the clay '
            'queen," saying she had fired kilns "through every winter of the war."',
        ],
        "through every winter",
        "Minju Joson",
    ),
    (
        [
            "Ra Bo-eun, 15, won silver on the beam last week.",
            "Her coach, Gu Seo-hee, has trained her since she was 8.",
            'Gu said Ra had been "the slowest in the class," and Ra did not argue. '
            '"She is right. I needed years to learn the turn," she said.',
        ],
        "She is right",
        "Ra Bo-eun",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Roh Tae-gyun has farmed pears for forty years.",
            'He said the winters were "long, and very quiet," and that officials had '
            'promised "a new road by spring."',
        ],
        "a new road",
        "officials",
    ),
    (
        [
            "The company said its tanker had run aground off Yeosu.",
            '"We are pumping the fuel out now," the company said.',
        ],
        "We are pumping",
        "company",
    ),
    (
        [
            'Lee Ha-neul, the band\'s drummer, wrote online that he was "sorry to all the fans."',
        ],
        "sorry to all",
        "Lee Ha-neul",
    ),
    (
        [
            'Oh Jae-min criticized the plan, which critics have called "a blank check," '
            'saying it was "rushed and vague."',
        ],
        "rushed and vague",
        "Oh Jae-min",
    ),
    (
        [
            "Ra Bo-eun, 15, won silver on the beam last week.",
            "Her coach, Gu Seo-hee, has trained her since she was 8.",
            'Gu said Ra had been "the slowest in the class." '
            '"She learned the turn in a year," she said.',
        ],
        "She learned the turn",
        "Gu Seo-hee",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round208_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round208_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


def test_round208_stage_name_stays_short() -> None:
    paragraphs = [
        "Dami, whose real name is Jo Da-mi (조다미), wrote online that she was "
        '"grateful for every night on stage."'
    ]
    assert speaker_of(paragraphs, "grateful", short=True) == "Dami"
