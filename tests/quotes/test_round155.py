"""Round 155: quoted terms given a speaker (terms).

Invented sentences only (no name or sentence from a corpus article). Five frames in which a
quoted word is mentioned, not said, whoever speaks in the sentence:

- a reading of a word: 'readers took "X" to mean "Y."' (a verb of reading, a quoted word, then
  "to mean");
- a word not chosen: 'used the term "X" rather than "Y,"' (or "instead of"), the second as much
  a word as the first;
- a plain gloss after one quoted word: '"X," meaning quiet care,' (one to three lower-case
  words closing at a comma or a period; not a clause that runs on: 'meaning that ...');
- a compound before its noun, after a determiner, a possessive or a hyphenated number: a
  48-hour "cooling-off" hold, Pyongyang's "two enemy camps" line (a gerund with a particle, or
  words ending in a plural); not an adjective ('a "swift" response', 'an "all-out" effort')
  nor a verb's phrase;
- a short lower-case noun phrase after "the" (a participle between at most) right before a finite
  verb: the subject of its clause ('the ensuing "heat debt" is not repaid'); not after "a".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str]] = [
    (
        [
            'Principal Maeng Dal-su said many pupils had taken the word "gojigsik," '
            'meaning honest, to mean "stubborn."'
        ],
        "stubborn",
    ),
    (
        [
            'Professor Oh Rin-gyu noted that the agency used the phrase "power rest" '
            'rather than "outage," a choice he called telling.'
        ],
        "outage",
    ),
    (
        [
            'Tenant groups in Mapo are usually called "SH" or "saebang," meaning house '
            "renters, Rep. Do Han-byeol said."
        ],
        "saebang",
    ),
    (
        [
            "Under the plan, the Financial Watch Board said lenders must place a 48-hour "
            '"cooling-off" hold on new card accounts.'
        ],
        "cooling-off",
    ),
    (
        [
            'Analyst Jin Ha-rang said Pyongyang\'s "two enemy camps" line had hardened over '
            "the winter."
        ],
        "two enemy camps",
    ),
    (
        [
            'Sleep researchers warn that the ensuing "heat debt" is rarely repaid by a cool '
            "weekend, Dr. Yeom Bo-ra said."
        ],
        "heat debt",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['Rep. Gu Min-chae called the plan "reckless" rather than "bold," aides said.'],
        "bold",
        "aides",
    ),
    (
        ['Minister Son Gyu-ri urged a "swift" response to the floods.'],
        "swift",
        "Son",
    ),
    (
        ['Governor Tak Mi-jin demanded an "all-out" effort to clear the roads.'],
        "all-out",
        "Tak",
    ),
    (
        [
            "Rep. Bang Ho-sik accused the ruling bloc of trying to "
            '"bend the rules" ahead of the vote.'
        ],
        "bend the rules",
        "Bang",
    ),
    (
        ['Union chief Ko Eun-pyo said a "sudden shutdown" was not acceptable to members.'],
        "sudden shutdown",
        "Ko",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start"), RESOLVE)
def test_round155_term_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round155_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
