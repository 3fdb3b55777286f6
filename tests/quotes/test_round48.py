"""Round 48: quoted terms beside a speaker, in frames wire copy uses to gloss or mention them.

Invented sentences only (no name or sentence from a corpus article). Each rule has cases that
must resolve (a term that had a speaker now has none, or is left out, or a partial that was
lost is kept with its speaker) and near misses whose present answer must stay: real short
quotations of the sentence's speaker in the same frames (by the corpus README, partial
quotations are the speaker's).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import resolve_and_near

_N = None

# (paragraphs, piece of the quotation, speaker the short or full speaker must hold, or None)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    # (1) a word glossed by a class with no article: '"ssireum," Korean wrestling, at ...'
    (
        ['Visitors can try "ssireum," Korean wrestling, at the fair, the ministry said.'],
        "ssireum",
        _N,
    ),
    (
        ['Many young people now skip "jesa," ancestral rites, sociologist Ha Bin-na said.'],
        "jesa",
        _N,
    ),
    (
        ['Han Seul-bi said villagers still hold "gut," shamanist rituals, every spring.'],
        "gut",
        _N,
    ),
    (
        ['Oh Na-rae said many families now skip "charye," holiday rites, to travel abroad.'],
        "charye",
        _N,
    ),
    (
        ['Ju Ye-rin said her students love "tteokbokki," spicy rice cakes, after class.'],
        "tteokbokki",
        _N,
    ),
    (
        ['The stalls sell "hotteok," sweet filled pancakes, all winter, vendor Mun Ga-ram said.'],
        "hotteok",
        _N,
    ),
    (
        ['Seon Yu-ha said the inn pours "makgeolli," Korean rice wine, for guests.'],
        "makgeolli",
        _N,
    ),
    (
        ['Byeon Da-sol said she teaches "gayageum," zither music, to retirees on Fridays.'],
        "gayageum",
        _N,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # (1) a speaker's word and more words of the speaker, a clause or a participle after it
    (
        ['Minister Eom Ga-rang called the drill "reckless," officials said, and left.'],
        "reckless",
        "officials",
    ),
    (
        ['Pyo Ra-on said the plan was "costly," unfair and late, and should be scrapped.'],
        "costly",
        "Pyo Ra-on",
    ),
    (
        ['Seol Min-ah called the ruling "unjust," adding that she would appeal.'],
        "unjust",
        "Seol Min-ah",
    ),
    (
        ['Bong Da-yeol warned of "chaos," total chaos, if the strike spread.'],
        "chaos",
        "Bong Da-yeol",
    ),
    (
        ['Yeom Bo-ra described the talks as "productive," good news for exporters, she said.'],
        "productive",
        "Yeom Bo-ra",
    ),
    (
        ['Kang Ha-jun said the results were "encouraging," spokesman Ryu Si-on said.'],
        "encouraging",
        "Ryu Si-on",
    ),
    (
        ['The governor called the deal "fair," mostly, and signed it.'],
        "fair",
        "governor",
    ),
    (
        ['Rep. Joo Hae-sol called the budget "bloated," wasteful spending, that must end.'],
        "bloated",
        "Joo Hae-sol",
    ),
    (
        ['Nam Chae-yun urged "restraint," some diplomats said, before the vote.'],
        "restraint",
        "diplomats|Nam Chae-yun",
    ),
    (
        ['Gi Ha-ram said the mood was "tense," even grim, at the talks.'],
        "tense",
        "Gi Ha-ram",
    ),
    (
        ['Do Ha-eun called the offer "insulting," union members said, and walked out.'],
        "insulting",
        "union members",
    ),
]

RESOLVE += [
    # (2) a verdict on a term after "as": the speaker's partial, not the term's example
    (['Cha Ye-jun dismissed the slogan as "empty words."'], "empty words", "Cha Ye-jun"),
    (
        ['Rep. Yu Da-hye described the term as "deeply offensive."'],
        "deeply offensive",
        "Yu Da-hye",
    ),
    (['Bu Seong-ha described the new motto as "tone-deaf."'], "tone-deaf", "Bu Seong-ha"),
    (['Min Jae-rang derided the hashtag as "childish."'], "childish", "Min Jae-rang"),
    (
        ['Seol Han-bi rejected the label as "unfair to workers."'],
        "unfair to workers",
        "Seol Han-bi",
    ),
    (
        ['Critics, Ryang Ga-eun said, saw the phrase as "a dog whistle."'],
        "a dog whistle",
        "Ryang Ga-eun|Critics",
    ),
    (
        [
            'The opposition slammed the ministry\'s catchphrase as "hollow," lawmaker Moon '
            "Yi-seo said."
        ],
        "hollow",
        "Moon Yi-seo|opposition",
    ),
    (
        ['Ha Ri-on praised the city\'s new slogan as "warm and honest" on Monday.'],
        "warm and honest",
        "Ha Ri-on",
    ),
]

NEAR += [
    # (2) a term after "as" that a naming verb, or a list of examples, gives
    (
        ['Professor Pyo Ha-el said terms such as "nunchi" have no English equivalent.'],
        "nunchi",
        _N,
    ),
    (['Gam Ye-rin said words like "jeong" resist translation.'], "jeong", _N),
    (
        ['The ministry rebranded the campaign as "Safe Summer," official Ryang Ha-on said.'],
        "Safe Summer",
        _N,
    ),
    (
        ['Official Yu Ha-yeon said the agency translated the word as "affection."'],
        "affection",
        _N,
    ),
    (
        ['The party registered the name as "Future Korea," spokesman Ra Dong-ha said.'],
        "Future Korea",
        _N,
    ),
    (
        ['The ministry listed the term as "supply adjustment" in its rules, Oh Jae-bin said.'],
        "supply adjustment",
        _N,
    ),
    (
        ['The agency branded its campaign as "Clean Ride," spokesperson Gye Su-ah said.'],
        "Clean Ride",
        _N,
    ),
]

RESOLVE += [
    # (3) a word noun its name already precedes names no quotation after it
    (
        ['Ryu Ha-ram called the "Jobs First" slogan "tired and empty."'],
        "tired and empty",
        "Ryu Ha-ram",
    ),
    (
        ['Rep. Jo Bi-ah called the "Bread Before Flags" motto "a cheap trick."'],
        "a cheap trick",
        "Jo Bi-ah",
    ),
    (
        [
            'Yoo Ga-ram said the drill was "provocative" and the "Iron Tide" name '
            '"needlessly aggressive."'
        ],
        "needlessly aggressive",
        "Yoo Ga-ram",
    ),
    (
        ['Nam Da-yeon called the "#StayHome" hashtag "a little preachy."'],
        "a little preachy",
        "Nam Da-yeon",
    ),
    (
        ['Professor Gu Ha-eun called the "hell Joseon" phrase "an honest description."'],
        "an honest description",
        "Gu Ha-eun",
    ),
]

NEAR += [
    # (3) the name after a word noun with no quoted name before it, and names either side
    (
        ['Critics called the slogan "Jobs First" naive, Bae Ha-yul said.'],
        "Jobs First",
        _N,
    ),
    (
        ['The party kept its slogan "Homes for All," spokesperson Chun Ye-ri said.'],
        "Homes for All",
        _N,
    ),
    (
        ['Seok Da-un said the old slogan "Dynamic Korea" was retired in 2016.'],
        "Dynamic Korea",
        _N,
    ),
    (
        [
            'The ministry dropped the term "comfort women" from the "Korea 2030" report, an '
            "official said."
        ],
        "comfort women",
        _N,
    ),
    (
        ['The firm\'s "Lumi" brand name "Lumi Air" will launch in May, CEO Bang Ha-ul said.'],
        "Lumi Air",
        _N,
    ),
    (
        ['Ryu Ha-ram called the "Jobs First" slogan "tired and empty."'],
        "Jobs First",
        _N,
    ),
]


def _right(answer: str | None, want: str | None) -> bool:
    if want is None:
        return not answer  # a term: no speaker, or not extracted at all
    if answer is None:
        return False
    return any(w.lower() in answer.lower() for w in want.split("|"))


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
