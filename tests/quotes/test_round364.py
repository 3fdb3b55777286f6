"""Round 364: a premier and a chairman are jobs "a senior official" stands for.

Invented sentences only. A lede's 'with a senior official vowing that "..."', then 'Pak
Su-ryon, vice chairman of the State Planning Commission, told a meeting that ...', left the
lede's words with "a senior official": round 80 names the lede's senior official by the
person named next only when that person holds an official's job, and its list had no
premier, chairman or chair.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_senior_official_is_the_vice_chairman_named_next() -> None:
    paragraphs = [
        "SEOUL, Jan. 5 (Yonhap) -- North Korea has sent students to clear snow from its rail"
        " lines, state media reported Monday, with a senior official vowing that"
        ' "not a single train" would stop this winter.',
        "Pak Su-ryon, vice chairman of the State Planning Commission, told a meeting in"
        ' Pyongyang that the snow was "a test of the whole country," according to the Korean'
        " Central News Agency.",
    ]
    expected = "Pak Su-ryon, vice chairman of the State Planning Commission"
    assert speaker_for(paragraphs, "not a single train") == expected


def test_an_unranked_official_is_not_named_next() -> None:
    # near miss: read the same before this round ("a local official" is no senior one)
    paragraphs = [
        "SEOUL, Jan. 5 (Yonhap) -- North Korea has sent students to clear snow from its rail"
        " lines, state media reported Monday, with a local official vowing that"
        ' "not a single train" would stop this winter.',
        "Pak Su-ryon, vice chairman of the State Planning Commission, told a meeting in"
        ' Pyongyang that the snow was "a test of the whole country," according to the Korean'
        " Central News Agency.",
    ]
    assert speaker_for(paragraphs, "not a single train") == "a local official"
