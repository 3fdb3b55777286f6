"""Round 411: the paragraph after a lede names the author of the lede's words in three more
ways, and a lede that answers a statement keeps its own words.

Invented sentences only. The corpus README gives a lede's country's words to the official
whose statement they come from when the next paragraphs name that official. Read before this
round: 'The warning came in a statement by NAME' with NAME speaking within two paragraphs.
Now also: 'The statement was issued by NAME' (or 'The statement, issued by NAME') opening that
paragraph when the lede names no statement; 'The words came from NAME'; the author's first
words in a quotation that runs over two paragraphs before 'NAME said'; and a lede body known
only by its description ("North Korea's main farmers' organization"). Not a lede that answers
a statement ('The unification ministry called a statement from North Korea "..."'): its
words are its own, not the author's (this held for a ministry known only as "the unification
ministry" and failed for a named one before this round).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

_SAYS = '"Every shell fired near our waters will be answered in kind," {} said.'


def _lede(body: str, partial: str) -> str:
    return (
        f"SEOUL, May 3 (Yonhap) -- {body} on Monday denounced the allies' river-crossing drill"
        f' as "{partial}" and warned of "stern countermeasures."'
    )


RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            _lede("North Korea", "reckless folly"),
            "The statement was issued by Ryang Chol-bom, vice minister of the North's defense"
            " ministry, and carried by the official Korean Central News Agency (KCNA).",
            _SAYS.format("Ryang"),
        ],
        "reckless folly",
        "Ryang Chol-bom",
    ),
    (
        [
            _lede("North Korea", "a rehearsal for war"),
            "The words came from Sok Kwang-dok, director of the General Bureau of River"
            " Affairs, who spoke at a rally in Sinuiju on Sunday, according to KCNA.",
            _SAYS.format("Sok"),
        ],
        "a rehearsal for war",
        "Sok Kwang-dok",
    ),
    (
        [
            _lede("North Korea", "open provocation"),
            "The warning came in a statement by Chae Ung-song, a spokesman for the North's"
            " Ministry of National Defense, carried by KCNA.",
            '"The drill was planned as a rehearsal for crossing our border by force.',
            '"Those who planned it will answer for every consequence," Chae said.',
        ],
        "open provocation",
        "Chae Ung-song",
    ),
    (
        [
            _lede("North Korea's main farmers' organization", "a cheap stunt"),
            "The rejection came in a statement by Hwang Myong-ae, chairwoman of the union's"
            " central committee, carried by KCNA.",
            _SAYS.format("Hwang"),
        ],
        "a cheap stunt",
        "Hwang Myong-ae",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (  # the lede answers the statement: the ministry's words stay the ministry's
        [
            "SEOUL, May 3 (Yonhap) -- The Ministry of Unification on Monday called a statement"
            ' from North Korea "deeply regrettable" and urged Pyongyang to return to talks.',
            "The statement, issued by Kye Tong-su, a vice minister of the North's foreign"
            ' ministry, accused Seoul of staging "provocative" drills near the border.',
            _SAYS.format("Kye"),
        ],
        "deeply regrettable",
        "Ministry of Unification",
    ),
    (  # read out, not issued: an announcer is not the statement's author
        [
            _lede("North Korea", "reckless folly"),
            "The statement was read out by Ok Hyang-sim, a presenter on state television,"
            " on the evening news.",
            _SAYS.format("Ok"),
        ],
        "reckless folly",
        "North Korea",
    ),
    (  # the idea, not the words: its source did not say the lede's words
        [
            _lede("North Korea", "a rehearsal for war"),
            "The idea came from Sok Kwang-dok, director of the General Bureau of River"
            " Affairs, who proposed a new levee on the Yalu last year.",
            _SAYS.format("Sok"),
        ],
        "a rehearsal for war",
        "North Korea",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), want)
