"""Round 183: documents, signs and written entries as speakers.

Invented sentences only (no name or sentence from a corpus article). Six rules of wire copy:

1. A document a participle of hanging or taping puts up gives its words, not the agent after
   "by" ('where a banner hung by the cooperative reads:'), wherever the clause stands.
2. A document a verb of appearing or hanging places before a colon ('a sign had appeared in
   the window of ...: "..."') gives its words, past a long place phrase.
3. A document "in the handwriting of" a named person before a colon is that person's.
4. 'NAME said a recorded message played from the kiosk: "..."': the reported clause's
   document speaks, not the one who reports it.
5. "The message" after "a text message" earlier in the story is the text message (the noun
   as introduced).
6. An entry quoted and "written above NAME's signature" is NAME's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of, spoken

LEDE = "SEOUL, May 2 (Yonhap) -- Harbour towns on the south coast braced for a storm on Monday."

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            LEDE,
            "Then he walked back to the pier, where a tattered banner taped up by the pier "
            'committee reads: "No nets on the steps."',
        ],
        "No nets",
        "banner",
    ),
    (
        [
            LEDE,
            "By noon, a chalk sign had appeared on the shutter of a shuttered noodle shop "
            'near the old ferry port: "Closed. Gone fishing."',
        ],
        "Closed. Gone",
        "sign",
    ),
    (
        [
            LEDE,
            "Beside the till hangs a framed note in the handwriting of her uncle, Mun "
            'Gi-tae, dated 1979: "Measure twice, cut once."',
        ],
        "Measure twice",
        "Mun Gi-tae",
    ),
    (
        [
            LEDE,
            "The ferry clerk, Pyo Eun-sol, said a recorded message played from the kiosk: "
            '"Stay calm and keep to the left."',
        ],
        "Stay calm",
        "recorded message",
    ),
    (
        [
            LEDE,
            "Residents along the seawall got a text message from the county office late on Sunday.",
            'The message, sent just after 11 p.m., read: "Move cars away from the seawall."',
        ],
        "Move cars",
        "text message",
    ),
    (
        [
            LEDE,
            "Harbour inspector Yeon Dae-gil checked the pumps on Friday.",
            'The logbook shows the entry "seal intact, no leaks" written above Yeon\'s signature.',
        ],
        "seal intact",
        "Yeon Dae-gil",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [LEDE, 'A tattered banner hung by the fishing cooperative reads: "No nets on the steps."'],
        "No nets",
        "banner",
    ),
    (
        [
            LEDE,
            "By noon, Moon Ha-rin had appeared on the steps of the shuttered noodle shop near "
            'the port. "We are closed until the storm passes," she said.',
        ],
        "We are closed",
        "Moon Ha-rin",
    ),
    (
        [LEDE, 'The ferry clerk, Pyo Eun-sol, said in a message to staff: "Stay calm."'],
        "Stay calm",
        "Pyo Eun-sol",
    ),
    (
        [
            LEDE,
            "Residents along the seawall got a brief message from the county office.",
            'The message read: "Move cars away from the seawall."',
        ],
        "Move cars",
        "message",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round183_document_speaker(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round183_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


def test_round183_kind_is_not_taken_from_another_noun() -> None:
    paragraphs = [
        LEDE,
        "The county sent a text alert on Sunday.",
        'The message read: "Move cars away from the seawall."',
    ]
    assert speaker_of(paragraphs, "Move cars", short=True) == "message"
