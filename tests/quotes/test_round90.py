"""Round 90: headline quotations, counted over every tuning split.

Invented headlines and ledes of wire copy (no name or sentence from a corpus article). One shape
kept by the count (at least three articles in at least two splits): a headline's one-word
quotation ending in "s" before a lower-case word ('vows 'ruthless' retaliation'), whose
closing mark the scanner read as a plural possessive's ("the allies' views"), leaving the
quotation open and dropped; the body quotes the word ('vowed "ruthless" retaliation') with its
speaker, who is the headline's. The near misses keep their answer: the same shape whose words
no body quotation holds (a scare term, 'despite 'standing room woes' complaints', or a word the
body never quotes), a body quotation with a determiner the headline lacks ("some loans"), a
body term ('known locally as "zero-waste"') and a name (title-cased).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

MUST: list[object] = [  # (headline, paragraphs, headline piece, speaker); each fails on main
    (
        "(LEAD) N. Korea vows 'ruthless' retaliation over border loudspeakers",
        [
            'SEOUL, March 5 (Yonhap) -- North Korea on Wednesday vowed "ruthless" retaliation '
            "if South Korea keeps its border loudspeakers on, its state media said.",
        ],
        "ruthless",
        "North Korea",
    ),
    (
        "Hwaseong mayor vows 'seamless' flood relief after delay",
        [
            "HWASEONG, July 21 (Yonhap) -- Hwaseong Mayor Seok Da-bin on Monday called for "
            '"seamless" relief payments to some 300 flooded households after a two-week delay.',
            "Seok told reporters the city had lost two weeks checking damage claims by hand.",
        ],
        "seamless",
        "Seok Da-bin",
    ),
    (
        "N. Korean premier urges 'spotless' finish to new fish farms",
        [
            "SEOUL, Oct. 2 (Yonhap) -- North Korean Premier Bang Chol-u visited fish farms under "
            'construction on the east coast and called for a "spotless" finish before winter, '
            "the North's state media reported Thursday.",
        ],
        "spotless",
        "Bang Chol-u",
    ),
]

NEAR_MISSES: list[object] = [  # (headline, paragraphs, headline piece): no speaker, as on main
    (
        "Lender fined over 'loans' to shell firms",
        [
            "SEOUL, March 5 (Yonhap) -- The financial regulator on Wednesday fined Hanbit Savings "
            'Bank 3 billion won over what it called "some loans" to shell companies.',
        ],
        "loans",
    ),
    (
        "Cafes in Mapo join 'zero-waste' push",
        [
            "Dozens of cafes in Seoul's Mapo district have joined a campaign known locally as "
            '"zero-waste," owner Gong Seo-ha said on Tuesday.',
        ],
        "zero-waste",
    ),
    (
        "Subway keeps seatless cars despite 'standing room woes' complaints",
        [
            "SEOUL, March 5 (Yonhap) -- Seoul's subway operator said Wednesday it will keep "
            "seatless cars on Line 4 at rush hour, though riders have filed some 900 complaints.",
            '"The cars move more people, and we will add handles," operator chief Tak Yu-na said.',
        ],
        "standing room",
    ),
    (
        "Hwaseong mayor vows 'seamless' flood relief after delay",
        [
            "HWASEONG, July 21 (Yonhap) -- Hwaseong Mayor Seok Da-bin on Monday vowed to speed "
            "up relief payments to some 300 flooded households after a two-week delay.",
        ],
        "seamless",
    ),
    (
        "Ministry names new satellite 'Haetsal'",
        [
            "SEOUL, March 5 (Yonhap) -- The science ministry on Wednesday named its next weather "
            'satellite "Haetsal," minister Gi Un-jae said.',
        ],
        "Haetsal",
    ),
]


def _head(headline: str, paragraphs: list[str], piece: str) -> list[str | None]:
    quotes = extract_quotes(headline, paragraphs)
    return [q.speaker_short for q in quotes if q.paragraph is None and piece in q.text]


@pytest.mark.parametrize(("headline", "paragraphs", "piece", "speaker"), MUST)
def test_one_word_the_body_quotes_alone_takes_its_speaker(
    headline: str, paragraphs: list[str], piece: str, speaker: str
) -> None:
    assert _head(headline, paragraphs, piece) == [speaker]


@pytest.mark.parametrize(("headline", "paragraphs", "piece"), NEAR_MISSES)
def test_word_the_body_does_not_give_a_speaker_stays_without(
    headline: str, paragraphs: list[str], piece: str
) -> None:
    assert all(s is None for s in _head(headline, paragraphs, piece))
