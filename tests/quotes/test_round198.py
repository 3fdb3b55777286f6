"""Round 198: a gesture after "Asked", a body's post, signs that "will read", a firm's
description (issue classes 1, 5 and 9).

Invented sentences and names only (no name or sentence from a corpus article).

1. 'Asked whether ..., NAME shook her head.' closing a paragraph with no quotation leads
   into the quote-only paragraph after it, as 'NAME shook her head.' already did (round 47):
   the opening "Asked ..." clause is the question put to the person who answers by the
   gesture; the quote-only paragraph after that one continues.
2. A named body, a verb that is no verb of saying ("congratulated", "thanked"), "on" and a
   social platform's name right before a colon: the words after it are the body's post.
3. 'Signs at the gates will read, "..."': "read" after "will" or "would" right before a
   comma or a colon opening a quotation gives the sign's words (the inverted '"...," the
   message will read' stays with no speaker, as in round 171).
4. 'The chief executive of NAME, the country's biggest lender, said': a description after
   "of <Body>," headed by a noun only a body fits is the body's, never shown with the
   person ("CEO NAME", not "CEO NAME, the country's biggest lender").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_of, speakers

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Veteran puppeteer Gong Ha-rim, 71, will stage a solo show in Daegu next month.",
            "Asked whether she feared the stage after a decade away, Gong shook her head.",
            '"A puppet never forgets its strings. I only have to remember mine.',
            '"The hard part is the waiting in the wings, not the work on stage."',
            '"Tell the young ones to come early. I will be there before the janitor."',
        ],
        "Tell the young ones",
        "Gong Ha-rim",
    ),
    (
        [
            "Veteran puppeteer Gong Ha-rim, 71, will stage a solo show in Daegu next month.",
            "Asked whether she feared the stage after a decade away, Gong shook her head.",
            '"A puppet never forgets its strings. I only have to remember mine."',
        ],
        "A puppet never forgets",
        "Gong Ha-rim",
    ),
    (
        [
            "Archer Pyeon So-ul, 19, won the world youth title in Lima on Sunday.",
            'The Korean Embassy in Peru congratulated her on X: "A perfect final end. '
            'Bravo, Pyeon So-ul!"',
        ],
        "A perfect final end",
        "Korean Embassy",
    ),
    (
        [
            "Gimcheon will lengthen green lights at 40 school crossings from March.",
            'Placards at the new crossings will read, "Take your time. The light waits."',
        ],
        "Take your time",
        "Placards at the new crossings",
    ),
    (
        [
            "Rangers will leave deer repellent along the ridge trails this week.",
            'Boards at each trailhead will read: "Repellent ahead. Keep dogs leashed."',
        ],
        "Repellent ahead",
        "Boards at each trailhead",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Veteran puppeteer Gong Ha-rim, 71, will stage a solo show in Daegu next month.",
            "Gong shook her head.",
            '"A puppet never forgets its strings. I only have to remember mine."',
        ],
        "A puppet never forgets",
        "Gong Ha-rim",
    ),
    (
        [
            "Archer Pyeon So-ul, 19, won the world youth title in Lima on Sunday.",
            'The Korean Embassy in Peru wrote on X: "A perfect final end. Bravo, Pyeon So-ul!"',
        ],
        "A perfect final end",
        "Korean Embassy",
    ),
    (
        [
            "The rail agency said it would text every ticket holder before the strike.",
            '"Please check your train before leaving home," the message will read.',
        ],
        "Please check your train",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, KEEP))
def test_round198_speaker(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_of(paragraphs, start, short=True) == want


FIRM_LEDE = [
    "The chief executive of Hanbyeol Savings, the region's biggest lender, said Friday that "
    'a system outage was "not a hack."',
    'CEO Gwak Do-hun told reporters that no deposits were touched. "Every account is '
    'safe," he said.',
]


def test_round198_body_description_not_shown_with_person() -> None:
    assert speakers(FIRM_LEDE) == ["CEO Gwak Do-hun", "CEO Gwak Do-hun"]


def test_round198_person_description_kept() -> None:
    paragraphs = [
        "The chief executive of Hanbyeol Savings, a former central bank economist, said "
        'Friday that a system outage was "not a hack."',
        'CEO Gwak Do-hun told reporters that no deposits were touched. "Every account is '
        'safe," he said.',
    ]
    assert all("former central bank economist" in (s or "") for s in speakers(paragraphs))
