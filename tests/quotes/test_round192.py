"""Round 192: a role phrase with a "with" phrase, and a source who asked for anonymity.

Invented sentences only (no name or sentence from a corpus article).

* A place ending a "with" phrase is never the subject on its own: "a clerk at a shoe firm
  with depots in Chile said" is the clerk speaking, and the role phrase keeps its "with ..."
  part (the parser climbed no "with", so the place after its object was read alone).
* "who asked not to be named", "asked to remain anonymous", "asked for anonymity": the asker
  puts no question to anyone; such a source is who "he" means in the next sentence, as any
  other subject would be.

A plain inverted "said a clerk at a shoe firm" and a person who asks a question keep theirs.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RIVAL = "Kang Bo-ri, head of Hanul Tools, said the levy would cut margins by half."

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['A clerk at a shoe firm with depots in Chile said the levy was "a slow death."'],
        "a slow death",
        "clerk at a shoe firm with depots in Chile",
    ),
    (
        ['An analyst at a lender with two branches in Osaka called the rule "unworkable."'],
        "unworkable",
        "analyst at a lender with two branches in Osaka",
    ),
    (
        [
            RIVAL,
            "One foreman at a tool maker in Peru, who asked not to be named, was blunter. "
            '"It is plain theft," he said.',
        ],
        "It is plain theft",
        "foreman at a tool maker in Peru",
    ),
    (
        [
            RIVAL,
            "One foreman at a tool maker with yards in Peru, who asked not to be named for fear "
            'of losing buyers, was blunter. "It is plain theft," he said.',
        ],
        "It is plain theft",
        "foreman at a tool maker with yards in Peru",
    ),
    (
        [
            RIVAL,
            "One buyer at a grocery chain in Busan, who asked for anonymity, was calmer. "
            '"Prices will fall by spring," she said.',
        ],
        "Prices will fall",
        "buyer at a grocery chain in Busan",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['"The levy is a slow death," said a clerk at a shoe firm with depots in Chile.'],
        "The levy is a slow death",
        "clerk at a shoe firm",
    ),
    (
        ['Ryu Han-gyeol, an official at the port authority, said the cargo was "in limbo."'],
        "in limbo",
        "Ryu Han-gyeol",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round192_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round192_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
