"""Round 140: three shapes from tuning46's first reading (the reviewer's).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. A lede that gives a country's words with no statement named, and a next paragraph that
   says whose statement they came in ('The threat came in a statement by NAME, ...'): the
   lede's words are that person's (the corpus convention for a statement's author).
2. 'had "begun talks"': a quotation opening with a past participle right after a form of
   "have" is a verb phrase the speaker used, not the name of a thing.
3. A compound right before "claims", "theories", "rumors" or "narrative" names what others
   spread ('spread "fake ballot" rumors'): a term, nobody's words.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "SEOUL, Jan. 9 (Yonhap) -- North Korea on Friday called a planned air drill by the "
            'South a "reckless gamble" and vowed "merciless countermeasures."',
            "The threat came in a statement by Ju Chol-ho, a spokesman for the North's air "
            "force, carried by the Korean Central News Agency (KCNA).",
            '"Those who play with fire will be burned," Ju said in the statement.',
        ],
        "reckless gamble",
        "Ju Chol-ho",
    ),
    (  # 2
        [
            "Vice Minister Tak Eun-seol said the two governments had "
            '"begun talks" on a visa waiver but that no date had been set.'
        ],
        "begun talks",
        "Tak Eun-seol",
    ),
]

DROPPED: list[tuple[list[str], str]] = [
    (['Noh Ga-on said critics had pushed "staged attack" theories for years.'], "staged attack"),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: no statement named after the lede: the country keeps its words
        [
            "SEOUL, Jan. 9 (Yonhap) -- North Korea on Friday called a planned air drill by the "
            'South a "reckless gamble."',
            "The drill, set for next week, involves 60 aircraft.",
        ],
        "reckless gamble",
        "North Korea",
    ),
    (  # 2: "had" owning a named thing is no tense
        ['Tak said the farm had "sun melons" on sale all summer.'],
        "sun melons",
        None,
    ),
    (  # 3: a judgement before a plain noun stays the speaker's
        ['Rep. Noh Ga-on called the rumors "utterly baseless" claims.'],
        "utterly baseless",
        "Noh Ga-on",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round140_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start"), DROPPED)
def test_round140_term_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None
