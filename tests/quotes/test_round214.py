"""Round 214: a speaker the article itself leaves open.

Invented sentences only (no name or sentence from a corpus article). Rule:

1. A quotation whose speaker the article says is not known gets no speaker, whoever its
   sentence names (the one who played the recording, the people who relayed it, the
   document that carried it): the rest of its sentence or the next sentence says so
   ("Neither side has established who spoke", "did not say who gave the order"), or the
   sentence before it gives the author as one of two ("sent either by NAME or by NAME",
   'One of them told him, "...," the witnesses said'). Not when a name is the quotation's
   speaker, and not for a "who" clause about anything but the speaking ("would not say who
   will inherit the shop").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speaker_holds

# paragraphs, the text of a quotation that must get no speaker
RESOLVE: list[tuple[list[str], str]] = [
    (
        [
            "The two ferries collided in fog off the island.",
            "Inspectors played a tape from the wheelhouse in which someone can be heard saying, "
            '"Ease the throttle," moments before the collision. Neither crew has established '
            "who spoke.",
        ],
        "Ease the throttle,",
    ),
    (
        [
            "The clinic lost its license in March.",
            'Two nurses testified that they had been ordered to "keep the charts short," '
            "according to the verdict, which did not say who gave the order.",
        ],
        "keep the charts short,",
    ),
    (
        [
            "Police searched the office of Pyo Gang-rim and his partner, Yeom Da-seul.",
            "A message found on his phone, sent either by Pyo or by Yeom, read: "
            '"Wait for the call."',
        ],
        "Wait for the call.",
    ),
    (
        [
            "Pyo Gang-rim and Yeom Da-seul met the buyer in June, according to three people "
            'at the meeting. One of them told him, "Price is not value," the people said.',
        ],
        "Price is not value,",
    ),
]

# paragraphs, the text a quotation has (a near miss the rule leaves as it was), a word of its
# speaker (None: no speaker, as before)
KEEP: list[tuple[list[str], str, str | None]] = [
    (  # a name's own words: the "who" clause is about something else
        ['Moravec called the plan "a mistake," but would not say who said it first.'],
        "a mistake,",
        "Moravec",
    ),
    (  # a named tag, then a "who spoke" about a meeting
        [
            "The talks ended at noon.",
            '"Turn back now," Moravec said. Investigators did not say who spoke first at the '
            "meeting.",
        ],
        "Turn back now,",
        "Moravec",
    ),
    (  # "who" and a future, no speaking: the speaker stays
        [
            "Pyo Gang-rim has run the shop for forty years.",
            "He has already chosen who will take over, he said, but would not say who. "
            '"Let him wait a little," he said.',
        ],
        "Let him wait a little,",
        "Pyo Gang-rim",
    ),
    (  # "either by phone or by fax": means, not authors
        ['Officials said a message sent either by phone or by fax read: "Close the gate."'],
        "Close the gate.",
        "message",
    ),
    (  # one of the two named as the teller: hers, as before
        [
            "Pyo Gang-rim and Yeom Da-seul met the buyer in June. Yeom told him, "
            '"Price is not value," the people said.',
        ],
        "Price is not value,",
        "Yeom Da-seul",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text"), RESOLVE)
def test_round214_leaves_an_open_speaker_open(paragraphs: list[str], text: str) -> None:
    assert speaker_for(paragraphs, text) is None


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KEEP)
def test_round214_keeps_near_miss(paragraphs: list[str], text: str, speaker: str | None) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got
