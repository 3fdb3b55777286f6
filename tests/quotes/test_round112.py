"""Round 112: a headline quotation whose body quotation has no speaker, or an object for one.

Invented sentences only (no name or sentence from a corpus article). When the lede quotes the
headline's words with no speaker ('mocked ..., calling it "..." and warning ...') or gives them
to the object after the quotation ('ruling that the city had "ignored" a crack' read as "a
crack"'s), the headline's own subject ("Court says", "N. Korea calls") names the speaker, if the
body names that entity. Near misses keep their answer: a body description that names a speaker
("state media", "a BOK deputy governor", "the Polish government": the agency, the person named
next, the country's government), a named body speaker, and a headline phrase with lower-case
words in it.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

# (headline, paragraphs, piece of the headline quotation, speaker it must hold); fail on main
RESOLVE: list[tuple[str, list[str], str, str]] = [
    (
        "N. Korea calls South's new radar 'a deaf man's trumpet'",
        [
            "SEOUL, May 2 (Yonhap) -- North Korea on Saturday mocked South Korea's latest "
            'early-warning radar, installed this week under the so-called "Baekdu Eye" program, '
            'calling it "a deaf man\'s trumpet" and warning that any "peeping across the line" '
            'would be met with "measures in kind."',
            "The Korean Central News Agency (KCNA) carried a commentary a day after the radar "
            "was switched on.",
        ],
        "trumpet",
        "North Korea",
    ),
    (
        "Court says city 'ignored' cracked footbridge, orders payment to cyclist",
        [
            "SEOUL, March 3 (Yonhap) -- A court has ordered Gimhae City to pay 30 million won "
            'to a cyclist hurt on a footbridge, ruling that the city had "ignored" a crack '
            "reported to it a year earlier.",
            "The Changwon District Court said in its ruling, made public Tuesday, that the city "
            "had received three complaints about the bridge.",
        ],
        "ignored",
        "Changwon District Court",
    ),
    (
        "Court says port 'ignored' rusted crane, orders damages to dock worker",
        [
            "SEOUL, May 2 (Yonhap) -- A court has ordered the Mokpo port authority to pay 51 "
            "million won to a dock worker hurt when a crane arm snapped, ruling that the "
            'authority had "ignored" a defect reported to it months earlier.',
            "The Daejeon District Court said in its ruling that the crane had not been "
            "inspected since 2021.",
        ],
        "ignored",
        "Daejeon District Court",
    ),
]

# (headline, paragraphs, piece, the speaker that must stay)
KEEP: list[tuple[str, list[str], str, str]] = [
    (  # a description naming a speaker: the deputy governor the next paragraph names
        # (round 177: named as that person, "a BOK deputy governor" being a role with "a")
        "(LEAD) Rate path is 'data, not a calendar': BOK",
        [
            "SEOUL, March 3 (Yonhap) -- The central bank's next move on rates depends on "
            '"data, not a calendar," a Bank of Korea (BOK) deputy governor said Tuesday.',
            "Deputy Gov. Noh Ji-hoon (노지훈) told reporters that inflation had slowed less "
            "than expected in February.",
        ],
        "calendar",
        "Deputy Gov. Noh Ji-hoon",
    ),
    (  # "state media" is the agency, not the country
        "N. Korea says drills are 'rehearsal for invasion'",
        [
            "SEOUL, June 9 (Yonhap) -- North Korea on Tuesday slammed joint drills by South "
            'Korea and the United States, with state media calling them a "rehearsal for '
            'invasion."',
            "The Korean Central News Agency (KCNA) carried the commentary.",
        ],
        "rehearsal",
        "state media",
    ),
    (  # a lower-case word in the headline's phrase: "Poland signs third ship deal" is no name
        "Poland signs third ship deal, calls Korea 'steady friend'",
        [
            "Poland on Monday signed a contract for two more frigates, with the Polish "
            'government calling South Korea a "steady friend" at a time of tight supply.',
            '"Korea delivers on time," Polish official Marek Zielinski said.',
        ],
        "steady friend",
        "the Polish government",
    ),
    (  # a named body speaker stays
        "N. Korea calls South's drone unit 'a paper kite'",
        [
            "SEOUL, March 3 (Yonhap) -- The Korean Central News Agency (KCNA) on Tuesday "
            'called South Korea\'s newly formed drone command "a paper kite."',
            "The unit held its first drill near the border last week.",
        ],
        "paper kite",
        "Korean Central News Agency",
    ),
]


def _speaker(headline: str, paragraphs: list[str], piece: str) -> str | None:
    head = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    found = [q for q in head if piece in q.text]
    assert found, f"no headline quotation holds {piece!r}"
    return found[0].speaker


@pytest.mark.parametrize(("headline", "paragraphs", "piece", "speaker"), RESOLVE)
def test_headline_subject_speaks_for_unattributed_body_quotation(
    headline: str, paragraphs: list[str], piece: str, speaker: str
) -> None:
    assert _speaker(headline, paragraphs, piece) == speaker


@pytest.mark.parametrize(("headline", "paragraphs", "piece", "speaker"), KEEP)
def test_body_speaker_noun_keeps_its_answer(
    headline: str, paragraphs: list[str], piece: str, speaker: str
) -> None:
    assert _speaker(headline, paragraphs, piece) == speaker
