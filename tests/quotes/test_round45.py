"""Round 45: the owner of a message addressed to someone, 'NAME had a message for NAME: "..."',
and the writer of a letter that speaks later, 'NAME wrote a letter ...' then '"...," the letter
read'.

English gives a message its sender as the subject of the clause that holds it: 'Tak had a
message for Moon: "..."' and 'Tak sent a note to Moon: "..."' quote Tak, whom the message is
from, never "a message" (a document names nobody) nor Moon, to whom it goes. Round 40 read the
frame only with the noun right before the colon ('sent Moon a message: "..."'); the phrase of
the one addressed ("for NAME", "to him") between noun and colon left "a message" as the
speaker. Every sentence here is invented (no name or sentence from the corpus).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_N = None

MUST_RESOLVE: list[tuple[list[str], str, str]] = [  # paragraphs, piece, speaker
    (['Tak Seong-min had a message for Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min has a message for Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min had a message for him: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min sent a note to Moon Ha-yul: "The vote is on Friday."'], "Friday", "Tak"),
    (['Tak Seong-min left a note for her: "The vote is on Friday."'], "Friday", "Tak"),
    (['Tak Seong-min posted a message to Moon Ha-yul: "See you in court."'], "court", "Tak"),
    (['Tak Seong-min also had a message for Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
    (['Tak Seong-min wrote a letter to Moon Ha-yul: "I regret nothing."'], "regret", "Tak"),
    (
        ['Tak Seong-min had a message for Moon Ha-yul: "Keep your promises. We are watching."'],
        "watching",
        "Tak",
    ),
    (
        [
            "Moon Ha-yul won the seat on Sunday.",
            'Tak Seong-min had a message for Moon Ha-yul: "Keep your promises."',
        ],
        "promises",
        "Tak",
    ),
    (['Pyeon Ji-a emailed a note to Tak Seong-min: "The deal is off."'], "deal is off", "Pyeon"),
    (['Tak Seong-min left a message for Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
    (['Tak Seong-min had a note for Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
    (['Tak Seong-min had a message to Moon Ha-yul: "Stay home."'], "Stay home", "Tak"),
]

NEAR_MISSES: list[tuple[list[str], str, str | None]] = [  # the present answer stays
    # the message right before the colon, no one addressed: round 40's frame, unchanged
    (['Tak Seong-min sent Moon Ha-yul a message: "Keep your promises."'], "promises", "Tak"),
    # a noun of no message: the subject already speaks
    (['Tak Seong-min had a warning for Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min had some advice for him: "Keep your promises."'], "promises", "Tak"),
    (['Tak Seong-min had one request for Moon Ha-yul: "Call me."'], "Call me", "Tak"),
    # a message whose writer is named after its noun: round 13's frame, the writer speaks
    (
        ['Tak Seong-min read out a message Moon Ha-yul sent him in May: "Stay home."'],
        "Stay home",
        "Moon",
    ),
    # the message after the quotation
    (['"Stay home," Tak Seong-min wrote in a message to Moon Ha-yul.'], "Stay home", "Tak"),
    # the one addressed is never the speaker
    (['Tak Seong-min told Moon Ha-yul: "Keep your promises."'], "promises", "Tak"),
    # a word quoted, no colon: a term stays nobody's
    (['Tak Seong-min had a message for "the silent majority" in May.'], "silent majority", _N),
    # a message sentence with no quotation leaves the next speaker alone
    (
        [
            "Tak Seong-min had a message for Moon Ha-yul.",
            '"We will win," Pyeon Ji-a said.',
        ],
        "We will win",
        "Pyeon",
    ),
    (['Moon Ha-yul replied: "Thank you for the note."'], "Thank you", "Moon"),
    (['Tak Seong-min said on Monday: "Keep your promises."'], "promises", "Tak"),
]


def _speaker(paragraphs: list[str], piece: str) -> tuple[bool, str | None]:
    quotes = [q for q in extract_quotes("", paragraphs) if piece in q.text]
    if not quotes:
        return False, None
    return True, quotes[0].speaker


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), MUST_RESOLVE)
def test_message_owner(paragraphs: list[str], piece: str, speaker: str) -> None:
    found, got = _speaker(paragraphs, piece)
    assert found and got is not None and speaker in got, got


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), NEAR_MISSES)
def test_near_miss(paragraphs: list[str], piece: str, speaker: str | None) -> None:
    found, got = _speaker(paragraphs, piece)
    if speaker is None:
        assert got is None, got
    else:
        assert found and got is not None and speaker in got, got


# the letter named again with "the" in the same paragraph or the next: its writer's words
LETTERS_RESOLVE: list[tuple[list[str], str, str]] = [  # the writer speaks
    (
        [
            "Actor Noh Eun-chae posted a letter on her fan site on Friday.",
            '"I owe my fans an apology," the letter read.',
        ],
        "apology",
        "Noh Eun-chae",
    ),
    (
        [
            "Noh Eun-chae wrote a letter to the club's members in March.",
            '"The club is bigger than any coach," the letter read.',
        ],
        "bigger than",
        "Noh Eun-chae",
    ),
    (
        [
            "Coach Seo Tae-gyun sent an email to his players late Tuesday.",
            '"Training starts at six," the email read.',
        ],
        "six",
        "Seo Tae-gyun",
    ),
    (
        [
            "Seo Tae-gyun penned a letter to his successor.",
            '"Trust the young players," the letter said.',
        ],
        "young players",
        "Seo Tae-gyun",
    ),
    (
        [
            "Seo Tae-gyun left a note on the locker room door.",
            '"Thank you for everything," the note said.',
        ],
        "everything",
        "Seo Tae-gyun",
    ),
    (
        ['Seo Tae-gyun posted a note on Instagram. "I will be back," the note read.'],
        "be back",
        "Seo Tae-gyun",
    ),
    (
        [
            "Seo Tae-gyun published a post on his blog after the match.",
            '"We were robbed," the post read.',
        ],
        "robbed",
        "Seo Tae-gyun",
    ),
    (
        [
            "Seo Tae-gyun wrote a handwritten letter to the fans.",
            '"I am proud of this team," the letter read.',
        ],
        "proud",
        "Seo Tae-gyun",
    ),
    (
        [
            "Seo Tae-gyun sent a two-page letter to the board.",
            '"The club needs new owners," the letter read.',
        ],
        "new owners",
        "Seo Tae-gyun",
    ),
    (
        [
            "Novelist Ha Yoon-seul wrote a letter to her readers.",
            '"The last chapter is for you," the letter read, "and for no one else."',
        ],
        "last chapter",
        "Ha Yoon-seul",
    ),
    (
        [
            "Ha Yoon-seul emailed a message to reporters on Monday.",
            '"I have nothing to hide," the message read.',
        ],
        "nothing to hide",
        "Ha Yoon-seul",
    ),
]
LETTERS_KEEP: list[tuple[list[str], str, str]] = [  # the document keeps the words
    (
        ["Police found a letter at the scene.", '"Forgive me," the letter read.'],
        "Forgive me",
        "letter",
    ),
    (
        ["Seo Tae-gyun received a letter from the league.", '"The fine stands," the letter read.'],
        "fine stands",
        "letter",
    ),
    (
        [
            "Seo Tae-gyun and Ha Yoon-seul wrote a letter to the board.",
            '"Sell the club," the letter read.',
        ],
        "Sell the club",
        "letter",
    ),
    (
        [
            "The ministry sent a letter to every school.",
            '"Classes resume Monday," the letter read.',
        ],
        "resume Monday",
        "letter",
    ),
    (
        ["Seo Tae-gyun wrote a letter to the board.", '"Sell the club," the statement read.'],
        "Sell the club",
        "statement",
    ),
    (
        ["Seo Tae-gyun wrote a letter to the board.", '"Sell the club," Ha Yoon-seul said.'],
        "Sell the club",
        "Ha Yoon-seul",
    ),
    (
        ["Seo Tae-gyun wrote a book about the season.", '"Sell the club," the letter read.'],
        "Sell the club",
        "letter",
    ),
    (
        [
            "Ha Yoon-seul said Seo Tae-gyun wrote a letter to the board.",
            '"Sell the club," the letter read.',
        ],
        "Sell the club",
        "letter",
    ),
    (
        [
            "Seo Tae-gyun wrote a letter to the board.",
            "The board met on Friday.",
            '"Sell the club," the letter read.',
        ],
        "Sell the club",
        "letter",
    ),
    (
        ["Seo Tae-gyun read a letter from fans aloud.", '"Never give up," the letter read.'],
        "Never give up",
        "letter",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), LETTERS_RESOLVE)
def test_letter_writer(paragraphs: list[str], piece: str, speaker: str) -> None:
    found, got = _speaker(paragraphs, piece)
    assert found and got is not None and speaker in got, got


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), LETTERS_KEEP)
def test_letter_kept(paragraphs: list[str], piece: str, speaker: str) -> None:
    found, got = _speaker(paragraphs, piece)
    assert found and got is not None and speaker in got, got
