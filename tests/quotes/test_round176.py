"""Round 176: whose words, when a sentence names one person reporting and another reported on.

Invented sentences only (no name or sentence from a corpus article). The rules:

- A "he" or "she" tag after a paragraph's named or described speaker is that speaker, not a
  person named inside its relative clause. When the speaker was taken for someone of the
  other gender (a relative sharing the surname, "the coach" read as another coach), the one
  person those words could name who has the pronoun's gender is who both are; else no one.
- Round 40's "Gong's call for "..."" reads through an indefinite article after "of": "Moon's
  warning of a "long winter"" quotes Moon, not the one speaking of the warning (round 40's
  "call for a "ceasefire"" stays the subject's).
- A subject and verb right after a partial quotation with no mark of its own make a clause
  about the quoted noun ('"the best offer" the union had made'), never a tag.
- "Kang, she said, was "..."": a pronoun tag between commas right after a name is not that
  name but the paragraph's speaker (or no one when the pronoun does not fit).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            'Kwon Tae-ho, 40, runs a tea farm near Hadong. "The frost came late," he said.',
            "Kwon, who sells to the same buyer in Jinju as Seol Min-ji, said prices had fallen. "
            '"We cannot wait another year," she said.',
        ],
        "We cannot wait",
        None,
    ),
    (
        [
            "Ahn Ji-seol has coached the swimmer since she was nine. "
            '"Keep your head down," the coach said.',
            "National head coach Noh Gyeong-tae, 58, who has led the squad since 2020, spoke "
            "more sharply to reporters. He said the swimmer would miss the "
            '"crowd sessions" held in Seoul.',
            'Teammate Jin Bo-ra, 25, said the swimmer had called her. "I was not angry," she said.',
            "The coach, who still runs a pool in Mokpo, said the plan would hold. "
            '"Nobody is leaving anything," she said.',
        ],
        "Nobody is leaving",
        "Ahn Ji-seol",
    ),
    (
        [
            'Rep. Tak Hye-ra said Moon Seong-gu\'s warning of a "long winter" was "not helpful" '
            "to the farmers."
        ],
        "long winter",
        "Moon Seong-gu",
    ),
    (
        [
            "Labor Minister Gil Jae-pyo met the union on Friday.",
            'Rep. Won Da-hee said the plan was "the kind of reform" the minister had promised '
            "for years.",
        ],
        "the kind of reform",
        "Won Da-hee",
    ),
    (
        [
            "Potter Gu Yeon-chan, 71, who works beside Hyeon's kiln, said sales were slow. "
            'Hyeon, he said, was "the last one here who fires with wood."'
        ],
        "the last one here",
        "Gu Yeon-chan",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            'Teacher Bang Su-a filed a complaint. "I was told to stay quiet," she said.',
            "Principal Yeom Dae-sik, who Bang said had warned her, denied it. "
            '"I said nothing of the kind," he said.',
        ],
        "I said nothing",
        "Yeom Dae-sik",
    ),
    (
        [
            'Rep. Tak Hye-ra said Moon Seong-gu\'s warning of a "long winter" was "not helpful" '
            "to the farmers."
        ],
        "not helpful",
        "Tak Hye-ra",
    ),
    (
        ['"It was the best deal yet," the minister had said on Monday.'],
        "It was the best deal yet",
        "minister",
    ),
    (
        ['Ko Min-sang said the rink would reopen. "It will be ready in May," he said.'],
        "It will be ready",
        "Ko Min-sang",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round176_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round176_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
