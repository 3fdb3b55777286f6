"""Round 180: where a speaker's phrase ends (subject phrases cut short or run on).

Invented sentences only (no name or sentence from a corpus article). The rules:

1. Capitalised words after a preposition's "a" or "an" modify the noun after them ("a clerk at
   a Finnish | shipyard"): the lowercase noun is no verb ending the phrase.
2. A partitive "one of" inside a preposition's object adds no level of its own ("a porter in
   the ward at | one of | the clinics"): the whole phrase is read.
3. A bare title joined by "and" to a titled name ("by party member and sculptor NAME") is
   that person's: the agent is the name, not the first title.
4. A bare number after two capitalised words ends a body's name ("a survey by NAME 365.").
5. An opening abstract noun joined by "with" to a capitalised run is one body's name
   ("Fellowship with Lonely Elders").
6. "with N years/decades (on the X)" describes the noun before it ("a lifeguard with three
   decades on the beach").
7. A base-form reporting verb right after "a"/"an" and an adjective is a noun ("An anonymous
   post ... drew"): "An anonymous" is no speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "A clerk at a Finnish shipyard that built the ferry said orders were "
            '"slower than anyone hoped."'
        ],
        "slower",
        "clerk at a Finnish shipyard",
    ),
    (
        [
            "A porter in the emergency ward at one of the clinics, who asked not to be named, "
            'said he stayed. "Someone had to stay," he said.'
        ],
        "Someone",
        "porter in the emergency ward at one of the clinics",
    ),
    (
        [
            "It was painted by party member and sculptor Moon Ga-yeon, 34. "
            '"A cup is humble, and so are we," she told Yonhap.'
        ],
        "A cup",
        "Moon Ga-yeon",
    ),
    (
        [
            "Half of tenants said rents rose, a share "
            '"no lower than it was five winters ago," according to a survey by Dasom Jibsa 365.'
        ],
        "no lower",
        "Dasom Jibsa 365",
    ),
    (
        [
            "Fellowship with Lonely Elders, a charity, said in a statement that the cut "
            '"abandons the weakest."'
        ],
        "abandons",
        "Fellowship with Lonely Elders",
    ),
    (
        [
            "Not all agree. A veteran lifeguard with three decades on the beach, who asked not "
            'to be named, called the drones "a costly toy."'
        ],
        "a costly",
        "veteran lifeguard with three decades on the beach",
    ),
    (
        ['A nurse with a decade in the ward said the rule "helps nobody."'],
        "helps",
        "nurse with a decade in the ward",
    ),
    (
        [
            "Workers are tired. An anonymous post on the office app drew dozens of replies by "
            'noon: "Who asked us?"'
        ],
        "Who asked",
        "anonymous post",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['An official at Daehan Securities said demand was "very strong."'],
        "very strong",
        "official at Daehan Securities",
    ),
    (['Sales "held firm," said Park Ji-ho, 45.'], "held firm", "Park Ji-ho"),
    (['A guard at the gate said the crowd was "calm and patient."'], "calm", "guard at the gate"),
    (['Prices "rose sharply" in March 2024, according to Hanul Bank.'], "rose", "Hanul Bank"),
    (
        ['A nurse at the clinic posted a photo. "We are exhausted," she wrote.'],
        "We are",
        "nurse at the clinic",
    ),
    (
        ['A lawyer for one of the victims said the ruling was "a relief."'],
        "a relief",
        "lawyer for one of the victims",
    ),
    (
        ['The brief was written by Rep. Kang Ye-jin and her aide. "It is fair," Kang said.'],
        "It is",
        "Kang Ye-jin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round180_phrase_ends_right(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round180_keeps_phrase(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker
