"""Round 82: headline quotations and quoted terms, counted over the fresh splits.

Invented sentences of wire copy (no name or sentence from a corpus article). Two shapes kept by
the count (at least three articles in at least two splits, one of them fresh):

* a term: a name a group uses, told by the naming verb's form and a determiner outside the
  marks: a perfect ('which the federation has called its "..."', 'The rebels have described
  their raids as a "..."'), a progressive ('what brokers are calling a "..."') or a passive with
  a lower-case group as agent ('dubbed a "..." by local media'). The near misses are one
  occasion's words with the same determiner outside: a simple past ('branded the drill a
  "..."'), the lede speaker's participle ('calling the plan a "..."'), a named person's or a
  pronoun's perfect, an agent with a capital;
* a headline's short quotation that the body quotes inside a longer quotation of the person
  the headline names as speaking, in another form of the word ('warns of 'silent' spread'
  after '"... is spreading silently ...," NAME said').
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import probe_wrong

_N = None

MUST: list[object] = [  # (paragraphs, [(piece, speaker)]); each fails on main
    (
        [
            'The rebels have described their raids as a "blockade" of Gulf-bound tankers, though '
            "few of the ships hit had any link to the Gulf."
        ],
        [("blockade", _N)],
    ),
    (
        [
            "Silver coins are selling out at post offices as prices climb, with young buyers "
            'joining retirees in what brokers are calling a "silver fever" not seen in decades.'
        ],
        [("silver fever", _N)],
    ),
    (
        [
            "Hotel bookings fell as more families stayed home during the nine-day break, dubbed "
            'a "long rest" by local media.'
        ],
        [("long rest", _N)],
    ),
]

ALSO: list[object] = [  # the same shape, already without a speaker on main: it stays so
    (
        [
            'The strike, which the union has called its "spring push," was organized by the '
            "Busan branch of the Korean Dockworkers' Union."
        ],
        [("spring push", _N)],
    ),
]

NEAR_MISSES: list[object] = [  # the same determiner outside: one occasion's words, a speaker's
    (
        [
            "SEOUL, May 3 (Yonhap) -- North Korea on Tuesday branded the South's new drill a "
            '"reckless gamble," the Korean Central News Agency said.'
        ],
        [("reckless gamble", "North Korea|Korean Central News Agency")],
    ),
    (
        [
            "North Korea on Tuesday denounced the new shipping rules, calling the plan a "
            '"pirates\' charter," the Korean Central News Agency said.'
        ],
        [("pirates", "North Korea|Korean Central News Agency")],
    ),
    (
        ['Analyst Yeo Han-gyeol has called the plan a "slow-motion mistake."'],
        [("slow-motion mistake", "Yeo Han-gyeol")],
    ),
    (
        [
            "Minister Ok Ha-ram spoke at the forum on Monday. She has called the reform a "
            '"late but necessary step."'
        ],
        [("late but necessary", "Ok Ha-ram")],
    ),
    (
        ['Rep. Min Da-seul has called the budget a "ghost ledger."'],
        [("ghost ledger", "Min Da-seul")],
    ),
    (
        [
            'Union leader Pi Seo-yul described the offer as a "slap in the face" and said '
            "talks would resume next week."
        ],
        [("slap in the face", "Pi Seo-yul")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MUST + ALSO)
def test_name_in_use_gets_no_speaker(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), NEAR_MISSES)
def test_one_occasions_words_keep_their_speaker(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []


HEADLINES: list[object] = [  # (headline, paragraphs, headline piece, speaker); fail on main
    (
        "(LEAD) Flu cases climb as health chief warns of 'silent' spread in care homes",
        [
            "SEOUL, Jan. 9 (Yonhap) -- Flu cases rose for a fifth straight week, the health "
            "agency said Friday.",
            "Korea Health Agency Commissioner Yeo Da-on told reporters that 12,400 cases had been "
            "reported in the past week.",
            '"The virus is moving silently through care homes, where most patients never '
            'show a fever," Yeo said.',
        ],
        "silent",
        "Yeo Da-on",
    ),
    (
        "Port chief warns of 'steady' decline in Busan cargo",
        [
            "BUSAN, Jan. 9 (Yonhap) -- Busan Port Authority President Ra Gyeong-ho said on "
            "Friday that cargo had fallen for a third year.",
            '"Volumes are falling steadily, and the ships are going to Shanghai," Ra said.',
        ],
        "steady",
        "Ra Gyeong-ho",
    ),
]

HEADLINE_MISSES: list[object] = [  # the word in no form of the speaker's: a scare term stays
    (
        "(LEAD) Flu cases climb as health chief warns of 'silent' spread in care homes",
        [
            "SEOUL, Jan. 9 (Yonhap) -- Flu cases rose for a fifth straight week, the health "
            "agency said Friday.",
            "Korea Health Agency Commissioner Yeo Da-on told reporters that 12,400 cases had been "
            "reported in the past week.",
            '"The virus is moving through care homes, where most patients never show a fever," '
            "Yeo said.",
        ],
        "silent",
    ),
    (
        "Port chief warns of 'steady' decline in Busan cargo",
        [
            "BUSAN, Jan. 9 (Yonhap) -- Busan Port Authority President Ra Gyeong-ho said on "
            "Friday that cargo had fallen for a third year.",
            '"Volumes are falling steadily, and the ships are going to Shanghai," said Jo '
            "Min-seo, an analyst at Hana Securities.",
        ],
        "steady",
    ),
]


@pytest.mark.parametrize(("headline", "paragraphs", "piece", "speaker"), HEADLINES)
def test_headline_word_in_another_form_takes_its_speaker(
    headline: str, paragraphs: list[str], piece: str, speaker: str
) -> None:
    head = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    assert [q.speaker_short for q in head if piece in q.text] == [speaker], head


@pytest.mark.parametrize(("headline", "paragraphs", "piece"), HEADLINE_MISSES)
def test_headline_word_the_speaker_never_said_stays_out(
    headline: str, paragraphs: list[str], piece: str
) -> None:
    head = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    assert all(q.speaker is None for q in head if piece in q.text), head
