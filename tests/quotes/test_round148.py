"""Round 148: "what X calls "..."", a present habitual name (terms).

Invented sentences only (no name or sentence from a corpus article). "What" and a present
"call(s)" frame the name a government, a body or a group habitually gives a thing ('the plant
makes what Pyongyang calls "..."'): a term, whoever the subject, when no word of the span weighs
anything. One person's present "what he calls" and a past "what it called" (a judgement of
one event) keep their speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

TERMS: list[tuple[list[str], str]] = [
    (['The new furnace is meant to make what Pyongyang calls "Juche glass."'], "Juche glass"),
    (
        [
            "Seoul said the drill would rehearse what the Pentagon calls "
            '"distributed carrier operations," officials said.'
        ],
        "distributed carrier",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (['Rep. Ha Seon-ul criticized what he called "reckless moves."'], "reckless moves", "Ha"),
    (
        ['The ministry condemned what it called "a deliberate provocation."'],
        "a deliberate provocation",
        "ministry",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start"), TERMS)
def test_round148_habitual_name_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round148_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
