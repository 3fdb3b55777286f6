"""Round 346: a word that titles no one stays out of the speaker's shown name.

Invented sentences only. A lowercase word right before a name was taken for its title when it
had a noun's shape, so readers saw "table Mok Dal-hwan" and "known Geum Tae-sik" in the quote
panel. Now:

* a past participle without "-ed" ("known", "beaten", "seen") or a particle or preposition
  ("out", "together", "aboard") is no title: 'who has known | Geum for decades';
* a noun that is no word for a person is no title before a possessive name ('the same case
  | Seo's old office had built') or, after a determiner, before a Korean name that goes on as
  a clause's subject ('The table | Mok Dal-hwan is finishing is knee-high', 'every crane |
  Maeng had passed'): the noun heads a relative clause; a noun shaped like one for a person
  stays ('The potter | Mok Dal-hwan is finishing a table');
* after "a", a word ending in "-ment" is a noun, no adjective describing the person ('a
  requirement | Won calls'; round 78 read "a tearful | Kwon told").

A string repair: who speaks does not change, only the name shown.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The table Mok Dal-hwan (목달환) is finishing is knee-high and made of elm.",
            '"A table should outlive the man who made it," Mok said.',
        ],
        "A table should outlive the man who made it,",
        "Mok Dal-hwan",
    ),
    (
        [
            "The first bowl Pyeon Ju-ri glazed this spring cracked in the kiln.",
            '"I kept the pieces on my desk," Pyeon said.',
        ],
        "I kept the pieces on my desk,",
        "Pyeon Ju-ri",
    ),
    (
        [
            "Geum Tae-sik runs a shoe repair stall near the station.",
            "His neighbor, who has known Geum for decades, said the stall was older than the"
            " station.",
            '"Shoes tell you where people have been," Geum said.',
        ],
        "Shoes tell you where people have been,",
        "Geum Tae-sik",
    ),
    (
        [
            "Bok Chan-ui of South Korea won the three-cushion title on Sunday.",
            "Lindqvist, who had beaten Bok in the semifinals two years ago, was gracious.",
            '"I was lucky with the last shot," Bok said.',
        ],
        "I was lucky with the last shot,",
        "Bok Chan-ui of South Korea",
    ),
    (
        [
            "Won Ha-byeol, a first-term lawmaker, sponsored the bill.",
            "The ruling party spokesperson singled out Won, noting her earlier votes.",
            '"I will not withdraw it," Won said.',
        ],
        "I will not withdraw it,",
        "Won Ha-byeol, a first-term lawmaker",
    ),
    (
        [
            "The forum brought together Yeop Da-eun, the founder of a robotics startup, and"
            " three investors.",
            '"We need patient money," Yeop said.',
        ],
        "We need patient money,",
        "Yeop Da-eun, the founder of a robotics startup",
    ),
    (
        [
            "Eo Jun-seong has fished the Yellow Sea for 30 years.",
            "For the crew members aboard Eo's boat, the new radio changed everything.",
            '"Now I can call home," Eo said.',
        ],
        "Now I can call home,",
        "Eo Jun-seong",
    ),
    (
        [
            "Seo Gwang-pil (서광필), a former chief prosecutor, will run for mayor.",
            "The mayor was indicted in October in the same case Seo's old office had built.",
            '"I will not talk about that case," Seo said.',
        ],
        "I will not talk about that case,",
        "Seo Gwang-pil, a former chief prosecutor",
    ),
    (
        [
            "Rep. Won Ha-byeol of the Justice Party sponsored the bill.",
            'Committees would have to answer every resolution, a requirement Won calls the "duty'
            ' to answer."',
            '"Young people deserve a reply," Won said.',
        ],
        "Young people deserve a reply,",
        "Rep. Won Ha-byeol of the Justice Party",
    ),
    (
        [
            "The inspector, identified only by his surname Maeng, took bribes from 12 builders.",
            "The ministry said it would re-inspect every crane Maeng had passed.",
            '"I regret it," Maeng told the court.',
        ],
        "I regret it,",
        "Maeng, the inspector",
    ),
    (
        [
            "The cafe gave the street a seedy reputation Choi still bristles at.",
            "Choi Yun-bi (최윤비) has run the cafe since 1980.",
            '"We served coffee, nothing else," Choi said.',
        ],
        "We served coffee, nothing else,",
        "Choi Yun-bi",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_no_stray_word_before_the_name(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


KEPT: list[tuple[list[str], str, str]] = [
    (
        [
            "The potter Mok Dal-hwan is finishing a table for the museum.",
            '"Clay and wood both crack if you rush them," Mok said.',
        ],
        "Clay and wood both crack if you rush them,",
        "potter Mok Dal-hwan",
    ),
    (
        [
            "Her classmate Ra Dong-hee, who now teaches in Busan, came to the opening.",
            '"She drew on every desk we had," Ra said.',
        ],
        "She drew on every desk we had,",
        "classmate Ra Dong-hee",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), KEPT)
def test_a_title_stays(paragraphs: list[str], text: str, expected: str) -> None:
    # near misses: read the same before this round
    assert speaker_for(paragraphs, text) == expected
