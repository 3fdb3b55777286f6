"""Round 65: which of two people with one surname speaks ("the younger Seok", "the elder Seok").

Invented sentences (no name or sentence from a corpus article). Rules:

* "The 67-year-old won ..." opening a sentence no clause of saying reads gives the person
  the copy was about that age, so that "the elder Seok" and "the younger Seok" can tell two
  people of one surname apart by the ages the article gave (round 23's comparison);
* "His colleague NAME, no relation, is one of the few who stayed." (no verb of saying): the
  sentence's subject is the named person, whom the table now knows, not the "His" opening it.
* "Gil, the chairman, said": of two people named Gil, the one whose title holds the
  appositive's noun ("Council Chairman Gil Sang-ho"), not the newest Gil.

Near misses keep their answers: the other of the two, and a later bare role ("the writer")
after an age-only sentence still means the person it meant before.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_POTTERS = [
    "Potter Seok Yun-ho won the national crafts prize on Friday for a moon jar fired in a "
    "wood kiln.",
    "The 67-year-old, who has fired kilns in Icheon since 1979, beat 40 other entrants.",
    'His apprentice Seok Da-bin, 29, who is no relation, said the prize was "long overdue."',
    '"He taught me to wait for the fire," the younger Seok said.',
    'Asked about his plans, the elder Seok laughed. "Clay decides, not me," he said.',
]

_DIVERS = [
    "Diver Ryu Hana-rae is back on the platform a year after a shoulder operation.",
    "The 30-year-old won the 10-meter event in Gwangju on Sunday, her first title since 2024.",
    "Ryu's teammate Ryu Bo-mi, 18, who took silver, said diving beside her idol was "
    '"a lesson every morning."',
    '"She never missed an entry all week," the younger Ryu said.',
    'Asked about the next world championships, the elder Ryu smiled. "One dive at a time," '
    "she said.",
]

_CRANES = [
    "Nam Gyu-cheol, 61, a crane driver at a port in Pohang, said few young people applied. "
    '"They want desks," he said.',
    "His co-worker Nam Hye-jin, no relation, is one of the few who stayed. The 26-year-old "
    "joined the port's training scheme in 2023.",
    '"The hours are long," the younger Nam said. "But the money is fair."',
    'The elder Nam, who has driven cranes since 1990, was blunter. "Without them we stop," '
    "he said.",
]

_COUNCIL = [
    "Council Chairman Gil Sang-ho, 66, who led the trip, denied any wrongdoing. "
    '"We visited three plants and wrote a report," he said.',
    "Another member of the trip, Gil Mi-ran, 41, who is not related to the chairman, said "
    'she had raised concerns "twice, in writing."',
    'Gil, the chairman, said he would cooperate but "will not step down over a rumor."',
]

RESOLVE: list[tuple[list[str], str, str]] = [
    # a definite appositive after a surname two people share: the one whose title holds it
    (_COUNCIL, "will not step down", "Gil Sang-ho"),
    # the second bearer named after "His co-worker" in a sentence that reports nothing
    (_CRANES, "The hours are long", "Nam Hye-jin"),
    # the age given by a sentence of its own, no verb of saying: "the elder" is that person
    (_POTTERS, "Clay decides", "Seok Yun-ho"),
    (_DIVERS, "One dive at a time", "Ryu Hana-rae"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round65_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


NEAR: list[tuple[list[str], str, str | None]] = [
    # the other of the two, the one whose age was given after the name
    (_POTTERS, "He taught me", "Seok Da-bin"),
    (_DIVERS, "She never missed", "Ryu Bo-mi"),
    (_CRANES, "Without them", "Nam Gyu-cheol"),
    # the newest Gil is the one the appositive names, and a Gil it names neither of
    (
        [
            'Council member Gil Sang-ho, 66, said the trip was "a study tour."',
            "Council Chairwoman Gil Mi-ran, 41, who is not related to him, said she had "
            'raised concerns "twice, in writing."',
            'Gil, the chairwoman, said she would cooperate but "will not step down over a rumor."',
        ],
        "will not step down",
        "Gil Mi-ran",
    ),
    (
        [
            "Council Chairman Gil Sang-ho, 66, who led the trip, denied any wrongdoing.",
            'Another member of the trip, Gil Mi-ran, 41, said she had raised concerns "twice, '
            'in writing."',
            'Gil, the former teacher, said she would cooperate but "will not step down over a '
            'rumor."',
        ],
        "will not step down",
        "Gil Mi-ran",
    ),
    # "His" opening a sentence with no name after its noun is still the pronoun
    (
        [
            'Kwak Tae-yang, 55, said the shop would close. "Rent doubled," he said.',
            'His answer to the landlord was short. "No," he said.',
        ],
        "No",
        "Kwak Tae-yang",
    ),
    # an age-only sentence leaves a later bare role to the person it meant before
    (
        [
            'Moon Ga-eun does not like the word "auteur." "We say \'director,\' and that is '
            'enough," she said.',
            'The 38-year-old is the creator and head writer of "Night Ferry," a series about a '
            "customs officer.",
            "Asked about the casting, Moon said she had written the role with Shin in mind. "
            '"He has a sailor\'s face," the writer said.',
        ],
        "He has a sailor",
        "Moon Ga-eun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), NEAR)
def test_round65_near_misses_keep_their_answer(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker
