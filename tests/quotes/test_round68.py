"""Round 68: documents, notices, statements and memos as speakers.

Invented sentences (no name or sentence from a corpus article).

Rule 1: the subject of "issued", "released", "ran", "delivered" or "published" with a document
as its object ("The ministry issued a statement on Monday", "The paper ran an editorial")
put that document out, so a later '"...," the statement said' is the subject's words, as
after "said in a statement" (round 60). Not a document of someone else's ("a statement from
the families", "a statement by the operator"), nor one handled by a verb of another kind
("rejected a statement", "read out a statement").

Rule 2: a sentence whose whole subject is "It", "One" or "Another" before "read" or "reads"
quotes the last document before it: 'a small sign by the door. It read: "..."' (the sign),
'banners hang ... One reads, "..."' (one banner), 'One note read ... Another, in crayon, read
"..."' (another note). "It" reaches back over no quotation, and a document someone wrote,
posted or sent, or one "from" someone, is not read so (its author's, if anyone's).

Rule 3: a memo and an inscription are documents: 'An internal memo seen by a newspaper read:
"..."' is the memo's, not the newspaper's.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def _speaker_or_none(paragraphs: list[str], start: str) -> str | None:
    """The speaker of the quotation starting with ``start``; None when it has none or is not
    extracted at all."""
    for quote in extract_quotes("", paragraphs):
        if quote.text.startswith(start):
            return quote.speaker
    return None


def _matches(got: str | None, want: str) -> bool:
    """A lenient speaker match, as the corpus scorer's: one contains the other."""
    if got is None:
        return False
    got, want = got.lower(), want.lower()
    return want in got or got.split(",")[0] in want


ISSUED: list[tuple[list[str], str, str]] = [
    (
        [
            "The Ministry of Maritime Affairs issued a statement on Tuesday, demanding the "
            '"prompt" return of the ferry.',
            '"The seizure of a civilian vessel is unacceptable and must be reversed," the '
            "statement said.",
        ],
        "The seizure",
        "Ministry of Maritime Affairs",
    ),
    (
        [
            "Minjung Ilbo, the party's newspaper, ran a front-page editorial urging farmers to "
            '"defend every field."',
            '"The harvest is a battle that no one may leave," the editorial said.',
        ],
        "The harvest",
        "Minjung Ilbo",
    ),
    (
        [
            "Seo Dal-hwan, a senior party secretary, delivered a report to the plenary, saying "
            'output had "far exceeded" targets.',
            '"Every factory must double its effort next year," the report said.',
        ],
        "Every factory",
        "Seo Dal-hwan",
    ),
    (
        [
            "The Gangwon provincial office released a statement Monday evening, calling the "
            'closure "a temporary step."',
            '"Schools will reopen once the roads are cleared," the statement said.',
        ],
        "Schools will",
        "Gangwon provincial office",
    ),
    (
        [
            "The Korea Tea Growers' Association issued a statement on Friday.",
            '"Prices at the farm gate have fallen for three years in a row," the statement said.',
        ],
        "Prices at",
        "Korea Tea Growers' Association",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), ISSUED)
def test_round68_issued_document(paragraphs: list[str], start: str, speaker: str) -> None:
    assert _matches(_speaker_or_none(paragraphs, start), speaker)


ISSUED_NEAR: list[tuple[list[str], str, str]] = [
    # someone else's statement: never the body that rejected or read it out
    (
        [
            "The Ministry of Maritime Affairs rejected a statement by the ferry operator, "
            'calling it "misleading."',
            '"We followed every rule," the statement said.',
        ],
        "We followed",
        "Ministry of Maritime Affairs",
    ),
    (
        [
            "Kwak Min-seok read out a statement from the victims' families at the hearing.",
            '"We want the truth, not money," the statement said.',
        ],
        "We want the truth",
        "Kwak Min-seok",
    ),
    (
        [
            "The Busan city office released a statement from the bereaved families on Sunday.",
            '"No one has told us why the alarm was off," the statement said.',
        ],
        "No one has told",
        "Busan city office",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "not_speaker"), ISSUED_NEAR)
def test_round68_issued_near_misses(paragraphs: list[str], start: str, not_speaker: str) -> None:
    got = _speaker_or_none(paragraphs, start)
    assert got is None or not_speaker.lower() not in got.lower()


ELIDED: list[tuple[list[str], str, str]] = [
    (
        [
            "When Bae Soo-ah went to the library on Sunday, a librarian pointed to a small sign "
            'by the entrance. It read: "No food or drinks beyond this point."'
        ],
        "No food",
        "sign",
    ),
    (
        [
            "A notice went up on the gate of the Dongsan apartment complex this week. It reads, "
            '"Delivery scooters must park outside."'
        ],
        "Delivery scooters",
        "notice",
    ),
    (
        [
            "Shop owners have hung banners along the main road of the market. One reads, "
            '"Our market, our livelihood."'
        ],
        "Our market",
        "banner",
    ),
    (
        [
            'Visitors left notes on the wall near the stage. One note read, "See you next '
            'summer." Another, written in crayon, read "I love the drums."'
        ],
        "I love the drums",
        "another note",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), ELIDED)
def test_round68_elided_document(paragraphs: list[str], start: str, speaker: str) -> None:
    assert _matches(_speaker_or_none(paragraphs, start), speaker)


ELIDED_NEAR: list[tuple[list[str], str, str | None]] = [
    # a person reading aloud: her words, by the labels
    (
        [
            "Kang Hee-sook, the head of the parents' group, stood on the steps with a notice "
            'in her hand. She read: "We will not let the school close."'
        ],
        "We will not",
        "Kang Hee-sook",
    ),
    # a letter someone wrote: not "letter" (its author's, which the rule does not give)
    (
        [
            "Yoon Ga-eun wrote a letter to the school board last week. It read, "
            '"Please keep the night bus running."'
        ],
        "Please keep",
        None,
    ),
    # "It" a body, not a document: the body speaks
    (
        [
            "The Jeonnam Fisheries Cooperative met on Thursday after a banner went up at the "
            'port. It said: "Prices must be set by those who fish."'
        ],
        "Prices must",
        "Jeonnam Fisheries Cooperative",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), ELIDED_NEAR)
def test_round68_elided_near_misses(paragraphs: list[str], start: str, speaker: str | None) -> None:
    got = _speaker_or_none(paragraphs, start)
    if speaker is None:
        assert got is None or "letter" not in got.lower()
    else:
        assert _matches(got, speaker)


MEMOS: list[tuple[list[str], str, str]] = [
    (
        [
            'An internal memo obtained by The Korea Herald read: "Every branch must cut '
            'overtime by a fifth before March."'
        ],
        "Every branch",
        "memo",
    ),
    (
        [
            "A bronze bell dug up near the temple site last spring carries a short inscription "
            'that reads "peace to the western hills."'
        ],
        "peace to the western hills",
        "inscription",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), MEMOS)
def test_round68_memo_inscription(paragraphs: list[str], start: str, speaker: str) -> None:
    assert _matches(_speaker_or_none(paragraphs, start), speaker)


def test_round68_inscription_according_to_left() -> None:
    """Left by round 68 (X after the quotation, 'according to X', was given); round 167's
    'that reads' read as 'reading' gives the inscription, as the labels do."""
    paragraphs = [
        'The bronze bell carries an inscription that reads "peace to the western hills," '
        "according to researchers at Hanul University."
    ]
    got = _speaker_or_none(paragraphs, "peace to the western hills")
    assert _matches(got, "inscription")
