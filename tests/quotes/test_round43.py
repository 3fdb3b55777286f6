"""Round 43: quoted terms, titles and words as words never get a speaker.

Invented sentences only (no name or sentence from a corpus article). Each rule has cases that
must resolve (a term that had a speaker now has none, or is left out) and near misses whose
present answer must stay: real short quotations of the sentence's speaker in the same frames
(by the corpus README, partial quotations are the speaker's).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding, answer_is

_N = None

# (paragraphs, piece of the quotation, speaker the short or full speaker must hold, or None)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    # (1) the name of an idea, a custom or a practice after "of"
    (['Kim Ha-sol said the concept of "nunchi" was hard to teach abroad.'], "nunchi", _N),
    (
        ['Bae Un-ji said the concept of "nunchi," reading the room, was hard to teach.'],
        "nunchi",
        _N,
    ),
    (['Choi Ra-on said the old custom of "dano" is fading in the cities.'], "dano", _N),
    (
        [
            'The ritual of "gimjang," making kimchi together in early winter, drew 500 '
            "volunteers, organizer Tae Yun-ho said."
        ],
        "gimjang",
        _N,
    ),
    (['Yeon Bo-ram said the tradition of "jesa" was changing fast.'], "jesa", _N),
    (
        ['Heo Ga-on, a potter in Icheon, said the art of "buncheong" was nearly lost.'],
        "buncheong",
        _N,
    ),
    (
        ['"It is dying out," Nam Eun-gyeol said of the practice of "dure," shared village labor.'],
        "dure",
        _N,
    ),
    (['Jin So-ah said the notion of "face" shapes every negotiation.'], "face", _N),
    (['The ministry said the rite of "sijeon" would be held on Sunday.'], "sijeon", _N),
    (['Gu Dam-bi said the virtue of "hyo" still binds families.'], "hyo", _N),
]

RESOLVE += [
    # (2) a word quoted with its translation in brackets
    (
        ['The museum explains "bojagi" (wrapping cloth) to visitors, curator Ahn Seo-rin said.'],
        "bojagi",
        _N,
    ),
    (
        ['Park Dan-bi said families still eat "tteokguk" (rice cake soup) on holidays.'],
        "tteokguk",
        _N,
    ),
    (['Officials said "sajeon-tuepyo" (early voting) would start Friday.'], "sajeon-tuepyo", _N),
    (
        ['Choi Yun-seo, a chef, said "jang" (fermented sauces) were the base of every dish.'],
        "jang",
        _N,
    ),
    (
        ['Kim Do-hee said her grandmother taught her "hanji" (mulberry paper) making.'],
        "hanji",
        _N,
    ),
    (
        ['"Honjok" (people who live alone) now make up a third of households, the agency said.'],
        "Honjok",
        _N,
    ),
    (
        ['Yang Seul-bit said players need "nunchi" (tact, social sense) more than speed.'],
        "nunchi",
        _N,
    ),
    (['The union said "gapjil" (abuse of power) was still common.'], "gapjil", _N),
    (
        ['"We were shocked," Seol Bo-ra said. Her village calls it "saemul" (spring water).'],
        "saemul",
        _N,
    ),
    (
        ['Ji Chan-hee said the dish, "dakgalbi" (spicy stir-fried chicken), drew tourists.'],
        "dakgalbi",
        _N,
    ),
]
RESOLVE += [
    # (3) a word or two set off by commas and glossed by the class of thing it is
    (
        ['Guests can try "tteokguk," a rice cake soup, at the stall, organizer Min Da-som said.'],
        "tteokguk",
        _N,
    ),
    (
        ['Many stay overnight in a "jjimjilbang," a Korean bathhouse, Kim Ho-jun said.'],
        "jjimjilbang",
        _N,
    ),
    (
        ['Oh Seul-gi said many tourists sleep in a "jjimjilbang," a public bathhouse, to save.'],
        "jjimjilbang",
        _N,
    ),
    (
        ['Park Eun-ji said she grew up eating "bibimbap," a rice dish, every Sunday.'],
        "bibimbap",
        _N,
    ),
    (
        ['Ra Ye-dam said her father still plays "yut," a board game, with the neighbors.'],
        "yut",
        _N,
    ),
    (
        ['The agency traced the outbreak to "eojeot," a fish sauce, Dr. Hwang Se-in said.'],
        "eojeot",
        _N,
    ),
    (
        ['Gi Tae-yang, 61, said he learned "taekkyeon," an old martial art, from his uncle.'],
        "taekkyeon",
        _N,
    ),
    (
        ['Seon Mi-ju said fans queued for "hotteok," a sweet pancake, for hours.'],
        "hotteok",
        _N,
    ),
    (
        ['Yu Ga-yeong said the family wrapped gifts in "bojagi," a wrapping cloth, as before.'],
        "bojagi",
        _N,
    ),
    (
        ['Han Na-rae said diners love "samgyeopsal," a grilled pork belly, in the winter.'],
        "samgyeopsal",
        _N,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # (1) a speaker's phrase after "of": not the name of a practice
    (
        ['Seo Yun-gyeol praised the legacy of "a generation that built the country."'],
        "a generation that built",
        "Seo Yun-gyeol",
    ),
    (
        ['Oh Ha-jun condemned the practice of "treating workers like machines."'],
        "treating workers like machines",
        "Oh Ha-jun",
    ),
    (['Ryu Da-on stressed the importance of "trust" in the alliance.'], "trust", "Ryu Da-on"),
    (
        ['Pyo Chan-woo warned of "grave consequences" for any attack.'],
        "grave consequences",
        "Pyo Chan-woo",
    ),
    (
        ['Mun Ye-rin said the custom of bowing was "a sign of respect."'],
        "a sign of respect",
        "Mun Ye-rin",
    ),
    (['Kang Ji-hu accused the ministry of "reckless" spending.'], "reckless", "Kang Ji-hu"),
    (
        ['Gong Sae-byeok said the plan was a betrayal of "everything we fought for."'],
        "everything we fought for",
        "Gong Sae-byeok",
    ),
    (['Baek Ro-un called the custom "outdated" on Friday.'], "outdated", "Baek Ro-un"),
    (
        ['Woo Seung-ah said the art was "a bridge between generations."'],
        "a bridge between generations",
        "Woo Seung-ah",
    ),
    (
        ['Ha Jae-won dismissed talk of "early elections" as rumors.'],
        "early elections",
        _N,
    ),
]

NEAR += [
    # (2) a bracket after a speaker's partial that is no translation
    (
        ['Yun Da-eun said the budget was "far too small" (2 billion won) for the county.'],
        "far too small",
        "Yun Da-eun",
    ),
    (
        ['Kim Tae-oh said the talks were "productive" (in Geneva) and would resume.'],
        "productive",
        "Kim Tae-oh",
    ),
    (
        ['Coach Eom Ji-ho said his team was "not ready" (sic) for the final.'],
        "not ready",
        "Eom Ji-ho",
    ),
    (['Lee Na-yeon (이나연) said the show was "a gift to fans."'], "a gift to fans", "Lee Na-yeon"),
    (
        ['Seo Ga-ram said the rules were "unfair" (to small firms) and "rushed."'],
        "unfair",
        "Seo Ga-ram",
    ),
    (
        ['"We will rebuild" (the village), Mayor Go Dong-su said on Friday.'],
        "We will rebuild",
        "Go Dong-su",
    ),
    (
        ['Han Yu-jin called the fine "excessive" (KRW 3 billion) and said the firm would appeal.'],
        "excessive",
        "Han Yu-jin",
    ),
    (
        ['Bang Si-on said the plan was "realistic" (Yonhap, Seoul) and "overdue."'],
        "overdue",
        "Bang Si-on",
    ),
    (
        ['Ok Ha-ram said the reforms were "too slow," adding that parents (many of them) agreed.'],
        "too slow",
        "Ok Ha-ram",
    ),
    (
        ['"Jeong is everything here," said Kwak Ye-ji (곽예지), the village head.'],
        "Jeong is everything here",
        "Kwak Ye-ji",
    ),
]

NEAR += [
    # (3) a speaker's word and what it does, or its speaker, after the comma
    (
        ['Cha Eun-sol called the plan "reckless," a charge the ministry denied, and left.'],
        "reckless",
        "Cha Eun-sol",
    ),
    (
        ['Do Hye-rim said ties were "strong," a sign of progress, and thanked Tokyo.'],
        "strong",
        "Do Hye-rim",
    ),
    (
        ['Nam Gyu-ri said the talks were "friendly," a first in years, and would resume.'],
        "friendly",
        "Nam Gyu-ri",
    ),
    (
        ['Ryu Ha-eun said the deal was "historic," a claim Tokyo disputed.'],
        "historic",
        "Ryu Ha-eun",
    ),
    (
        ['"Never," a ministry official, who asked not to be named, said on Monday.'],
        "Never",
        "ministry official",
    ),
    (
        ['Jo Seo-yeon described the vote as "rigged," a word she repeated, to reporters.'],
        "rigged",
        _N,
    ),
    (
        ['Seok Da-un said the reform was "overdue," a point she made twice, before leaving.'],
        "overdue",
        "Seok Da-un",
    ),
    (
        ['"Yes," an aide to the minister, Pyo Gun-woo, said after the vote.'],
        "Yes",
        "Pyo Gun-woo",
    ),
    (
        ['Yeo Jin-seo said the result was "a relief," a rare admission, and smiled.'],
        "a relief",
        "Yeo Jin-seo",
    ),
    (
        ['"Enough," a tearful Kwon Min-ji, 34, told reporters outside the court.'],
        "Enough",
        "Kwon Min-ji",
    ),
]

NEAR += [
    # guards of (2) and (3) no other near miss holds
    (
        ['Kim Ji-a vowed "revenge," a threat to the North, on Monday.'],
        "revenge",
        "Kim Ji-a",
    ),
    (
        ['Seoul wants "calm," an official at the ministry, who asked not to be named, said.'],
        "calm",
        "official",
    ),
    (
        ['Kim Ha-eun called the plan "too little, too late" (a common complaint) on Monday.'],
        "too little, too late",
        "Kim Ha-eun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), RESOLVE)
def test_term_resolves(paragraphs: list[str], piece: str, want: str | None) -> None:
    assert answer_is(answer_holding(paragraphs, piece), want)


@pytest.mark.parametrize(("paragraphs", "piece", "want"), NEAR)
def test_near_miss_stays(paragraphs: list[str], piece: str, want: str | None) -> None:
    assert answer_is(answer_holding(paragraphs, piece), want)
