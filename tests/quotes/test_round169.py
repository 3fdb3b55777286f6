"""Round 169: a lede's country words from an official's statement named next.

Invented sentences only (no name or sentence from a corpus article). Two rules:

- A lede gives a country's (or a body's) partial quotations without naming a statement, and
  the paragraph after it opens with a person who gave words "in a statement" ('NAME, vice
  minister of ..., said in a statement carried by ...', 'NAME made the remarks in a
  statement'): the lede's words are that person's (the corpus convention). A paragraph that
  names no statement (a report quoting a soldier), one a body opens, and one that opens with
  a fresh quotation ('"...," NAME said in a statement': two splits label the lede the
  country's there) leave the lede its country.
- A bare "report" right after a singular role phrase with "a" ('dismissed as "..." a South
  Korean army report that ...') is a noun: the phrase is an object, not a speaker ("a ... outlet"
  takes "reports"). A past tense spelt as its bare form ('A banner at the gate read: "..."')
  and a verb after "did not" keep their subject.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

_LEDE = (
    'SEOUL, March 3 (Yonhap) -- North Korea on Monday warned of "stern measures" over a '
    'planned air drill near its border, calling the exercise "a rehearsal for invasion."'
)

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            _LEDE,
            "Pak Un-sol, vice minister of the people's armed forces, said in a statement "
            "carried by the state news agency that the drill would only heighten tensions.",
        ],
        "stern measures",
        "Pak Un-sol",
    ),
    (
        [
            _LEDE,
            "Mun Yong-ae, director of the Americas bureau at the North's foreign ministry, "
            "made the remarks in a statement carried by the state news agency.",
        ],
        "stern measures",
        "Mun Yong-ae",
    ),
    (
        [
            'SEOUL, March 3 (Yonhap) -- North Korea on Monday dismissed as "a clumsy forgery" '
            "a South Korean army report that its patrol boats had crossed the sea border.",
        ],
        "a clumsy forgery",
        "North Korea",
    ),
    (
        [
            'The ministry on Monday rejected as "groundless" a U.S. military report that the talks '
            "had stalled."
        ],
        "groundless",
        "ministry",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # round 215: a fresh quotation "said in a statement" names the statement's author too
        # (the README convention; this case kept the country until then)
        [
            _LEDE,
            '"Those who play with fire will be burned," Ho Chang-gil, a spokesman for the '
            "North's air force, said in a statement released by the state news agency.",
        ],
        "a rehearsal for invasion",
        "Ho Chang-gil",
    ),
    (
        [
            _LEDE,
            "The state news agency quoted an air defense officer, Capt. Rim Tae-sol, as saying "
            "his unit was ready.",
        ],
        "stern measures",
        "North Korea",
    ),
    (
        [
            _LEDE,
            "The state news agency said in a commentary that the drill was a threat.",
        ],
        "stern measures",
        "North Korea",
    ),
    (
        ['A banner at the gate read: "No more night shifts."'],
        "No more night shifts",
        "banner",
    ),
    (
        ['The ministry said the plan was "on schedule." A ministry official did not say more.'],
        "on schedule",
        "ministry",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round169_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round169_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
